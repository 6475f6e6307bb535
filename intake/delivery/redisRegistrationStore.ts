import type { Redis } from 'ioredis';
import type { ConversationReferenceJson, RegistrationStore } from './ports';
import { parseReference } from './registrationJson';

/** Redis mode: one hash `<prefix>registrations`, team id → conversation reference JSON. */
export class RedisRegistrationStore implements RegistrationStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async set(teamId: string, reference: ConversationReferenceJson): Promise<void> {
    await this.redis.hset(this.key(), teamId, JSON.stringify(reference));
  }

  async get(teamId: string): Promise<ConversationReferenceJson | undefined> {
    const raw = await this.redis.hget(this.key(), teamId);
    return raw === null ? undefined : parseReference(raw, teamId);
  }

  async delete(teamId: string): Promise<boolean> {
    return (await this.redis.hdel(this.key(), teamId)) === 1;
  }

  async list(): Promise<{ teamId: string; reference: ConversationReferenceJson }[]> {
    const all = await this.redis.hgetall(this.key());
    return Object.entries(all).map(([teamId, raw]) => ({ teamId, reference: parseReference(raw, teamId) }));
  }

  private key(): string {
    return `${this.prefix}registrations`;
  }
}
