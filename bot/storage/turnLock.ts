import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { LuaScript } from './luaScript';
import { StorageUnavailableError, isStorageUnavailable } from './storageErrors';

export interface TurnLockOptions {
  /** How long to wait for a busy conversation before giving up (then answer "even geduld"). */
  waitMs: number;
  /** Safety expiry: a holder that crashes blocks the conversation at most this long. */
  ttlMs: number;
  /**
   * A live holder renews its lock (a heartbeat every ttlMs / 3) up to this long, so a long
   * turn keeps it while a dead instance's lock expires within ttlMs. Default: ttlMs (no renewal).
   */
  maxHoldMs?: number;
}

/**
 * The bot's turn lock: a conversation whose instance died (kill -9) is free again within 3 s,
 * before a waiting message gives up (5 s); a live turn holds it up to 2 minutes.
 */
export const CONVERSATION_TURN_LOCK: Readonly<Required<TurnLockOptions>> = {
  waitMs: 5_000,
  ttlMs: 3_000,
  maxHoldMs: 120_000,
};

/** Resolves true if this call released the lock, false if it had already expired or been released. */
export type ReleaseTurnLock = () => Promise<boolean>;

/**
 * Serialises turns per conversation. botbuilder's `saveChanges` writes with eTag `*`, so
 * without this two concurrent turns on one conversation silently drop one's answers.
 */
export interface TurnLock {
  /** The release function, or null when the lock was not free within `waitMs`. */
  acquire(conversationKey: string, options: TurnLockOptions): Promise<ReleaseTurnLock | null>;
}

// Delete the key only while it still holds our token: never release someone else's lock.
const RELEASE_IF_OWNER = new LuaScript(
  'botTurnLockRelease',
  `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
);
// The heartbeat: extend the expiry only while the key still holds our token.
const RENEW_IF_OWNER = new LuaScript(
  'botTurnLockRenew',
  `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`,
);
const FIRST_POLL_MS = 10;
const MAX_POLL_MS = 100;

/** Lock shared by all instances: SET NX PX with a random token, polled with backoff. */
export class RedisTurnLock implements TurnLock {
  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix: string },
  ) {
    if (!options.prefix) throw new TypeError('RedisTurnLock: a non-empty key prefix is required');
  }

  async acquire(
    conversationKey: string,
    { waitMs, ttlMs, maxHoldMs = ttlMs }: TurnLockOptions,
  ): Promise<ReleaseTurnLock | null> {
    const key = this.options.prefix + conversationKey;
    const token = randomUUID();
    const deadline = Date.now() + waitMs;
    for (let pollMs = FIRST_POLL_MS; ; pollMs = Math.min(pollMs * 2, MAX_POLL_MS)) {
      const reply = await this.call(() => this.redis.set(key, token, 'PX', Math.ceil(ttlMs), 'NX'));
      if (reply === 'OK') {
        const stopHeartbeat = this.heartbeat(key, token, ttlMs, maxHoldMs);
        return () => {
          stopHeartbeat();
          return this.release(key, token);
        };
      }
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await sleep(Math.min(pollMs + Math.random() * pollMs, left)); // jitter: contenders spread out
    }
  }

  /** Renews the expiry every ttlMs / 3 until stopped or maxHoldMs passed; a failed renewal is retried. */
  private heartbeat(key: string, token: string, ttlMs: number, maxHoldMs: number): () => void {
    if (maxHoldMs <= ttlMs) return () => undefined;
    const until = Date.now() + maxHoldMs - ttlMs;
    const timer = setInterval(
      () => {
        if (Date.now() >= until) clearInterval(timer);
        else void RENEW_IF_OWNER.run(this.redis, [key], [token, String(Math.ceil(ttlMs))]).catch(() => undefined);
      },
      Math.max(10, Math.floor(ttlMs / 3)),
    );
    timer.unref();
    return () => clearInterval(timer);
  }

  private async release(key: string, token: string): Promise<boolean> {
    const deleted = await this.call(() => RELEASE_IF_OWNER.run(this.redis, [key], [token]));
    return deleted === 1;
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      if (isStorageUnavailable(err)) throw new StorageUnavailableError('Redis turn lock failed', { cause: err });
      throw err;
    }
  }
}

/** Same contract inside one process (memory mode): a FIFO promise chain per conversation. */
export class InProcessTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<void>>();

  async acquire(
    conversationKey: string,
    { waitMs, ttlMs, maxHoldMs = ttlMs }: TurnLockOptions,
  ): Promise<ReleaseTurnLock | null> {
    const previous = this.tails.get(conversationKey);
    let freeSlot!: () => void;
    const slot = new Promise<void>((resolve) => (freeSlot = resolve));
    const tail = previous ? previous.then(() => slot) : slot;
    this.tails.set(conversationKey, tail);
    void tail.then(() => {
      if (this.tails.get(conversationKey) === tail) this.tails.delete(conversationKey);
    });

    // A free conversation (the usual case) is taken at once: no race against a timer.
    if (previous && !(await settlesWithin(previous, waitMs))) {
      freeSlot(); // give up our place: whoever queued after us goes once `previous` is done
      return null;
    }
    let held = true;
    const release = async (): Promise<boolean> => {
      if (!held) return false;
      held = false;
      clearTimeout(expiry);
      freeSlot();
      return true;
    };
    // In one process a holder cannot die on its own: a live turn keeps the lock up to maxHoldMs.
    const expiry = setTimeout(() => void release(), Math.max(ttlMs, maxHoldMs));
    expiry.unref();
    return release;
  }
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, ms, false)));
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
