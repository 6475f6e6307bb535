import type { Redis } from 'ioredis';
import { systemClock, type Clock } from '../dossier/clock';
import type { ConversationReferenceJson, RegistrationStore } from './ports';
import { parseReference } from './registrationJson';

// Retention: drop the references set before the cutoff; give those from before retention
// existed (no time yet) the current time, so they expire one retention period from now.
const PURGE_OLDER = `
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

/**
 * Redis mode: one hash `<prefix>registrations`, id → conversation reference JSON, and a sorted
 * set `<prefix>registrations:saved` of when each was last set (for retention).
 */
export class RedisRegistrationStore implements RegistrationStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly clock: Clock = systemClock,
  ) {}

  async set(teamId: string, reference: ConversationReferenceJson): Promise<void> {
    const result = await this.redis
      .multi()
      .hset(this.key(), teamId, JSON.stringify(reference))
      .zadd(this.savedKey(), this.clock().getTime(), teamId)
      .exec();
    const failed = result?.find(([error]) => error);
    if (!result || failed) throw failed?.[0] ?? new Error('redis transaction aborted');
  }

  async get(teamId: string): Promise<ConversationReferenceJson | undefined> {
    const raw = await this.redis.hget(this.key(), teamId);
    return raw === null ? undefined : parseReference(raw, teamId);
  }

  async delete(teamId: string): Promise<boolean> {
    const result = await this.redis.multi().hdel(this.key(), teamId).zrem(this.savedKey(), teamId).exec();
    return result?.[0]?.[1] === 1;
  }

  async list(): Promise<{ teamId: string; reference: ConversationReferenceJson }[]> {
    const all = await this.redis.hgetall(this.key());
    return Object.entries(all).map(([teamId, raw]) => ({ teamId, reference: parseReference(raw, teamId) }));
  }

  async purgeOlderThan(cutoff: Date): Promise<number> {
    const args = [cutoff.getTime(), this.clock().getTime()];
    return Number(await this.redis.eval(PURGE_OLDER, 2, this.key(), this.savedKey(), ...args));
  }

  private key(): string {
    return `${this.prefix}registrations`;
  }

  private savedKey(): string {
    return `${this.prefix}registrations:saved`;
  }
}
