import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';

/**
 * Starts the bot as its own process from the production build that test/globalSetup.ts made
 * for this run (`node dist/main.js`, as `npm start` runs it), with exactly `env`.
 */
export function spawnBuiltBot(env: Record<string, string>, stdio: StdioOptions): ChildProcess {
  const main = process.env.TEST_BOT_MAIN;
  if (!main)
    throw new Error('TEST_BOT_MAIN is not set: run the tests through vitest (test/globalSetup.ts builds the bot)');
  return spawn(process.execPath, ['--no-deprecation', main], { env, stdio });
}

/**
 * Starts one of the test's helper programs (test/globalSetup.ts's TEST_CHILDREN) as its own
 * process from the bundle made for this run.
 */
export function spawnTestChild(name: string, args: readonly string[], stdio: StdioOptions): ChildProcess {
  const dir = process.env.TEST_CHILDREN_DIR;
  if (!dir)
    throw new Error('TEST_CHILDREN_DIR is not set: run the tests through vitest (test/globalSetup.ts builds them)');
  return spawn(process.execPath, ['--no-deprecation', join(dir, `${name}.js`), ...args], { stdio });
}
