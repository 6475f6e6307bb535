import type { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { createRedisClient, waitForRedis } from '../../bot/storage/redisClient';
import { SHARED_REDIS_URL } from '../storage/redisServer';

/**
 * A client of the shared test Redis for the test file (or describe block): `use` gets it once it
 * is connected; afterwards every key under `prefix` is deleted and the client disconnected.
 */
export function withSharedRedis(prefix: string, use: (client: Redis) => void): void {
  let client: Redis | undefined;
  beforeAll(async () => {
    client = createRedisClient(SHARED_REDIS_URL);
    await waitForRedis(client, 5_000);
    use(client);
  });
  afterAll(async () => {
    if (!client) return;
    const keys: string[] = [];
    for await (const batch of client.scanStream({ match: `${prefix}*` })) keys.push(...(batch as string[]));
    if (keys.length > 0) await client.del(keys);
    client.disconnect();
  });
}
