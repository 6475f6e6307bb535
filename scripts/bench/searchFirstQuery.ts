import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { fixtureQuestions } from './searchQuestions';

/**
 * Run by searchBench in a new process: builds the index as start-up does and times the first
 * search, a different fixture question per run (argv[2]: 0, 1, 2, ...). Prints `{ "ms": ... }`.
 */
const queries = fixtureQuestions();
const run = Number(process.argv[2] ?? 0);
const question = queries[Math.floor((run * queries.length) / 3) % queries.length]!;
const index = createSearchIndex(loadCatalogue());
const started = performance.now();
index.search(question, { limit: 10 });
process.stdout.write(JSON.stringify({ ms: performance.now() - started, question }));
