import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { fixtureQuestions } from './searchQuestions';

/**
 * Run by searchBench in a new process: the first question after start-up, a different fixture
 * question per run (argv[2]: 0, 1, 2, ...). The app builds the index on the first search
 * (lazySearchIndex), so that question waits for the build and the search; both are timed.
 * Prints `{ "buildMs": ..., "searchMs": ... }`.
 */
const queries = fixtureQuestions();
const run = Number(process.argv[2] ?? 0);
const question = queries[Math.floor((run * queries.length) / 3) % queries.length]!;
const catalogue = loadCatalogue();
const started = performance.now();
const index = createSearchIndex(catalogue);
const built = performance.now();
index.search(question, { limit: 10 });
process.stdout.write(JSON.stringify({ buildMs: built - started, searchMs: performance.now() - built, question }));
