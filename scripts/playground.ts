import 'dotenv/config';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { startApp } from '../bot/app';
import { ConfigError, parseConfig } from '../bot/config';
import { createLogger } from '../bot/logger';

/**
 * `npm run playground`: the bot (in-process, local mode) plus the Microsoft 365 Agents
 * Playground against it, in the Teams channel mode, fully offline. Open the printed URL.
 *
 * The Playground starts in this process (`require(<package>/dist).start()` with its
 * arguments in process.argv): its own CLI exits right after "Listening" when it runs in the
 * background. Environment: PORT (bot, default 3978, 0 = free port), PLAYGROUND_PORT
 * (default 56150), PLAYGROUND_LOG (its log file, default artifacts/playground/playground.log).
 * scripts/e2e.ts runs this file as a child process and waits for the READY_PREFIX line.
 */
const READY_PREFIX = 'Agents Playground ready:';

const PLAYGROUND_PACKAGE = '@microsoft/m365agentsplayground';

async function main(): Promise<void> {
  const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? '56150');
  if (!Number.isInteger(playgroundPort) || playgroundPort < 1 || playgroundPort > 65535) {
    fail('PLAYGROUND_PORT must be a port number from 1 to 65535.');
  }
  // The Playground silently moves to a random port when its port is taken; we'd lose it.
  if (!(await isPortFree(playgroundPort))) {
    fail(`Port ${playgroundPort} is in use (is another Playground running?). Set PLAYGROUND_PORT to another port.`);
  }
  const app = await startBot();
  const endpoint = `${app.server.url}/api/messages`;
  startPlaygroundInProcess({
    endpoint,
    port: playgroundPort,
    logFile: resolve(process.env.PLAYGROUND_LOG ?? 'artifacts/playground/playground.log'),
  });
  const url = `http://localhost:${playgroundPort}`;
  await waitForPing(`${url}/_debug/ping`, 30_000);
  process.stdout.write(`${READY_PREFIX} ${url}  (bot: ${endpoint}, channel msteams). Stop with Ctrl+C.\n`);
  stopOnSignals(app);
}

async function startBot() {
  try {
    const config = parseConfig({ ...process.env, PORT: process.env.PORT ?? '3978' });
    return await startApp(config, createLogger(config.LOG_LEVEL));
  } catch (error) {
    if (error instanceof ConfigError) fail(`${error.message}\nSee .env.example for every variable.`);
    throw error;
  }
}

/** Starts the Playground's own CLI entry in this process, without browser, telemetry or network. */
function startPlaygroundInProcess(options: { endpoint: string; port: number; logFile: string }): void {
  const require = createRequire(import.meta.url);
  const cliPath = join(dirname(require.resolve(`${PLAYGROUND_PACKAGE}/package.json`)), 'cli.js');
  Object.assign(process.env, {
    TEAMSAPPTESTER_BROWSER: 'none', // do not open a browser window
    M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
    // The built-in mock tenant (Alex Wilber, a group chat, team "My Team"); no stray yml from cwd.
    M365_AGENTS_PLAYGROUND_CONFIG_PATH:
      process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ?? join(options.logFile, '..', 'no-config.yml'),
    // Application Insights is set up even with telemetry off: keep it from patching modules or phoning home.
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL: 'true',
    APPLICATION_INSIGHTS_NO_PATCH_MODULES: '*',
    APPLICATION_INSIGHTS_DISABLE_WARNING_LOGS: 'true',
  });
  const args = [
    '--app-endpoint',
    options.endpoint,
    '--channel-id',
    'msteams',
    '--port',
    String(options.port),
    '--disable-telemetry',
  ];
  const originalArgv = process.argv;
  process.argv = [process.execPath, cliPath, ...args];
  const sigintBefore = new Set(process.listeners('SIGINT'));
  const playground = require(join(dirname(cliPath), 'dist')) as { start(): Promise<void> };
  // Its SIGINT handler exits at once; ours stops the bot gracefully first.
  for (const listener of process.listeners('SIGINT')) if (!sigintBefore.has(listener)) process.off('SIGINT', listener);
  void playground.start().finally(() => {
    process.argv = originalArgv;
  });
}

function stopOnSignals(app: { stop(): Promise<void> }): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(0), 3_000);
    force.unref();
    void app.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function waitForPing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`The Agents Playground did not answer on ${url} within ${timeoutMs / 1000} s (see its log file).`);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .listen(port, () => probe.close(() => done(true)));
  });
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`Playground start-up failed: ${(error as Error).message}\n`);
  process.exit(1);
});
