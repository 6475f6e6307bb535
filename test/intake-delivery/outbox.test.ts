import { once } from 'node:events';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import type { ClaimedJob } from '../../intake/delivery/ports';
import { RedisStreamOutbox } from '../../intake/delivery/redisStreamOutbox';
import { deleteKeys, fakeClock, newRedis, tempDir, uniquePrefix } from './helpers';
import { outboxContract } from './outboxContract';
import { spawnTestChild } from '../support/builtBot';

const CLAIM_TIMEOUT_MS = 150;
const redis = newRedis();
afterAll(() => redis.quit());

outboxContract('FileOutbox (temp dir)', async () => {
  const dir = await tempDir();
  const clock = fakeClock();
  return {
    clock,
    claimTimeoutMs: CLAIM_TIMEOUT_MS,
    open: () => FileOutbox.open(dir.path, { clock, claimTimeoutMs: CLAIM_TIMEOUT_MS }),
    teardown: () => dir.remove(),
  };
});

outboxContract('RedisStreamOutbox (real redis)', async () => {
  const prefix = uniquePrefix('outbox');
  const clock = fakeClock();
  return {
    clock,
    claimTimeoutMs: CLAIM_TIMEOUT_MS,
    // A new consumer name per instance, as a restarted process would have.
    open: async () => new RedisStreamOutbox(redis, prefix, { clock, claimIdleMs: CLAIM_TIMEOUT_MS }),
    teardown: () => deleteKeys(redis, prefix),
  };
});

describe('FileOutbox log', () => {
  it('writes one fsynced JSON event per line and replays them', async () => {
    const dir = await tempDir();
    try {
      const outbox = await FileOutbox.open(dir.path, { clock: fakeClock() });
      await outbox.enqueue('PI-2026-AAAAAAA1', 'team-west');
      const [job] = await outbox.claim(1);
      await outbox.ack(job!);
      await outbox.close();
      const lines = (await readFile(join(dir.path, 'outbox', 'outbox.jsonl'), 'utf8')).trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line).type)).toEqual(['enqueued', 'delivered']);
    } finally {
      await dir.remove();
    }
  });

  it('drops a torn last line (crash during a write) and keeps working', async () => {
    const dir = await tempDir();
    try {
      const first = await FileOutbox.open(dir.path, { clock: fakeClock() });
      await first.enqueue('PI-2026-AAAAAAA1', 'team-west');
      await first.close();
      const path = join(dir.path, 'outbox', 'outbox.jsonl');
      await appendFile(path, '{"type":"delivered","dossierId":"PI-2026-AAAA');
      const second = await FileOutbox.open(dir.path, { clock: fakeClock() });
      const [job] = await second.claim(1);
      expect(job?.dossierId).toBe('PI-2026-AAAAAAA1'); // the torn "delivered" never counted
      await second.ack(job!);
      await second.close();
      const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line).type)).toEqual(['enqueued', 'delivered']);
    } finally {
      await dir.remove();
    }
  });

  it('refuses to open a log damaged before its last line', async () => {
    const dir = await tempDir();
    try {
      const first = await FileOutbox.open(dir.path, { clock: fakeClock() });
      await first.enqueue('PI-2026-AAAAAAA1', 'team-west');
      await first.close();
      const path = join(dir.path, 'outbox', 'outbox.jsonl');
      await writeFile(path, `garbage\n${await readFile(path, 'utf8')}`);
      await expect(FileOutbox.open(dir.path)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    } finally {
      await dir.remove();
    }
  });
});

describe('FileOutbox compaction (retention)', () => {
  const A = 'PI-2026-AAAAAAA1';
  const B = 'PI-2026-BBBBBBB2';
  const logOf = (dir: string) => readFile(join(dir, 'outbox', 'outbox.jsonl'), 'utf8');

  /** A: six failed attempts, pending; B: delivered. */
  async function busyLog(dir: string, clock = fakeClock()) {
    const outbox = await FileOutbox.open(dir, { clock });
    await outbox.enqueue(A, 'team-west');
    await outbox.enqueue(B, 'team-west');
    const first = await outbox.claim(2);
    await outbox.ack(first.find((j) => j.dossierId === B)!);
    let job = first.find((j) => j.dossierId === A)!;
    for (let i = 0; i < 6; i++) {
      await outbox.retryLater(job, clock(), 'TEAMS_HTTP_503');
      [job] = (await outbox.claim(1)) as [ClaimedJob];
    }
    await outbox.retryLater(job, clock(), 'TEAMS_HTTP_503', false);
    return outbox;
  }

  it('rewrites the log as the fewest events with the same state, and keeps appending to it', async () => {
    const dir = await tempDir();
    try {
      const clock = fakeClock();
      const outbox = await busyLog(dir.path, clock);
      expect((await logOf(dir.path)).trimEnd().split('\n')).toHaveLength(10);
      expect(await outbox.purgeOlderThan(new Date(clock().getTime() - 1))).toBe(0);
      const types = (await logOf(dir.path))
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).type);
      expect(types).toEqual(['enqueued', 'attempt', 'enqueued', 'delivered']);
      await outbox.enqueue('PI-2026-CCCCCCC3', 'team-oost'); // the new log takes appends
      await outbox.close();
      const reopened = await FileOutbox.open(dir.path, { clock });
      expect(await reopened.isDelivered(B)).toBe(true);
      const jobs = await reopened.claim(10);
      expect(jobs.map((j) => [j.dossierId, j.attempts])).toEqual([
        [A, 6],
        ['PI-2026-CCCCCCC3', 0],
      ]);
      await reopened.close();
    } finally {
      await dir.remove();
    }
  });

  it('an interrupted compaction (crash before the rename) leaves the old log whole; the leftover is cleared', async () => {
    const dir = await tempDir();
    try {
      const clock = fakeClock();
      const first = await busyLog(dir.path, clock);
      await first.close();
      const before = await logOf(dir.path);
      const crashing = await FileOutbox.open(dir.path, {
        clock,
        beforeCompactionSwap: async () => {
          throw new Error('killed between writing and renaming');
        },
      });
      await expect(crashing.purgeOlderThan(clock())).rejects.toThrow('killed');
      expect(await logOf(dir.path)).toBe(before);
      expect(await readdir(join(dir.path, 'outbox'))).toContain('outbox.jsonl.compact');
      await crashing.close();
      const reopened = await FileOutbox.open(dir.path, { clock });
      expect(await readdir(join(dir.path, 'outbox'))).toEqual(['outbox.jsonl']);
      expect(await reopened.isDelivered(B)).toBe(true);
      expect((await reopened.claim(10)).map((j) => [j.dossierId, j.attempts])).toEqual([[A, 6]]);
      await reopened.close();
    } finally {
      await dir.remove();
    }
  });

  it(
    'survives SIGKILL at any moment while it enqueues and compacts: every enqueued job is still there',
    { timeout: 90_000 },
    async () => {
      const dir = await tempDir();
      try {
        const durable = new Set<string>();
        for (let round = 0; round < 3; round++) {
          const child = spawnTestChild('compactionChild', [dir.path, `${round}`], ['ignore', 'pipe', 'inherit']);
          let out = '';
          child.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            for (const line of out.split('\n').slice(0, -1)) if (line.startsWith('PI-')) durable.add(line);
            out = out.slice(out.lastIndexOf('\n') + 1);
          });
          await new Promise<void>((resolve) => {
            const check = setInterval(() => {
              if (durable.size >= (round + 1) * 40) {
                clearInterval(check);
                resolve();
              }
            }, 20);
          });
          await new Promise((resolve) => setTimeout(resolve, 37 * (round + 1))); // kill mid-work
          child.kill('SIGKILL');
          await once(child, 'exit');
          const outbox = await FileOutbox.open(dir.path, { claimTimeoutMs: 60_000 });
          const present = new Set((await outbox.claim(100_000)).map((j) => j.dossierId));
          await outbox.close();
          expect([...durable].filter((id) => !present.has(id))).toEqual([]);
        }
      } finally {
        await dir.remove();
      }
    },
  );
});

describe('RedisStreamOutbox retention', () => {
  it('the known and delivered markers expire with the retention period', async () => {
    const prefix = uniquePrefix('markers');
    const day = 24 * 60 * 60 * 1000;
    try {
      const outbox = new RedisStreamOutbox(redis, prefix, { clock: fakeClock(), markerTtlMs: 30 * day });
      await outbox.enqueue('PI-2026-AAAAAAAA', 'team-west');
      const [job] = await outbox.claim(1);
      await outbox.ack(job!);
      for (const marker of ['known', 'delivered']) {
        const ttl = await redis.pttl(`${prefix}outbox:${marker}:PI-2026-AAAAAAAA`);
        expect(ttl).toBeGreaterThan(29 * day);
        expect(ttl).toBeLessThanOrEqual(30 * day);
      }
    } finally {
      await deleteKeys(redis, prefix);
    }
  });
});
