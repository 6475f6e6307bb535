import type { Redis } from 'ioredis';
import { MemoryTimedHash, RedisTimedHash, type TimedHash } from '../../intake/delivery/timedHash';
import { PendingMove } from './channelMove';

/** One spelling of a request, so that a claim can compare it with what is stored. */
function serialize(move: PendingMove): string {
  const { conversationId, teamId, tenantId, expiresAt } = move;
  return JSON.stringify({ conversationId, teamId, tenantId, expiresAt });
}

function parse(raw: string | undefined): PendingMove | undefined {
  if (raw === undefined) return undefined;
  try {
    return PendingMove.safeParse(JSON.parse(raw)).data;
  } catch {
    return undefined;
  }
}

/**
 * Intake team id → its request to move the intake channel, waiting for confirmation
 * (`channelMove.ts`), timed by when it expires. At most one request a team: a new one replaces the old.
 */
export class PendingMoveStore {
  private constructor(private readonly hash: TimedHash) {}

  /** Embedded mode (one process): a request lost with a restart is simply asked again. */
  static inMemory(): PendingMoveStore {
    return new PendingMoveStore(new MemoryTimedHash());
  }

  /**
   * Redis mode (every instance sees the request): a hash `<prefix>pending` and a sorted set
   * `<prefix>expires`. Session 6 kept the requests in a registration store under
   * `<prefix>registrations` (and `:saved`), read by nothing since; they held at most one
   * ten-minute request a team, so they are simply deleted.
   */
  static async openInRedis(redis: Redis, prefix: string): Promise<PendingMoveStore> {
    await redis.del(`${prefix}registrations`, `${prefix}registrations:saved`);
    return new PendingMoveStore(new RedisTimedHash(redis, `${prefix}pending`, `${prefix}expires`));
  }

  put(teamId: string, move: PendingMove): Promise<void> {
    return this.hash.set(teamId, serialize(move), Date.parse(move.expiresAt));
  }

  /** The team's request, read through zod; anything unreadable counts as no request. */
  async get(teamId: string): Promise<PendingMove | undefined> {
    return parse(await this.hash.get(teamId));
  }

  /**
   * Takes `move` away if it is still the team's request (not replaced in between). True for one
   * caller only: of two confirmations (two instances, a button pressed twice) one moves the channel.
   */
  claim(teamId: string, move: PendingMove): Promise<boolean> {
    return this.hash.deleteIf(teamId, serialize(move));
  }

  /** Retention: removes the requests expired by `now` (as `confirmation` says); resolves to how many. */
  purgeExpired(now: Date): Promise<number> {
    return this.hash.purgeBefore(now.getTime() + 1, now.getTime());
  }
}
