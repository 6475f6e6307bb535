import type { Redis } from 'ioredis';
import { LuaScript } from '../storage/luaScript';
import { PendingMove } from './channelMove';

/**
 * Intake team id → its request to move the intake channel, waiting for confirmation
 * (`channelMove.ts`). At most one request a team: a new one replaces the old.
 */
export interface PendingMoveStore {
  put(teamId: string, move: PendingMove): Promise<void>;
  /** The team's request; anything unreadable counts as no request. */
  get(teamId: string): Promise<PendingMove | undefined>;
  /**
   * Takes `move` away if it is still the team's request. True for one caller only: of two
   * confirmations (two instances, a button pressed twice) only one moves the channel.
   */
  claim(teamId: string, move: PendingMove): Promise<boolean>;
  /** Retention: removes the requests that expired before `now`; resolves to how many. */
  purgeExpired(now: Date): Promise<number>;
}

/** One spelling of a request, so that the Redis claim can compare what is stored. */
function serialize(move: PendingMove): string {
  const { conversationId, teamId, tenantId, expiresAt } = move;
  return JSON.stringify({ conversationId, teamId, tenantId, expiresAt });
}

function parse(raw: string | null | undefined): PendingMove | undefined {
  if (raw === null || raw === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = PendingMove.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** Embedded mode (one process): a request lost with a restart is simply asked again. */
export class MemoryPendingMoveStore implements PendingMoveStore {
  private readonly moves = new Map<string, string>();

  async put(teamId: string, move: PendingMove): Promise<void> {
    this.moves.set(teamId, serialize(move));
  }

  async get(teamId: string): Promise<PendingMove | undefined> {
    return parse(this.moves.get(teamId));
  }

  async claim(teamId: string, move: PendingMove): Promise<boolean> {
    if (this.moves.get(teamId) !== serialize(move)) return false;
    return this.moves.delete(teamId);
  }

  async purgeExpired(now: Date): Promise<number> {
    let purged = 0;
    for (const [teamId, raw] of this.moves) {
      const move = parse(raw);
      if (!move || Date.parse(move.expiresAt) <= now.getTime()) {
        this.moves.delete(teamId);
        purged += 1;
      }
    }
    return purged;
  }
}

const CLAIM = new LuaScript(
  'pvbotClaimPendingMove',
  `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1`,
);

const PURGE_EXPIRED = new LuaScript(
  'pvbotPurgePendingMoves',
  `
local purged = 0
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])) do
  redis.call('HDEL', KEYS[1], id)
  redis.call('ZREM', KEYS[2], id)
  purged = purged + 1
end
return purged`,
);

/**
 * Redis mode (every instance sees the request): a hash `<prefix>pending`, team id → request
 * JSON, read back through zod, and a sorted set `<prefix>expires` of when each expires, for
 * the retention sweep.
 */
export class RedisPendingMoveStore implements PendingMoveStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async put(teamId: string, move: PendingMove): Promise<void> {
    const result = await this.redis
      .multi()
      .hset(this.key(), teamId, serialize(move))
      .zadd(this.expiresKey(), Date.parse(move.expiresAt), teamId)
      .exec();
    const failed = result?.find(([error]) => error);
    if (!result || failed) throw failed?.[0] ?? new Error('redis transaction aborted');
  }

  async get(teamId: string): Promise<PendingMove | undefined> {
    return parse(await this.redis.hget(this.key(), teamId));
  }

  async claim(teamId: string, move: PendingMove): Promise<boolean> {
    return Number(await CLAIM.run(this.redis, [this.key(), this.expiresKey()], [teamId, serialize(move)])) === 1;
  }

  async purgeExpired(now: Date): Promise<number> {
    return Number(await PURGE_EXPIRED.run(this.redis, [this.key(), this.expiresKey()], [now.getTime()]));
  }

  private key(): string {
    return `${this.prefix}pending`;
  }

  private expiresKey(): string {
    return `${this.prefix}expires`;
  }
}
