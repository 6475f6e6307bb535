import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PreIntakeDossier } from '../dossier/dossier';
import {
  changedDossier,
  readStoredDossier,
  validForStore,
  type QuarantineListener,
  type StatusChange,
} from './dossierRecord';
import type { DossierStore } from './ports';
import { retentionAnchor } from './retention';

// Replace the dossier only if nobody changed it since we read it (optimistic concurrency).
const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2])
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
  return 1
end
return 0`;

// Delete only if the last status change is still before the cutoff.
const DELETE_IF_OLDER = `
local score = redis.call('ZSCORE', KEYS[2], ARGV[1])
if score and tonumber(score) < tonumber(ARGV[2]) then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('SREM', KEYS[3], ARGV[1])
  return 1
end
return 0`;

// Move an unreadable record aside, only if it is still the one we read.
const QUARANTINE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('RENAME', KEYS[1], KEYS[3])
  redis.call('EXPIRE', KEYS[3], ARGV[3])
  redis.call('ZREM', KEYS[2], ARGV[2])
  return 1
end
return 0`;

export interface RedisDossierStoreOptions {
  /** Quarantined records are kept this long for beheer to inspect, then Redis drops them (the retention). */
  quarantineTtlMs?: number;
}

/**
 * Redis mode: `<prefix>dossier:<id>` holds the JSON, `<prefix>dossiers` is a sorted set of
 * ids by retention anchor (retention.ts), `<prefix>verwijzer:<hash>` the verwijzer's ids.
 * A record that is not a valid dossier moves to `<prefix>quarantine:<id>` (kept for the retention period).
 */
export class RedisDossierStore implements DossierStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly onQuarantine: QuarantineListener = () => undefined,
    private readonly options: RedisDossierStoreOptions = {},
  ) {}

  async put(unchecked: PreIntakeDossier): Promise<void> {
    const dossier = validForStore(unchecked);
    const result = await this.redis
      .multi()
      .set(this.key(dossier.id), JSON.stringify(dossier))
      .zadd(this.indexKey(), retentionAnchor(dossier), dossier.id)
      .sadd(this.verwijzerKey(dossier.verwijzer.teamsId), dossier.id)
      .exec();
    const failed = result?.find(([error]) => error);
    if (!result || failed) throw failed?.[0] ?? new Error('redis transaction aborted');
  }

  async get(id: string): Promise<PreIntakeDossier | undefined> {
    return this.read(id, await this.redis.get(this.key(id)));
  }

  async listIds(): Promise<string[]> {
    return this.redis.zrange(this.indexKey(), '0', '-1');
  }

  async listByVerwijzer(teamsId: string): Promise<PreIntakeDossier[]> {
    const ids = await this.redis.smembers(this.verwijzerKey(teamsId));
    if (ids.length === 0) return [];
    const raws = await this.redis.mget(ids.map((id) => this.key(id)));
    const dossiers = await Promise.all(ids.map((id, i) => this.read(id, raws[i] ?? null)));
    return dossiers
      .filter((d): d is PreIntakeDossier => d !== undefined && d.verwijzer.teamsId === teamsId)
      .sort((a, b) => b.aangemaakt.localeCompare(a.aangemaakt));
  }

  async delete(id: string): Promise<boolean> {
    const dossier = await this.get(id);
    if (!dossier) return false;
    const result = await this.redis
      .multi()
      .del(this.key(id))
      .zrem(this.indexKey(), id)
      .srem(this.verwijzerKey(dossier.verwijzer.teamsId), id)
      .exec();
    return result?.[0]?.[1] === 1;
  }

  async updateStatus(id: string, change: StatusChange): Promise<PreIntakeDossier | undefined> {
    return this.update(id, (dossier) => changedDossier(dossier, change));
  }

  async update(
    id: string,
    change: (dossier: PreIntakeDossier) => PreIntakeDossier,
  ): Promise<PreIntakeDossier | undefined> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const raw = await this.redis.get(this.key(id));
      const dossier = await this.read(id, raw);
      if (!dossier || raw === null) return undefined;
      const updated = validForStore(change(dossier));
      if (updated.id !== id) throw new Error('a dossier update may not change its id');
      const args = [raw, JSON.stringify(updated), retentionAnchor(updated), id];
      if ((await this.redis.eval(COMPARE_AND_SET, 2, this.key(id), this.indexKey(), ...args)) === 1) return updated;
    }
    throw new Error(`update of ${id} kept conflicting`);
  }

  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    const ids = await this.redis.zrangebyscore(this.indexKey(), '-inf', `(${cutoff.getTime()}`);
    const purged: string[] = [];
    for (const id of ids) {
      const dossier = await this.get(id);
      const verwijzerKey = this.verwijzerKey(dossier?.verwijzer.teamsId ?? '');
      const keys = [this.key(id), this.indexKey(), verwijzerKey];
      if ((await this.redis.eval(DELETE_IF_OLDER, 3, ...keys, id, cutoff.getTime())) === 1) purged.push(id);
    }
    return purged;
  }

  /** Undefined when absent, or unreadable (then quarantined). */
  private async read(id: string, raw: string | null): Promise<PreIntakeDossier | undefined> {
    if (raw === null) return undefined;
    const dossier = readStoredDossier(raw);
    if (dossier) return dossier;
    const keys = [this.key(id), this.indexKey(), `${this.prefix}quarantine:${id}`];
    const ttlSeconds = Math.ceil((this.options.quarantineTtlMs ?? 90 * 24 * 60 * 60 * 1000) / 1000);
    if ((await this.redis.eval(QUARANTINE, 3, ...keys, raw, id, ttlSeconds)) === 1) this.onQuarantine(id);
    return undefined;
  }

  private key(id: string): string {
    return `${this.prefix}dossier:${id}`;
  }

  private indexKey(): string {
    return `${this.prefix}dossiers`;
  }

  /** Teams ids are hashed so key names carry no identifiers. */
  private verwijzerKey(teamsId: string): string {
    return `${this.prefix}verwijzer:${createHash('sha256').update(teamsId).digest('hex').slice(0, 32)}`;
  }
}
