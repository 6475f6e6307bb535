import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileOutbox } from '../../intake/delivery/fileOutbox';
import { RedisStreamOutbox } from '../../intake/delivery/redisStreamOutbox';
import { deleteKeys, fakeClock, newRedis, tempDir, uniquePrefix } from './helpers';
import { outboxContract } from './outboxContract';

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
