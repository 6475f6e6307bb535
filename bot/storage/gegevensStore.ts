import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { VerwijzerGegevens, VerwijzerGegevensStore } from '../../dialogs/aanmelding/rememberedVerwijzer';
import { systemClock, type Clock } from '../../intake/dossier/clock';
import { DEFAULT_STATE_TTL_SECONDS } from './redisStorage';

/** One record per verwijzer: the details (checked by the dialog when loaded) and when they were last saved. */
const Stored = z.object({ gegevens: z.unknown(), savedAt: z.iso.datetime() });

/**
 * The verwijzers' own details as user state, in the bot's state storage (memory, or Redis with
 * the state TTL, refreshed on each save = each sent aanmelding). The same period counts in
 * memory: an older record is deleted when read. Keyed by a hash of the Teams user id, so no raw
 * id shows in key names; never under a conversation key, so every chat of the verwijzer sees it.
 */
export class StateGegevensStore implements VerwijzerGegevensStore {
  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock = systemClock,
    private readonly keepMs = DEFAULT_STATE_TTL_SECONDS * 1000,
  ) {}

  async load(teamsId: string): Promise<unknown> {
    const key = gegevensKey(teamsId);
    const parsed = Stored.safeParse((await this.storage.read([key]))[key]);
    if (!parsed.success) return undefined; // nothing, or unreadable: asked again; the next send overwrites it
    if (Date.parse(parsed.data.savedAt) + this.keepMs <= this.clock().getTime()) {
      await this.storage.delete([key]);
      return undefined;
    }
    return parsed.data.gegevens;
  }

  async save(teamsId: string, gegevens: VerwijzerGegevens): Promise<void> {
    const savedAt = this.clock().toISOString();
    await this.storage.write({ [gegevensKey(teamsId)]: { gegevens, savedAt, eTag: '*' } });
  }

  async forget(teamsId: string): Promise<boolean> {
    const key = gegevensKey(teamsId);
    const existed = await this.storage.read([key]).then(
      (items) => items[key] !== undefined,
      () => true, // unreadable: there was something
    );
    await this.storage.delete([key]);
    return existed;
  }
}

/** The storage key of a verwijzer's record (exported for tests that corrupt it on purpose). */
export function gegevensKey(teamsId: string): string {
  return `verwijzers/${createHash('sha256').update(teamsId).digest('hex')}/gegevens`;
}
