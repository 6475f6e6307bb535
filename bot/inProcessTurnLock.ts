import type { TurnLock } from './turnLock';

/**
 * Turn serialisation for one process (memory mode): each conversation's turns run one
 * after another, so a double-clicked card never races its own state.
 */
export class InProcessTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<void>>();

  async acquire(key: string, opts: { waitMs: number }): Promise<(() => Promise<void>) | null> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    const gotIt = await Promise.race([
      previous.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), opts.waitMs).unref()),
    ]);
    if (!gotIt) {
      // Give up our place without blocking those behind us.
      release();
      return null;
    }
    return async () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
