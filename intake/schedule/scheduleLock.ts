import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RELEASE_LEASE } from '../delivery/redisOutboxScripts';
import type { ScheduleLock } from './ports';

/**
 * Redis mode: `SET key token NX PX ttl`. Whoever sets it runs the work; the others skip this
 * round. The ttl bounds a crashed holder: the lock frees itself and the next round runs.
 */
export class RedisScheduleLock implements ScheduleLock {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly ttlMs: number,
  ) {}

  async exclusive<T>(work: () => Promise<T>): Promise<T | undefined> {
    const token = randomUUID();
    if ((await this.redis.set(this.key, token, 'PX', this.ttlMs, 'NX')) !== 'OK') return undefined;
    try {
      return await work();
    } finally {
      // only our own lock: after an expiry another instance may hold it
      await this.redis.eval(RELEASE_LEASE, 1, this.key, token).catch(() => undefined);
    }
  }
}

/** File mode: one process owns the data directory, so only overlapping rounds are kept apart. */
export class ProcessScheduleLock implements ScheduleLock {
  private busy = false;

  async exclusive<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }
}
