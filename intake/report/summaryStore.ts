import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { writeFileAtomic } from '../delivery/atomicFile';
import { DossierSummary, SummaryKey } from './summary';

/**
 * Where the anonymous summaries live, in the same backend as the dossiers. `put` replaces
 * the summary under its key, so folding a dossier twice (two sweeps, two instances) counts
 * it once. Records that do not validate are skipped on reading, never reported as data.
 */
export interface SummaryStore {
  put(key: string, summary: DossierSummary): Promise<void>;
  /** A dossier the verwijzer withdrew before it reached the team no longer counts. */
  remove(key: string): Promise<void>;
  list(): Promise<Map<string, DossierSummary>>;
}

function parseSummary(raw: string): DossierSummary | undefined {
  try {
    const parsed = DossierSummary.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function checkedKey(key: string): string {
  return SummaryKey.parse(key); // becomes a file name or hash field: only well-formed keys
}

/** File mode: `<dir>/<key>.json`, one per dossier, written atomically. */
export class FileSummaryStore implements SummaryStore {
  constructor(private readonly dir: string) {}

  async put(key: string, summary: DossierSummary): Promise<void> {
    const valid = DossierSummary.parse(summary);
    await writeFileAtomic(join(this.dir, `${checkedKey(key)}.json`), JSON.stringify(valid));
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.dir, `${checkedKey(key)}.json`), { force: true });
  }

  async list(): Promise<Map<string, DossierSummary>> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    const result = new Map<string, DossierSummary>();
    for (const name of names) {
      const key = name.slice(0, -'.json'.length);
      if (!name.endsWith('.json') || !SummaryKey.safeParse(key).success) continue;
      const raw = await readFile(join(this.dir, name), 'utf8').catch(() => undefined);
      const summary = raw === undefined ? undefined : parseSummary(raw);
      if (summary) result.set(key, summary);
    }
    return result;
  }
}

/** Redis mode: one hash `<prefix>rapport`, key → summary JSON. */
export class RedisSummaryStore implements SummaryStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async put(key: string, summary: DossierSummary): Promise<void> {
    await this.redis.hset(this.hashKey(), checkedKey(key), JSON.stringify(DossierSummary.parse(summary)));
  }

  async remove(key: string): Promise<void> {
    await this.redis.hdel(this.hashKey(), checkedKey(key));
  }

  async list(): Promise<Map<string, DossierSummary>> {
    const all = await this.redis.hgetall(this.hashKey());
    const result = new Map<string, DossierSummary>();
    for (const [key, raw] of Object.entries(all)) {
      const summary = SummaryKey.safeParse(key).success ? parseSummary(raw) : undefined;
      if (summary) result.set(key, summary);
    }
    return result;
  }

  private hashKey(): string {
    return `${this.prefix}rapport`;
  }
}
