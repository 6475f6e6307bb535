/**
 * Serialises turns per conversation. Memory mode uses an in-process chain; Redis mode a
 * short Redis lock (bot/storage/), so two instances never interleave one conversation's turns.
 */
export interface TurnLock {
  /** Resolves to a release function, or null when the lock was not free within waitMs. */
  acquire(key: string, opts: { waitMs: number; ttlMs: number }): Promise<(() => Promise<void>) | null>;
}
