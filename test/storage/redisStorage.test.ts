import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRedisClient, waitForRedis } from '../../bot/storage/redisClient';
import { DEFAULT_STATE_TTL_SECONDS, RedisStorage } from '../../bot/storage/redisStorage';
import { ETagConflictError, StorageValueInvalidError } from '../../bot/storage/storageErrors';
import { SHARED_REDIS_URL } from './redisServer';
import { storageContract } from './storageContract';

const FILE_PREFIX = `test:redisStorage:${randomUUID()}:`;
let client: Redis;
let storeCount = 0;

function freshStorage(ttlSeconds?: number): { storage: RedisStorage; prefix: string } {
  const prefix = `${FILE_PREFIX}${++storeCount}:`;
  return { storage: new RedisStorage(client, { prefix, ttlSeconds }), prefix };
}

beforeAll(async () => {
  client = createRedisClient(SHARED_REDIS_URL);
  await waitForRedis(client, 5_000);
});

afterAll(async () => {
  const keys: string[] = [];
  for await (const batch of client.scanStream({ match: `${FILE_PREFIX}*`, count: 500 }))
    keys.push(...(batch as string[]));
  if (keys.length > 0) await client.del(keys);
  client.disconnect();
});

storageContract('RedisStorage', () => freshStorage().storage);

/** Commands the server received for our keys while `run` ran (MONITOR, scripts' inner calls left out). */
async function commandsOnServer(prefix: string, run: () => Promise<unknown>): Promise<string[][]> {
  const monitor = await client.monitor();
  const marker = `${prefix}marker:${randomUUID()}`;
  const seen: string[][] = [];
  const markerSeen = new Promise<void>((resolve) => {
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (args.includes(marker)) resolve();
      else if (source !== 'lua' && args.some((a) => a.startsWith(prefix))) seen.push(args);
    });
  });
  await run();
  await client.get(marker); // same connection, so MONITOR shows it after everything `run` sent
  await markerSeen;
  monitor.disconnect();
  return seen;
}

describe('RedisStorage on Redis', () => {
  it('reads many keys in one round trip: one client command, one MGET on the server', async () => {
    const { storage, prefix } = freshStorage();
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'missing'];
    await storage.write(Object.fromEntries(keys.slice(0, 5).map((k) => [k, { k }])));
    let read: Record<string, unknown> = {};
    let clientCommands = 0;
    const onServer = await commandsOnServer(prefix, async () => {
      const sendCommand = vi.spyOn(client, 'sendCommand');
      read = await storage.read(keys);
      clientCommands = sendCommand.mock.calls.length;
      sendCommand.mockRestore();
    });
    expect(clientCommands).toBe(1);
    expect(Object.keys(read)).toHaveLength(5);
    expect(onServer).toEqual([['mget', ...keys.map((k) => prefix + k)]]);
  });

  it('writes and deletes many keys with one command each; the script is sent once, then by hash', async () => {
    const { storage, prefix } = freshStorage();
    const items = { w1: { n: 1 }, w2: { n: 2 }, w3: { n: 3 } };
    await storage.write(items); // loads the script on this connection if needed
    const writes = await commandsOnServer(prefix, () => storage.write(items));
    expect(writes).toHaveLength(1);
    expect(writes[0]?.[0]).toBe('evalsha');
    expect(writes[0]).toEqual(expect.arrayContaining([`${prefix}w1`, `${prefix}w2`, `${prefix}w3`]));
    const deletes = await commandsOnServer(prefix, () => storage.delete(['w1', 'w2', 'w3']));
    expect(deletes).toEqual([['del', `${prefix}w1`, `${prefix}w2`, `${prefix}w3`]]);
  });

  it('stores JSON under the deployment prefix, isolated from other prefixes', async () => {
    const a = freshStorage();
    const b = freshStorage();
    await a.storage.write({ gedeeld: { van: 'a' } });
    expect(await b.storage.read(['gedeeld'])).toEqual({});
    const raw = JSON.parse((await client.get(`${a.prefix}gedeeld`)) ?? 'null');
    const { eTag } = (await a.storage.read(['gedeeld'])).gedeeld;
    expect(raw).toEqual({ eTag, value: { van: 'a' } });
  });

  it('sets the TTL on write (default 30 days) and refreshes it on every write', async () => {
    const { storage, prefix } = freshStorage(120);
    await storage.write({ t: { n: 1 } });
    expect(await client.ttl(`${prefix}t`)).toBeGreaterThanOrEqual(119);
    await client.expire(`${prefix}t`, 5);
    await storage.write({ t: { n: 2 } });
    expect(await client.ttl(`${prefix}t`)).toBeGreaterThanOrEqual(119);

    const defaults = freshStorage();
    await defaults.storage.write({ t: { n: 1 } });
    expect(await client.ttl(`${defaults.prefix}t`)).toBeGreaterThan(DEFAULT_STATE_TTL_SECONDS - 5);
  });

  it('forgets an item once its TTL has passed', async () => {
    const { storage } = freshStorage(1);
    await storage.write({ kort: { n: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await storage.read(['kort'])).toEqual({});
  });

  it('rejects a batch with one stale eTag as a whole, with a typed error naming the key', async () => {
    const { storage } = freshStorage();
    await storage.write({ x: { n: 1 }, y: { n: 1 } });
    const { x, y } = await storage.read(['x', 'y']);
    await storage.write({ y: { ...y, n: 2 } });
    const error = await storage.write({ x: { ...x, n: 9 }, y: { ...y, n: 9 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ETagConflictError);
    expect(error).toMatchObject({ code: 'STORAGE_ETAG_CONFLICT', key: 'y' });
    const after = await storage.read(['x', 'y']);
    expect([after.x.n, after.y.n]).toEqual([1, 2]); // x untouched: nothing was written
  });

  it('reports damaged values as STORAGE_VALUE_INVALID, and a * write repairs them', async () => {
    const { storage, prefix } = freshStorage();
    await client.set(`${prefix}kapot`, '{not json');
    await client.set(`${prefix}vreemd`, JSON.stringify({ some: 'other shape' }));
    for (const key of ['kapot', 'vreemd']) {
      const error = await storage.read([key]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageValueInvalidError);
      expect(error).toMatchObject({ code: 'STORAGE_VALUE_INVALID', key });
    }
    await expect(storage.write({ kapot: { n: 1, eTag: 'old' } })).rejects.toBeInstanceOf(ETagConflictError);
    await storage.write({ kapot: { n: 1, eTag: '*' } });
    expect((await storage.read(['kapot'])).kapot.n).toBe(1);
  });

  it('refuses items that are not objects and an empty prefix or bad TTL', async () => {
    const { storage } = freshStorage();
    await expect(storage.write({ s: 'tekst' })).rejects.toBeInstanceOf(TypeError);
    expect(() => new RedisStorage(client, { prefix: '' })).toThrow(TypeError);
    expect(() => new RedisStorage(client, { prefix: 'p:', ttlSeconds: 0 })).toThrow(TypeError);
  });
});
