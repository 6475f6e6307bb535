import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    globalSetup: ['test/globalSetup.ts'],
    // Worker threads start faster than forked processes, and every core is used (vitest's
    // default leaves one idle, which on a 2-core machine means one worker). Tests share
    // nothing but the private Redis, where each file uses its own key prefix.
    pool: 'threads',
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
