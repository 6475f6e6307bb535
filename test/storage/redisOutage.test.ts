import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisClient, isStorageUnavailable, pingRedis, waitForRedis } from '../../bot/storage/redisClient';
import { RedisStorage } from '../../bot/storage/redisStorage';
import { StorageUnavailableError } from '../../bot/storage/storageErrors';
import { RedisTurnLock } from '../../bot/storage/turnLock';
import { OwnRedisServer } from './redisServer';

// Outages are staged on a private redis-server child process, never on the shared one.
let server: OwnRedisServer;
let client: Redis;
const reportedErrors: Error[] = [];
const prefix = `test:outage:${randomUUID()}:`;

beforeAll(async () => {
  server = await OwnRedisServer.start();
  client = createRedisClient(server.url, {
    commandTimeoutMs: 300,
    maxReconnectDelayMs: 200,
    onError: (err) => reportedErrors.push(err),
  });
  await waitForRedis(client, 5_000);
});

afterAll(async () => {
  client.disconnect();
  server.thaw();
  await server.kill();
});

async function until(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The rejection of `operation` and how long it took to arrive. */
async function timedFailure(operation: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const start = performance.now();
  const error = await operation().then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - start };
}

describe('Redis outage and recovery', () => {
  it('fails fast with a typed error while Redis is down, then works again on the same client', async () => {
    const storage = new RedisStorage(client, { prefix });
    const lock = new RedisTurnLock(client, { prefix: `${prefix}lock:` });
    await storage.write({ voor: { n: 1 } });

    await server.kill();
    await until(() => client.status !== 'ready');
    const operations = [
      () => storage.read(['voor']),
      () => storage.write({ tijdens: { n: 2 } }),
      () => storage.delete(['voor']),
      () => lock.acquire('gesprek', { waitMs: 1_000, ttlMs: 1_000 }),
    ];
    for (const operation of operations) {
      const { error, ms } = await timedFailure(operation);
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect(isStorageUnavailable(error)).toBe(true);
      expect(ms).toBeLessThan(250); // measured ~1 ms: no offline queue, no retries
    }
    expect(await pingRedis(client)).toBe(false);

    // Reconnect attempts fail every ~200 ms; onError hears about the outage once.
    await until(() => reportedErrors.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(reportedErrors).toHaveLength(1);
    expect(isStorageUnavailable(reportedErrors[0])).toBe(true);

    await server.restart();
    await waitForRedis(client, 5_000);
    expect(await pingRedis(client)).toBe(true);
    await storage.write({ na: { n: 3 } });
    expect((await storage.read(['na'])).na.n).toBe(3);
  });

  it('rejects a command to a frozen Redis after the command timeout, and recovers when it resumes', async () => {
    const storage = new RedisStorage(client, { prefix });
    await waitForRedis(client, 5_000);
    server.freeze();
    const { error, ms } = await timedFailure(() => storage.read(['na']));
    server.thaw();
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(1_000);
    await storage.write({ weer: { n: 4 } });
    expect((await storage.read(['weer'])).weer.n).toBe(4);
  });

  it('rejects a command that was in flight when Redis died at once, not after the timeout', async () => {
    const patient = createRedisClient(server.url, { commandTimeoutMs: 5_000, maxReconnectDelayMs: 200 });
    await waitForRedis(patient, 5_000);
    const storage = new RedisStorage(patient, { prefix });
    server.freeze();
    const pending = timedFailure(() => storage.write({ onderweg: { n: 5 } }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.kill();
    const { error, ms } = await pending;
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(ms).toBeLessThan(1_000);
    patient.disconnect();
    await server.restart();
    await waitForRedis(client, 5_000);
  });
});
