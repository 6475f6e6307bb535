import type { Redis } from 'ioredis';
import { systemClock, type Clock } from '../dossier/clock';
import type { ConversationReferenceJson, RegistrationStore } from './ports';
import { parseReference } from './registrationJson';
import { RedisTimedHash } from './timedHash';

/**
 * Redis mode: one hash `<prefix>registrations`, id → conversation reference JSON, and a sorted
 * set `<prefix>registrations:saved` of when each was last set (for retention).
 */
export class RedisRegistrationStore implements RegistrationStore {
  private readonly hash: RedisTimedHash;

  constructor(
    redis: Redis,
    prefix: string,
    private readonly clock: Clock = systemClock,
  ) {
    this.hash = new RedisTimedHash(redis, `${prefix}registrations`, `${prefix}registrations:saved`);
  }

  set(teamId: string, reference: ConversationReferenceJson): Promise<void> {
    return this.hash.set(teamId, JSON.stringify(reference), this.clock().getTime());
  }

  async get(teamId: string): Promise<ConversationReferenceJson | undefined> {
    const raw = await this.hash.get(teamId);
    return raw === undefined ? undefined : parseReference(raw, teamId);
  }

  delete(teamId: string): Promise<boolean> {
    return this.hash.delete(teamId);
  }

  async list(): Promise<{ teamId: string; reference: ConversationReferenceJson }[]> {
    return (await this.hash.entries()).map(([teamId, raw]) => ({ teamId, reference: parseReference(raw, teamId) }));
  }

  /** References from before retention existed (no time yet) get the current time: they expire later. */
  purgeOlderThan(cutoff: Date): Promise<number> {
    return this.hash.purgeBefore(cutoff.getTime(), this.clock().getTime());
  }
}
