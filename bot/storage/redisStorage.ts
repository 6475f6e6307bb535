import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { LuaScript } from './luaScript';
import {
  ETagConflictError,
  StorageUnavailableError,
  StorageValueInvalidError,
  isStorageUnavailable,
} from './storageErrors';

export const DEFAULT_STATE_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface RedisStorageOptions {
  /** Prepended to every key, one per deployment, e.g. `verwijzersbot:prod:state:`. */
  prefix: string;
  /** Expiry of each item, refreshed on every write. Default 30 days. */
  ttlSeconds?: number;
}

/** What one Redis string holds: the item without its eTag, plus the eTag of this version. */
export const StoredEnvelope = z.object({
  eTag: z.string().min(1),
  value: z.record(z.string(), z.unknown()),
});
export type StoredEnvelope = z.infer<typeof StoredEnvelope>;

// All-or-nothing conditional write. KEYS: storage keys. ARGV[1]: ttl in seconds, then for
// key i: ARGV[2i] expected eTag ('' = unconditional) and ARGV[2i+1] the new envelope JSON.
// Returns 0 when written, or the 1-based index of the first key whose eTag did not match.
// The envelope JSON starts with {"eTag":"…" (we serialise it), so a prefix match is enough.
const WRITE_IF_MATCH = new LuaScript(
  'botStorageWriteIfMatch',
  `local ttl = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local expected = ARGV[i * 2]
  if expected ~= '' then
    local current = redis.call('GET', key)
    if current and string.match(current, '^{"eTag":"([^"]*)"') ~= expected then return i end
  end
end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[i * 2 + 1], 'EX', ttl)
end
return 0`,
);

/**
 * botbuilder `Storage` over Redis. Each read, write or delete is one Redis command whatever
 * the number of keys (MGET, one Lua script, DEL). eTags follow MemoryStorage: a missing or
 * `*` eTag overwrites, a stale one rejects with ETagConflictError and writes nothing.
 */
export class RedisStorage implements Storage {
  private readonly prefix: string;
  private readonly ttlSeconds: number;

  constructor(
    private readonly redis: Redis,
    options: RedisStorageOptions,
  ) {
    if (!options.prefix) throw new TypeError('RedisStorage: a non-empty key prefix is required');
    const ttl = options.ttlSeconds ?? DEFAULT_STATE_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl <= 0) throw new TypeError('RedisStorage: ttlSeconds must be a positive integer');
    this.prefix = options.prefix;
    this.ttlSeconds = ttl;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    const raw = await this.call('read', () => this.redis.mget(keys.map((k) => this.prefix + k)));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const stored = raw[i];
      if (stored != null) items[key] = parseStoredItem(key, stored);
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const args: string[] = [String(this.ttlSeconds)];
    for (const [key, item] of entries) args.push(expectedETag(key, item), serialise(item as Record<string, unknown>));
    const keys = entries.map(([key]) => this.prefix + key);
    const result = await this.call('write', () => WRITE_IF_MATCH.run(this.redis, keys, args));
    if (result !== 0) throw new ETagConflictError(entries[Number(result) - 1]?.[0] ?? '');
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.call('delete', () => this.redis.del(keys.map((k) => this.prefix + k)));
  }

  private async call<T>(operation: string, command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (err) {
      if (isStorageUnavailable(err)) throw new StorageUnavailableError(`Redis ${operation} failed`, { cause: err });
      throw err;
    }
  }
}

function expectedETag(key: string, item: unknown): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new TypeError(`Storage: item for key "${key}" must be an object`);
  }
  const eTag = (item as { eTag?: unknown }).eTag;
  return typeof eTag === 'string' && eTag !== '*' ? eTag : '';
}

function serialise(item: Record<string, unknown>): string {
  const { eTag: _previous, ...value } = item;
  const envelope: StoredEnvelope = { eTag: randomUUID(), value };
  return JSON.stringify(envelope);
}

function parseStoredItem(key: string, stored: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    throw new StorageValueInvalidError(key, 'not JSON');
  }
  const envelope = StoredEnvelope.safeParse(json);
  if (!envelope.success) throw new StorageValueInvalidError(key, 'unexpected shape');
  return { ...envelope.data.value, eTag: envelope.data.eTag };
}
