import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * The Redis suites run against a real redis-server. CI starts one and sets REDIS_URL; on a
 * developer machine without REDIS_URL we start a private, non-persistent one on a free
 * loopback port for this run, so `npm test` works on its own.
 */
let child: ChildProcess | undefined;
let buildDir: string | undefined;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function setup(): Promise<void> {
  await Promise.all([buildBot(), startRedis()]);
}

/**
 * The tests that run the bot as a separate process (SIGKILL crash, lock takeover) start the
 * production build, as `npm start` does: one esbuild bundle for the whole run, so each start
 * takes a fraction of a second instead of a TypeScript runner compiling every file again.
 */
async function buildBot(): Promise<void> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  buildDir = mkdtempSync(join(cache, 'test-bot-'));
  await Promise.all([
    promisify(execFile)(process.execPath, ['scripts/build.mjs', '--outdir', buildDir], { cwd: ROOT }),
    buildTestChildren(join(buildDir, 'test-children')),
  ]);
  process.env.TEST_BOT_MAIN = join(buildDir, 'main.js');
  process.env.TEST_CHILDREN_DIR = join(buildDir, 'test-children');
}

/**
 * Helper programs that tests run as real child processes (to SIGKILL them), bundled the same
 * way: starting a bundle costs a tenth of a TypeScript runner's start. Name → source.
 */
const TEST_CHILDREN = { compactionChild: 'test/intake-delivery/compactionChild.ts' };

async function buildTestChildren(outdir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(TEST_CHILDREN).map(([out, in_]) => ({ out, in: in_ })),
    outdir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}

async function startRedis(): Promise<void> {
  if (process.env.REDIS_URL) return;
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      'The tests need redis-server (Debian: apt-get install redis-server) or REDIS_URL pointing at a Redis.',
    );
  }
  const port = await freePort();
  child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  const deadline = Date.now() + 10_000;
  while (!output.includes('Ready to accept connections')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`redis-server did not start: ${output.slice(-500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
}

export async function teardown(): Promise<void> {
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}
