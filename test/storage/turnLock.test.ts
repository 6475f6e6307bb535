import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisClient, waitForRedis } from '../../bot/storage/redisClient';
import { CONVERSATION_TURN_LOCK, InProcessTurnLock, RedisTurnLock, type TurnLock } from '../../bot/storage/turnLock';
import { SHARED_REDIS_URL } from './redisServer';

const PREFIX = `test:turnLock:${randomUUID()}:`;
let client: Redis;

beforeAll(async () => {
  client = createRedisClient(SHARED_REDIS_URL);
  await waitForRedis(client, 5_000);
});
afterAll(async () => {
  const keys: string[] = [];
  for await (const batch of client.scanStream({ match: `${PREFIX}*` })) keys.push(...(batch as string[]));
  if (keys.length > 0) await client.del(keys);
  client.disconnect();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const conversation = () => `msteams/conversations/${randomUUID()}`;

interface LockSetup {
  lock: () => TurnLock;
  /** Takes the lock like another instance would, then "crashes" without releasing. */
  crashWhileHolding: (key: string, ttlMs: number) => Promise<void>;
}

function turnLockContract(name: string, setup: LockSetup): void {
  describe(`TurnLock contract: ${name}`, () => {
    it('lets one contender in; the other waits for the release or gives up after waitMs', async () => {
      const lock = setup.lock();
      const key = conversation();
      const release = await lock.acquire(key, { waitMs: 0, ttlMs: 5_000 });
      expect(release).not.toBeNull();
      expect(await lock.acquire(key, { waitMs: 100, ttlMs: 5_000 })).toBeNull();

      const events: string[] = [];
      const waiter = lock.acquire(key, { waitMs: 2_000, ttlMs: 5_000 }).then((r) => (events.push('B in'), r));
      await sleep(50);
      events.push('A out');
      expect(await release?.()).toBe(true);
      const releaseB = await waiter;
      expect(events).toEqual(['A out', 'B in']);
      expect(await releaseB?.()).toBe(true);
    });

    it('frees the conversation after ttlMs when the holder crashed', async () => {
      const key = conversation();
      await setup.crashWhileHolding(key, 150);
      const start = Date.now();
      const release = await setup.lock().acquire(key, { waitMs: 2_000, ttlMs: 5_000 });
      expect(release).not.toBeNull();
      expect(Date.now() - start).toBeGreaterThanOrEqual(100);
      await release?.();
    });

    it('lets only the owner release: an expired holder cannot free the next holder', async () => {
      const lock = setup.lock();
      const key = conversation();
      const releaseA = await lock.acquire(key, { waitMs: 0, ttlMs: 100 });
      const releaseB = await lock.acquire(key, { waitMs: 1_000, ttlMs: 5_000 }); // after A expired
      expect(releaseB).not.toBeNull();
      expect(await releaseA?.()).toBe(false);
      expect(await lock.acquire(key, { waitMs: 0, ttlMs: 5_000 })).toBeNull(); // B still holds it
      expect(await releaseB?.()).toBe(true);
      expect(await releaseB?.()).toBe(false);
    });

    it('keeps conversations independent and lets many contenders through one at a time', async () => {
      const lock = setup.lock();
      const key = conversation();
      const other = await lock.acquire(conversation(), { waitMs: 0, ttlMs: 5_000 });
      let inside = 0;
      let maxInside = 0;
      const contender = async () => {
        const release = await lock.acquire(key, { waitMs: 5_000, ttlMs: 5_000 });
        if (!release) throw new Error('lock not acquired');
        maxInside = Math.max(maxInside, ++inside);
        await sleep(10);
        inside--;
        await release();
      };
      await Promise.all(Array.from({ length: 6 }, contender));
      expect(maxInside).toBe(1);
      await other?.();
    });
  });
}

turnLockContract('RedisTurnLock', {
  lock: () => new RedisTurnLock(client, { prefix: PREFIX }),
  crashWhileHolding: async (key, ttlMs) => {
    const otherInstance = createRedisClient(SHARED_REDIS_URL);
    await waitForRedis(otherInstance, 5_000);
    const release = await new RedisTurnLock(otherInstance, { prefix: PREFIX }).acquire(key, { waitMs: 0, ttlMs });
    if (!release) throw new Error('crashing holder did not get the lock');
    otherInstance.disconnect(); // gone without releasing
  },
});
const inProcess = new InProcessTurnLock();
turnLockContract('InProcessTurnLock', {
  lock: () => inProcess,
  crashWhileHolding: async (key, ttlMs) => {
    const release = await inProcess.acquire(key, { waitMs: 0, ttlMs });
    if (!release) throw new Error('crashing holder did not get the lock');
  },
});

describe('RedisTurnLock in Redis', () => {
  it('holds the lock as a random token with the requested expiry', async () => {
    const key = conversation();
    const release = await new RedisTurnLock(client, { prefix: PREFIX }).acquire(key, { waitMs: 0, ttlMs: 3_000 });
    const pttl = await client.pttl(PREFIX + key);
    expect(pttl).toBeGreaterThan(2_500);
    expect(pttl).toBeLessThanOrEqual(3_000);
    expect(await client.get(PREFIX + key)).toMatch(/^[0-9a-f-]{36}$/);
    await release?.();
    expect(await client.exists(PREFIX + key)).toBe(0);
  });
});

describe('RedisTurnLock heartbeat', () => {
  const lock = () => new RedisTurnLock(client, { prefix: PREFIX });

  it('keeps a live long turn locked well past ttlMs', async () => {
    const key = conversation();
    const release = await lock().acquire(key, { waitMs: 0, ttlMs: 300, maxHoldMs: 10_000 });
    await sleep(1_200);
    expect(await lock().acquire(key, { waitMs: 0, ttlMs: 300 })).toBeNull();
    expect(await client.pttl(PREFIX + key)).toBeGreaterThan(0);
    expect(await release?.()).toBe(true);
    expect(await client.exists(PREFIX + key)).toBe(0);
  });

  it('stops renewing after maxHoldMs, so a hung turn frees the conversation', async () => {
    const key = conversation();
    // A ttl well above a loaded machine's event-loop stalls: a late heartbeat must not be what frees it.
    await lock().acquire(key, { waitMs: 0, ttlMs: 1_000, maxHoldMs: 2_000 });
    const started = Date.now();
    const next = await lock().acquire(key, { waitMs: 6_000, ttlMs: 5_000 });
    expect(next).not.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500); // renewed past one ttl, then let go
    await next?.();
  });

  it('stops renewing once released: the next holder keeps its own expiry', async () => {
    const key = conversation();
    const first = await lock().acquire(key, { waitMs: 0, ttlMs: 300, maxHoldMs: 10_000 });
    await first?.();
    const second = await lock().acquire(key, { waitMs: 0, ttlMs: 1_000 });
    await sleep(400);
    const pttl = await client.pttl(PREFIX + key);
    expect(pttl).toBeLessThanOrEqual(600); // not renewed by the first holder's heartbeat
    await second?.();
  });

  it("frees the conversation of the bot's lock within 5 s once its holder is gone", async () => {
    const key = conversation();
    const otherInstance = createRedisClient(SHARED_REDIS_URL);
    await waitForRedis(otherInstance, 5_000);
    await new RedisTurnLock(otherInstance, { prefix: PREFIX }).acquire(key, CONVERSATION_TURN_LOCK);
    otherInstance.disconnect(); // dies: no more heartbeats
    const started = Date.now();
    const release = await lock().acquire(key, CONVERSATION_TURN_LOCK);
    expect(release).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
    await release?.();
  });
});
