import 'dotenv/config';
import { startFromEnv } from './startup';

/** Process entry point: start from the environment, then signals. */
async function main(): Promise<void> {
  const started = await startFromEnv(process.env);
  if (!started.ok) {
    process.stderr.write(started.message);
    process.exit(started.exitCode);
  }
  const { app, log } = started;
  process.stderr.write(started.hint); // beside the JSON logs on stdout: how to talk to the bot
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ event: 'shutdown.start', signal }, 'stopping');
    await app.stop();
    log.info({ event: 'shutdown.done' }, 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (reason) => {
    log.error({ event: 'process.unhandled_rejection', err: (reason as Error)?.name }, 'unhandled rejection');
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${(error as Error).message}\n`);
  process.exit(1);
});
