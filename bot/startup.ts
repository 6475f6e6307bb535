import type { DestinationStream } from 'pino';
import { startApp, type App } from './app';
import { ConfigError, parseConfig } from './config';
import { createLogger, type Logger } from './logger';
import { EXIT_PORT_UNAVAILABLE, portProblem, startHint } from './startupText';

/** `hint`: the one readable line on how to talk to the bot; `exitCode` for the process on failure. */
export type Startup =
  { ok: true; app: App; log: Logger; hint: string } | { ok: false; message: string; exitCode: number };

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
    return { ok: false, message: `${error.message}\nSee .env.example for every variable.\n`, exitCode: 1 };
  }
  const log = createLogger(config.LOG_LEVEL, logTo);
  try {
    const app = await startApp(config, log);
    return { ok: true, app, log, hint: `${startHint(app.server.url, config.localMode)}\n` };
  } catch (error) {
    const port = portProblem(error, config.PORT);
    if (port) return { ok: false, message: `${port}\n`, exitCode: EXIT_PORT_UNAVAILABLE };
    return {
      ok: false,
      message: `Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`,
      exitCode: 1,
    };
  }
}
