import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { activityBody } from './scenario';
import { runLoadgen, startRedis, startTarget, type Target } from './processes';
import { printReport, type Row } from './report';
import { measureSearch } from './searchBench';

/**
 * `npm run bench [-- --connections 100 --seconds 15 | --soak 60]`
 * Each target runs alone in its own process, loaded by autocannon in another process:
 * (a) an echo bot on the same restify + CloudAdapter set-up (the baseline), (b) this bot with
 * memory state, (c) this bot with Redis state. Prints ratios to the baseline, writes JSON.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const soakSeconds = arg('soak', 0);
const connections = soakSeconds ? 200 : arg('connections', 100);
const seconds = soakSeconds || arg('seconds', 15);

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function measure(target: Target, expectEcho: boolean): Promise<Row> {
  // Warm-up at full concurrency: JIT, lazily loaded SDK modules, connection pools.
  await runLoadgen({ url: target.url, connections, seconds: 5, expectEcho, verify: false });
  const cpuBefore = target.cpuSeconds();
  const started = Date.now();
  const result = await runLoadgen({
    url: target.url,
    connections,
    seconds,
    expectEcho,
    verify: soakSeconds > 0 && !expectEcho,
  });
  const wall = (Date.now() - started) / 1000;
  const serverCpuPercent = ((target.cpuSeconds() - cpuBefore) / wall) * 100;
  // One verwijzer alone: the cost of a single turn without queueing, for the search comparison.
  const single = await runLoadgen({ url: target.url, connections: 1, seconds: 3, expectEcho, verify: false });
  return {
    name: target.name,
    ...result,
    serverCpuPercent,
    singleTurnMs: (single as { latency: { p50: number } }).latency.p50,
  } as Row;
}

/** Opens `count` conversations, each left idle at the first screening question. */
async function openConversations(url: string, from: number, count: number): Promise<void> {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: activityBody(`idle-${from + i + j}`, { send: { text: 'screenen' }, expect: '' }),
        }),
      ),
    );
  }
}

/**
 * Resident memory per idle conversation: a first batch warms the process up (heap pages,
 * JIT), then the growth over `count` more conversations is measured after a full GC.
 */
async function idleMemoryPerConversation(count = 5000) {
  const target = await startTarget('memory-idle', 'bot', {});
  try {
    await openConversations(target.url, 0, 1000);
    const before = await target.memory();
    await openConversations(target.url, 1000, count);
    const after = await target.memory();
    return {
      conversations: count,
      rssKbPerConversation: (after.rss - before.rss) / 1024 / count,
      heapKbPerConversation: (after.heapUsed - before.heapUsed) / 1024 / count,
    };
  } finally {
    await target.stop();
  }
}

async function main(): Promise<void> {
  let stopRedis: (() => Promise<void>) | undefined;
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl && !spawnSync('redis-server', ['--version']).error) {
    const port = await freePort();
    stopRedis = await startRedis(port);
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  const rows: Row[] = [];
  try {
    const plan: [string, 'echo' | 'bot', Record<string, string>][] = [
      ...(soakSeconds ? [] : [['echo (baseline)', 'echo', {}] as [string, 'echo', Record<string, string>]]),
      ['bot, memory state', 'bot', {}],
      ...(redisUrl
        ? [
            ['bot, Redis state', 'bot', { REDIS_URL: redisUrl, REDIS_PREFIX: `bench-${Date.now()}` }] as [
              string,
              'bot',
              Record<string, string>,
            ],
          ]
        : []),
    ];
    for (const [name, kind, env] of plan) {
      const target = await startTarget(name, kind, env);
      try {
        process.stderr.write(`measuring ${name} (${connections} concurrent verwijzers, ${seconds} s)...\n`);
        rows.push(await measure(target, kind === 'echo'));
      } finally {
        await target.stop();
      }
    }
    const memory = soakSeconds ? undefined : await idleMemoryPerConversation();
    const search = soakSeconds ? undefined : await measureSearch();
    const report = {
      date: new Date().toISOString(),
      commit: execSync('git rev-parse --short HEAD').toString().trim(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      settings: { connections, seconds, soak: soakSeconds > 0 },
      rows,
      memory,
      search,
    };
    printReport(report);
    mkdirSync('bench/results', { recursive: true });
    const file = `bench/results/bench-${report.date.replace(/[:.]/g, '-')}.json`;
    writeFileSync(file, JSON.stringify(report, null, 2));
    writeFileSync('bench/results/latest.json', JSON.stringify(report, null, 2));
    process.stdout.write(`\nResults written to ${file}\n`);
  } finally {
    await stopRedis?.();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
