import { describe, expect, it } from 'vitest';
import { summarise } from '../../scripts/bench/searchBench';

describe('search bench summary', () => {
  it('leaves the warm-up rounds out of the percentiles and says how many searches it counted', () => {
    const rounds = [
      [40, 30, 20], // the first pass: compiling, term cache filling
      [0.1, 0.3, 0.2],
      [0.4, 0.2, 0.1],
    ];
    expect(summarise(rounds, 1)).toEqual({ count: 6, p50Ms: 0.2, p99Ms: 0.4, maxMs: 0.4 });
    expect(summarise(rounds, 0)).toMatchObject({ count: 9, p99Ms: 40 });
  });
});
