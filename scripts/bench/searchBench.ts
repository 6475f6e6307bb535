import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import questions from '../../test/knowledge/fixtures/questions.json' with { type: 'json' };

/**
 * Search latency and index build time, measured in this process over the fixture questions
 * (each asked 5 times), reported next to the echo turn latency by the caller.
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
  const queries = (questions as { vraag?: string; query?: string }[])
    .map((q) => q.vraag ?? q.query ?? '')
    .filter(Boolean);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now();
      index.search(q, { limit: 10 });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Number(times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(3));
  return {
    queries: times.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    indexBuildMs: Number(Math.min(...builds).toFixed(1)),
  };
}
