import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError } from './storageErrors';

/** One stored version: its JSON (the isolation copy) and its eTag beside it. */
interface Entry {
  eTag: string;
  json: string;
}

/**
 * Conversation state in process memory (no REDIS_URL), with botbuilder MemoryStorage's
 * behaviour at a third less copying. MemoryStorage parses the stored JSON on every read, and
 * on every write parses the old item again only to compare its eTag, copies the new one and
 * serialises it. Here the eTag is kept beside the JSON: a read parses once, a write serialises
 * once and compares strings.
 *
 * Isolation stays as strict: what a turn reads is its own copy (parsed from JSON), and a write
 * stores a snapshot (serialised on the spot), so no turn ever sees another turn's object or a
 * change made after it was written. eTags as MemoryStorage and RedisStorage: a missing or `*`
 * eTag overwrites, a stale one rejects with ETagConflictError and writes nothing.
 */
export class MemoryStateStorage implements Storage {
  private readonly entries = new Map<string, Entry>();
  private nextETag = 1;

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      const item = JSON.parse(entry.json) as Record<string, unknown>;
      item.eTag = entry.eTag;
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    // all or nothing: check every eTag before writing any key
    for (const key of keys) {
      const eTag = (changes[key] as { eTag?: unknown } | undefined)?.eTag;
      const stored = this.entries.get(key);
      if (stored && eTag && eTag !== '*' && eTag !== stored.eTag) throw new ETagConflictError(key);
    }
    for (const key of keys) {
      const eTag = String(this.nextETag++);
      // the stored JSON carries the eTag too, as MemoryStorage's does; `read` sets the current one
      this.entries.set(key, { eTag, json: JSON.stringify({ ...changes[key], eTag }) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }
}
