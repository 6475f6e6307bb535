import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { Redis } from 'ioredis';
import { loadCases, recordScript } from './cases';
import { runLoadgen, startRedis, startTarget, type Target } from './processes';
import { formatProfile, summarizeProfile, type CpuProfile } from './profile';
import { BASELINE, formatReport, type Report, type Row } from './report';
import { activityBody, type Script } from './scenario';
import { measureSearch } from './searchBench';
import { measureStartup } from './startup';

/**
 * `npm run bench [-- --seconds 15 --cases FILE]`, about 4 minutes.
 * Each target runs alone in its own process, loaded by autocannon in another process:
 * botbuilder's stock echo bot sample on restify + CloudAdapter (the baseline), the same echo on
 * this bot's own server and adapter (what the plumbing alone costs), this bot with
 * memory state and this bot with Redis state, each at 50 and at 200 concurrent verwijzers
 * replaying complete screenings. Then a CPU profile of the memory-state bot under load, the
 * memory of idle conversations, search latency and start-up to healthz. Prints the ratios
 * with the commit and writes JSON and the profile summary to bench/results/.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const seconds = Number(arg('seconds') ?? 15);
const casesFile = arg('cases') ?? 'test/fixtures/screening-cases.json';
const CONCURRENCY = [50, 200];
const WARM_UP_SECONDS = 5;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function measure(target: Target, scripts: Script[], expectEcho: boolean): Promise<Row[]> {
  // Warm-up: JIT, lazily loaded SDK modules, connection pools.
  await runLoadgen({ url: target.url, connections: 50, seconds: WARM_UP_SECONDS, scripts, expectEcho });
  const rows: Row[] = [];
  for (const connections of CONCURRENCY) {
    log(`measuring ${target.name}: ${connections} concurrent verwijzers, ${seconds} s`);
    const cpuBefore = target.cpuSeconds();
    const started = Date.now();
    const result = await runLoadgen({ url: target.url, connections, seconds, scripts, expectEcho });
    const cpuSeconds = target.cpuSeconds() - cpuBefore;
    const serverCpuPercent = (cpuSeconds / ((Date.now() - started) / 1000)) * 100;
    const cpuMsPerTurn = (cpuSeconds * 1000) / Math.max(1, result.turns as number);
    rows.push({ name: target.name, connections, ...result, serverCpuPercent, cpuMsPerTurn } as Row);
  }
  return rows;
}

/** Opens `count` conversations, each left idle at the first screening question. */
async function openConversations(url: string, from: number, count: number): Promise<void> {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: activityBody(`idle-${from + i + j}`, { send: { text: 'screenen' } }),
        }),
      ),
    );
  }
}

/**
 * Resident memory per idle conversation: a first batch warms the process up (heap pages,
 * JIT), then the growth over `count` more conversations is measured after a full GC.
 */
async function idleMemoryPerConversation(count = 4000) {
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

/** Average size of the stored conversation state (finished screenings) under a Redis prefix. */
async function storedKbPerConversation(redisUrl: string, prefix: string): Promise<number | undefined> {
  const redis = new Redis(redisUrl, { lazyConnect: true });
  try {
    await redis.connect();
    const [, keys] = await redis.scan('0', 'MATCH', `${prefix}:state:*`, 'COUNT', 1000);
    if (keys.length === 0) return undefined;
    const sizes = await Promise.all(keys.slice(0, 200).map((key) => redis.strlen(key)));
    return sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024;
  } finally {
    redis.disconnect();
  }
}

/**
 * A CPU profile of the memory-state bot at 50 concurrent verwijzers, taken after the warm-up
 * (start-up and JIT excluded), summarised into a text file.
 */
async function profileBot(scripts: Script[], date: string) {
  const target = await startTarget('bot, memory state (profiled)', 'bot', {});
  let profile: CpuProfile;
  try {
    await runLoadgen({ url: target.url, connections: 50, seconds: WARM_UP_SECONDS, scripts, expectEcho: false });
    log('profiling the memory-state bot: 50 concurrent verwijzers, 10 s');
    const stop = await target.profile();
    await runLoadgen({ url: target.url, connections: 50, seconds: 10, scripts, expectEcho: false });
    profile = (await stop()) as CpuProfile;
  } finally {
    await target.stop();
  }
  const summary = summarizeProfile(profile, `${process.cwd()}/`);
  const file = `bench/results/profile-${date}.txt`;
  const text = `${formatProfile(summary)}\n`;
  writeFileSync(file, text);
  writeFileSync('bench/results/latest-profile.txt', text);
  return { file, areas: summary.areas };
}

async function main(): Promise<void> {
  mkdirSync('bench/results', { recursive: true });
  const date = new Date().toISOString();
  const stamp = date.replace(/[:.]/g, '-');
  const loadAverage = loadavg();
  let stopRedis: (() => Promise<void>) | undefined;
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl && !spawnSync('redis-server', ['--version']).error) {
    const port = await freePort();
    stopRedis = await startRedis(port);
    redisUrl = `redis://127.0.0.1:${port}`;
  }
  const redisPrefix = `bench-${Date.now()}`;
  const rows: Row[] = [];
  try {
    // The scripts: each case walked once against the bot, its advice checked.
    const cases = loadCases(casesFile);
    let scripts: Script[] = [];
    const memory = await startTarget('bot, memory state', 'bot', {});
    try {
      scripts = await Promise.all(cases.map((c) => recordScript(memory.url, c)));
      log(`recorded ${scripts.length} screenings (${casesFile})`);
      rows.push(...(await measure(memory, scripts, false)));
    } finally {
      await memory.stop();
    }
    const echo = await startTarget(BASELINE, 'echo', {});
    try {
      rows.unshift(...(await measure(echo, scripts, true)));
    } finally {
      await echo.stop();
    }
    const plumbing = await startTarget('echo, own plumbing', 'plumbing', {});
    try {
      rows.splice(CONCURRENCY.length, 0, ...(await measure(plumbing, scripts, true)));
    } finally {
      await plumbing.stop();
    }
    let storedKb: number | undefined;
    if (redisUrl) {
      const redis = await startTarget('bot, Redis state', 'bot', { REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix });
      try {
        rows.push(...(await measure(redis, scripts, false)));
      } finally {
        await redis.stop();
      }
      storedKb = await storedKbPerConversation(redisUrl, redisPrefix);
    }
    const profile = await profileBot(scripts, stamp);
    log('measuring idle conversations, search and start-up');
    const report: Report = {
      date,
      commit: execSync('git rev-parse --short HEAD').toString().trim(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverage },
      settings: {
        concurrency: CONCURRENCY,
        seconds,
        cases: `${scripts.length} cases from ${casesFile}`,
        turnsPerScreening: [...new Set(scripts.map((s) => s.steps.length))].sort(),
      },
      rows,
      memory: await idleMemoryPerConversation(),
      storedKbPerConversation: storedKb,
      search: await measureSearch(),
      startup: await measureStartup(await freePort()).catch((error: unknown) => {
        log(`start-up not measured: ${(error as Error).message}`);
        return undefined;
      }),
      profile,
    };
    const text = formatReport(report);
    process.stdout.write(text);
    const file = `bench/results/bench-${stamp}.json`;
    writeFileSync(file, JSON.stringify(report, null, 2));
    writeFileSync('bench/results/latest.json', JSON.stringify(report, null, 2));
    writeFileSync(`bench/results/bench-${stamp}.txt`, text);
    process.stdout.write(`\nResults written to ${file} (and .txt); profile summary in ${profile.file}\n`);
  } finally {
    await stopRedis?.();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
