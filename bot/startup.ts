import type { DestinationStream } from 'pino';
import { startApp, type App } from './app';
import { ConfigError, parseConfig } from './config';
import { createLogger, type Logger } from './logger';

export type Startup = { ok: true; app: App; log: Logger } | { ok: false; message: string };

/**
 * Config, logger and app from an environment, without process I/O (tests call it in-process).
 * A bad variable or file is a message naming it, never a stack trace.
 */
export async function startFromEnv(
  env: Record<string, string | undefined>,
  logTo?: DestinationStream,
): Promise<Startup> {
  let config;
  try {
    config = parseConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { ok: false, message: `${error.message}\nSee .env.example for every variable.\n` };
  }
  const log = createLogger(config.LOG_LEVEL, logTo);
  try {
    return { ok: true, app: await startApp(config, log), log };
  } catch (error) {
    return { ok: false, message: `Start-up failed: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}
