import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { fixtureQuestions } from './searchQuestions';

/**
 * Passes over the questions before the measured ones. A new index's first pass is slower: each
 * word's term scores are looked up in MiniSearch once, then cached, and the code is still being
 * optimised. "Warm" means after it; the first pass is reported on its own, and so is the first
 * question of a freshly started process, which is what the first user after a restart waits for
 * (with the index build: the app builds the index on the first search).
 */
export const WARM_UP_ROUNDS = 1;
export const MEASURED_ROUNDS = 5;
const FRESH_PROCESSES = 3;

export interface LatencySummary {
  readonly count: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Percentiles (nearest rank, as before) over all rounds after the first `warmUpRounds`. */
export function summarise(rounds: readonly (readonly number[])[], warmUpRounds: number): LatencySummary {
  const times = rounds
    .slice(warmUpRounds)
    .flat()
    .sort((a, b) => a - b);
  const at = (p: number) => Number((times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(3));
  return { count: times.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1) };
}

/** The first question of a new process: the index build it waits for, and its search (searchFirstQuery.ts). */
function firstQueryAfterStart(run: number): { buildMs: number; searchMs: number } {
  const child = spawnSync(
    process.execPath,
    ['--no-deprecation', '--import', 'tsx', 'scripts/bench/searchFirstQuery.ts', String(run)],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`first-query run failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { buildMs: number; searchMs: number };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Search latency and index build time, measured in this process over the fixture questions:
 * one unmeasured pass, then each question asked 5 times. Reported next to the echo turn latency
 * by the caller.
 */
export async function measureSearch(): Promise<Record<string, number>> {
  const catalogue = loadCatalogue();
  const builds: number[] = [];
  let index = createSearchIndex(catalogue);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    index = createSearchIndex(catalogue);
    builds.push(performance.now() - t);
  }
  const queries = fixtureQuestions();
  const rounds: number[][] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      index.search(q, { limit: 10 });
      times.push(performance.now() - t);
    }
    rounds.push(times);
  }
  const warm = summarise(rounds, WARM_UP_ROUNDS);
  const firstPass = summarise(rounds.slice(0, 1), 0);
  const fresh = Array.from({ length: FRESH_PROCESSES }, (_, run) => firstQueryAfterStart(run));
  return {
    queries: warm.count,
    warmUpRounds: WARM_UP_ROUNDS,
    p50Ms: warm.p50Ms,
    p99Ms: warm.p99Ms,
    maxMs: warm.maxMs,
    firstPassP50Ms: firstPass.p50Ms,
    firstPassP99Ms: firstPass.p99Ms,
    firstQueryAfterStartMs: Number(median(fresh.map((f) => f.searchMs)).toFixed(2)),
    firstQueryIndexBuildMs: Number(median(fresh.map((f) => f.buildMs)).toFixed(1)),
    indexBuildMs: Number(Math.min(...builds).toFixed(1)),
  };
}
