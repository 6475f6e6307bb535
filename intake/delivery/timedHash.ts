import type { Redis } from 'ioredis';

/**
 * Id → a stored text, each with a time (ms) for retention: the machinery under the Redis
 * registration store and the pending channel moves. Values stay text: each store reads its
 * own through zod.
 */
export interface TimedHash {
  /** Sets the value and its time together. */
  set(id: string, value: string, at: number): Promise<void>;
  get(id: string): Promise<string | undefined>;
  delete(id: string): Promise<boolean>;
  /** Deletes `id` only while its value is still `value`: of two callers, one gets true. */
  deleteIf(id: string, value: string): Promise<boolean>;
  entries(): Promise<[id: string, value: string][]>;
  /** Deletes the entries timed before `cutoff`, gives one without a time `untimed`; resolves to how many. */
  purgeBefore(cutoff: number, untimed: number): Promise<number>;
}

/** Embedded mode (one process): gone with a restart. */
export class MemoryTimedHash implements TimedHash {
  private readonly map = new Map<string, { value: string; at: number }>();

  async set(id: string, value: string, at: number): Promise<void> {
    this.map.set(id, { value, at });
  }

  async get(id: string): Promise<string | undefined> {
    return this.map.get(id)?.value;
  }

  async delete(id: string): Promise<boolean> {
    return this.map.delete(id);
  }

  async deleteIf(id: string, value: string): Promise<boolean> {
    return this.map.get(id)?.value === value && this.map.delete(id);
  }

  async entries(): Promise<[string, string][]> {
    return [...this.map].map(([id, { value }]) => [id, value]);
  }

  async purgeBefore(cutoff: number): Promise<number> {
    const expired = [...this.map].filter(([, { at }]) => at < cutoff);
    for (const [id] of expired) this.map.delete(id);
    return expired.length;
  }
}

const DELETE_IF = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1`;

// Entries from before their store kept times (none in the sorted set) get ARGV[2].
const PURGE_BEFORE = `
local purged = 0
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])) do
  redis.call('HDEL', KEYS[1], id)
  redis.call('ZREM', KEYS[2], id)
  purged = purged + 1
end
for _, id in ipairs(redis.call('HKEYS', KEYS[1])) do
  if not redis.call('ZSCORE', KEYS[2], id) then redis.call('ZADD', KEYS[2], ARGV[2], id) end
end
return purged`;

/** Redis mode: a hash `key` of id → value and a sorted set `timesKey` of id → time, changed together. */
export class RedisTimedHash implements TimedHash {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly timesKey: string,
  ) {}

  async set(id: string, value: string, at: number): Promise<void> {
    const result = await this.redis.multi().hset(this.key, id, value).zadd(this.timesKey, at, id).exec();
    const failed = result?.find(([error]) => error);
    if (!result || failed) throw failed?.[0] ?? new Error('redis transaction aborted');
  }

  async get(id: string): Promise<string | undefined> {
    return (await this.redis.hget(this.key, id)) ?? undefined;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.redis.multi().hdel(this.key, id).zrem(this.timesKey, id).exec();
    return result?.[0]?.[1] === 1;
  }

  async deleteIf(id: string, value: string): Promise<boolean> {
    return (await this.redis.eval(DELETE_IF, 2, this.key, this.timesKey, id, value)) === 1;
  }

  async entries(): Promise<[string, string][]> {
    return Object.entries(await this.redis.hgetall(this.key));
  }

  async purgeBefore(cutoff: number, untimed: number): Promise<number> {
    return Number(await this.redis.eval(PURGE_BEFORE, 2, this.key, this.timesKey, cutoff, untimed));
  }
}
