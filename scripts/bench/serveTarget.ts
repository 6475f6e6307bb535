import { parseConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startApp } from '../../bot/app';
import { startEchoBot } from './echoBot';

/**
 * One bench target in its own process: `echo`, or the product with the environment's
 * storage. Reports its port over IPC and answers `gc`/`memory` requests for the idle-memory
 * measurement (started with --expose-gc).
 */
async function main(): Promise<void> {
  const target = process.argv[2];
  const url =
    target === 'echo'
      ? (await startEchoBot(0)).url
      : (await startApp(parseConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'warn' }), createLogger('warn'))).server
          .url;
  process.on('message', (message) => {
    if (message === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ memory: process.memoryUsage() });
    }
  });
  process.on('SIGINT', () => process.exit(0)); // lets --cpu-prof write its profile
  process.send?.({ url });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench target failed: ${(error as Error).message}\n`);
  process.exit(1);
});
