import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../intake/delivery/backoff';

describe('backoffDelay (full jitter)', () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [8, 256_000],
    [9, 512_000],
    [10, 600_000],
    [30, 600_000],
  ])('attempt %i waits at most %i ms', (attempt, ceiling) => {
    expect(backoffDelay(attempt, {}, () => 0)).toBe(0);
    expect(backoffDelay(attempt, {}, () => 0.5)).toBe(ceiling / 2);
    expect(backoffDelay(attempt, {}, () => 0.999999)).toBeLessThan(ceiling);
  });

  it('takes its own base and cap', () => {
    expect(backoffDelay(3, { baseMs: 100, capMs: 250 }, () => 0.5)).toBe(125);
  });
});
