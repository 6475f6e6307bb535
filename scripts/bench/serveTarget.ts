import { Session } from 'node:inspector/promises';
import { parseConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startApp } from '../../bot/app';
import { startEchoBot, startPlumbingEcho } from './echoBot';

/**
 * One bench target in its own process: `echo` (the stock sample), `plumbing` (the echo on this
 * bot's server and adapter), or the product with the environment's
 * storage. Reports its port over IPC and answers requests from the bench: `memory` (after a
 * full GC; started with --expose-gc), `profile-start` and `profile-stop` (a V8 CPU profile of
 * just the measured period, not the start-up).
 */
async function main(): Promise<void> {
  const target = process.argv[2];
  const url =
    target === 'echo'
      ? (await startEchoBot(0)).url
      : target === 'plumbing'
        ? (await startPlumbingEcho(0)).url
        : (await startApp(parseConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'warn' }), createLogger('warn'))).server
            .url;
  let inspector: Session | undefined;
  process.on('message', (message) => {
    void (async () => {
      if (message === 'memory') {
        (globalThis as { gc?: () => void }).gc?.();
        process.send?.({ memory: process.memoryUsage() });
      } else if (message === 'profile-start') {
        inspector = new Session();
        inspector.connect();
        await inspector.post('Profiler.enable');
        await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
        await inspector.post('Profiler.start');
        process.send?.({ profiling: true });
      } else if (message === 'profile-stop' && inspector) {
        const { profile } = await inspector.post('Profiler.stop');
        inspector.disconnect();
        process.send?.({ profile });
      }
    })();
  });
  process.send?.({ url });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench target failed: ${(error as Error).message}\n`);
  process.exit(1);
});
