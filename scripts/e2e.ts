import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * `npm run test:e2e [-- <vitest filters>]`: the bot and the Agents Playground (one child
 * process running scripts/playground.ts, embedded defaults, fresh data folder, free ports),
 * then the browser scenarios in test/e2e/ with vitest, then everything stopped again, also
 * on failure or Ctrl+C. Exit code: vitest's. Screenshots and logs: artifacts/e2e/.
 */
const ARTIFACTS_DIR = resolve('artifacts/e2e');
const VITEST_CONFIG = 'test/e2e/vitest.e2e.config.ts';
const READY = /Agents Playground ready: (\S+)/; // printed by scripts/playground.ts
const START_TIMEOUT_MS = 60_000;

/** Children we started; `group`: it leads its own process group (vitest, its workers and their browsers). */
const children = new Map<ChildProcess, { group: boolean }>();

async function main(): Promise<number> {
  const started = Date.now();
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    fail(`No browser at ${chromiumPath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  await rm(ARTIFACTS_DIR, { recursive: true, force: true });
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'pvbot-e2e-'));
  const botLog = join(ARTIFACTS_DIR, 'bot.log');
  let code: number;
  try {
    const stack = await startStack(dataDir, botLog);
    log(`bot and Playground up in ${seconds(started)} s: ${stack.url}`);
    code = await runVitest(stack.url, chromiumPath, process.argv.slice(2));
  } finally {
    await stopAll();
    await rm(dataDir, { recursive: true, force: true });
  }
  if (code !== 0) await printBotProblems(botLog);
  log(`${code === 0 ? 'passed' : 'FAILED'} in ${seconds(started)} s; screenshots and logs in ${ARTIFACTS_DIR}`);
  return code;
}

/** scripts/playground.ts as a child: the Playground cannot be stopped in-process. */
async function startStack(dataDir: string, botLog: string): Promise<{ url: string }> {
  const env = {
    ...process.env,
    PORT: '0',
    PLAYGROUND_PORT: String(await freePort()),
    PLAYGROUND_LOG: join(ARTIFACTS_DIR, 'playground.log'),
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    // All scenarios share one Playground conversation and click faster than a person can.
    RATE_LIMIT_PER_MINUTE: '10000',
    // The embedded default, whatever .env says: memory state, local mode, no LLM, built-in teams and policy.
    ...Object.fromEntries(EMBEDDED_BLANKS.map((name) => [name, ''])),
  };
  const child = track(
    spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'scripts/playground.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const out = createWriteStream(botLog);
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return new Promise((done, reject) => {
    let seen = '';
    const timer = setTimeout(
      () =>
        reject(new Error(`The bot and Playground did not start within ${START_TIMEOUT_MS / 1000} s; see ${botLog}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-10_000);
      const ready = READY.exec(seen);
      if (!ready) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      done({ url: ready[1]! });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The bot and Playground stopped during start-up (exit ${code}):\n${seen.slice(-2_000)}`));
    });
  });
}

const EMBEDDED_BLANKS = [
  'REDIS_URL',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppTenantId',
  'OPENAI_API_KEY',
  'OPENAI_BASE_URL',
  'POLICY_FILE',
  'KNOWLEDGE_DIR',
  'INTAKE_TEAMS_FILE',
  'INTAKE_TEAM_ID',
  'INTAKE_TEAM_NAAM',
  'INTAKE_WEBHOOK_URL',
  'INTAKE_WEBHOOK_SECRET',
];

async function runVitest(playgroundUrl: string, chromiumPath: string, extraArgs: string[]): Promise<number> {
  const require = createRequire(import.meta.url);
  const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  const env = {
    ...process.env,
    PLAYGROUND_URL: playgroundUrl,
    E2E_ARTIFACTS_DIR: ARTIFACTS_DIR,
    CHROMIUM_PATH: chromiumPath,
  };
  // Own process group: on stop every worker gets SIGTERM, so Playwright closes its chromium.
  const child = track(
    spawn(process.execPath, [vitest, 'run', '--config', VITEST_CONFIG, ...extraArgs], {
      env,
      stdio: 'inherit',
      detached: true,
    }),
    {
      group: true,
    },
  );
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  return code ?? (signal ? 1 : 0);
}

function track(child: ChildProcess, options = { group: false }): ChildProcess {
  children.set(child, options);
  child.once('exit', () => children.delete(child));
  return child;
}

/** SIGTERM to each child we started (to its whole group if it leads one), SIGKILL after 5 s. */
async function stopAll(): Promise<void> {
  await Promise.all(
    [...children].map(async ([child, { group }]) => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const pid = child.pid;
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(group ? -pid : pid, name);
        } catch {
          // already gone
        }
      };
      const exited = once(child, 'exit');
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

/** The bot's warnings and errors (JSON lines, no personal data), to read next to the test output. */
async function printBotProblems(botLog: string): Promise<void> {
  const lines = (await readFile(botLog, 'utf8').catch(() => '')).split('\n');
  const problems = lines.filter((line) => {
    try {
      const entry = JSON.parse(line) as { level?: number; event?: string };
      return (entry.level ?? 0) >= 40 && entry.event !== 'startup.local_mode';
    } catch {
      return false;
    }
  });
  log(
    problems.length
      ? `bot warnings and errors (${botLog}):\n${problems.slice(-20).join('\n')}`
      : `no bot warnings or errors in ${botLog}`,
  );
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, () => {
        const { port } = server.address() as { port: number };
        server.close(() => done(port));
      });
  });
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`[e2e] ${message}\n`);
  process.exit(2);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the bot, the Playground and the tests`);
    void stopAll().finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    process.stderr.write(`[e2e] ${(error as Error).message}\n`);
    await stopAll();
    process.exit(1);
  },
);
