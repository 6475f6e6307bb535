import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/slowFirstSequencer';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    globalSetup: ['test/globalSetup.ts'],
    setupFiles: ['test/setup.ts'],
    // Every core (vitest's default leaves one idle: one worker on a 2-core machine), worker
    // threads (cheaper to start than processes), and test files sharing a worker's module
    // cache (botbuilder, langchain and zod load once per worker, not once per file: about a
    // third of the CPU time). So a test file must undo what it changes globally (nock rules,
    // process listeners, spies on globals); test/setup.ts resets nock for every file, and the
    // Redis suites each use their own key prefix.
    pool: 'threads',
    maxWorkers: availableParallelism(),
    isolate: false,
    sequence: { sequencer: SlowFirstSequencer },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
