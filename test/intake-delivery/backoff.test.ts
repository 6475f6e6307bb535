import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_MAX_ATTEMPTS, minimumRetryWindowMs } from '../../intake/delivery/backoff';

const HOUR = 60 * 60 * 1000;

describe('backoffDelay (equal jitter)', () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [10, 1_024_000],
    [11, 1_800_000],
    [100, 1_800_000],
  ])('attempt %i waits between half of and %i ms', (attempt, ceiling) => {
    expect(backoffDelay(attempt, {}, () => 0)).toBe(ceiling / 2);
    expect(backoffDelay(attempt, {}, () => 0.5)).toBe((ceiling * 3) / 4);
    expect(backoffDelay(attempt, {}, () => 0.999999)).toBeLessThan(ceiling);
  });

  it('takes its own base and cap', () => {
    expect(backoffDelay(3, { baseMs: 100, capMs: 250 }, () => 1)).toBe(250);
  });

  it('keeps trying for at least 24 hours (and at most about two days) before giving up', () => {
    expect(minimumRetryWindowMs()).toBeGreaterThanOrEqual(24 * HOUR);
    expect(minimumRetryWindowMs() * 2).toBeLessThan(51 * HOUR);
    expect(minimumRetryWindowMs(DEFAULT_MAX_ATTEMPTS, { capMs: 1_000 })).toBeLessThan(HOUR);
  });
});
