import type { Storage } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Logger } from './logger';
import { MemoryStateStorage } from './storage/memoryStateStorage';
import { RedisStorage } from './storage/redisStorage';
import { InProcessTurnLock, RedisTurnLock, type TurnLock } from './storage/turnLock';

/** Where conversation state lives and how turns are serialised: memory or Redis. */
export interface StateStore {
  kind: 'memory' | 'redis';
  storage: Storage;
  turnLock: TurnLock;
  redis?: Redis;
  check(this: void): Promise<Record<string, boolean>>;
  close(): Promise<void>;
}

export async function createStateStore(config: Config, log: Logger): Promise<StateStore> {
  if (!config.REDIS_URL) {
    return {
      kind: 'memory',
      storage: new MemoryStateStorage(),
      turnLock: new InProcessTurnLock(),
      check: async () => ({}),
      close: async () => undefined,
    };
  }
  // ioredis is loaded only when Redis is configured: a memory-state bot starts without it.
  const { createRedisClient, pingRedis, waitForRedis } = await import('./storage/redisClient');
  const redis = createRedisClient(config.REDIS_URL, {
    connectionName: 'pvbot',
    onError: (error) =>
      log.error(
        { event: 'redis.unavailable', code: (error as { code?: string }).code ?? error.name },
        'redis unavailable',
      ),
  });
  try {
    await waitForRedis(redis);
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  const prefix = config.REDIS_PREFIX;
  return {
    kind: 'redis',
    redis,
    storage: new RedisStorage(redis, { prefix: `${prefix}:state:` }),
    turnLock: new RedisTurnLock(redis, { prefix: `${prefix}:lock:` }),
    check: async () => ({ redis: await pingRedis(redis) }),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
