import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { systemClock, type Clock } from '../dossier/clock';
import { DomainError } from '../errors';
import { KeyedMutex, writeFileAtomic } from './atomicFile';
import type { ConversationReferenceJson, RegistrationStore } from './ports';
import { ConversationReference } from './registrationJson';

/** A reference with the time it was last set (retention); a bare reference is from before that. */
const Entry = z.union([
  z.object({ reference: ConversationReference, savedAt: z.iso.datetime() }),
  ConversationReference.transform((reference) => ({ reference, savedAt: undefined })),
]);
const Registrations = z.record(z.string(), Entry);
type Registrations = z.infer<typeof Registrations>;

/** Embedded mode: all registrations in `<dataDir>/registrations.json`, replaced atomically. */
export class FileRegistrationStore implements RegistrationStore {
  private readonly path: string;
  private readonly mutex = new KeyedMutex();

  constructor(
    dataDir: string,
    private readonly clock: Clock = systemClock,
  ) {
    this.path = join(dataDir, 'registrations.json');
  }

  async set(teamId: string, reference: ConversationReferenceJson): Promise<void> {
    await this.change((all) => ({ ...all, [teamId]: { reference, savedAt: this.clock().toISOString() } }));
  }

  async get(teamId: string): Promise<ConversationReferenceJson | undefined> {
    const all = await this.read();
    return Object.hasOwn(all, teamId) ? all[teamId]!.reference : undefined;
  }

  /** References from before retention existed (no time) get the current time: they expire later. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    let purged = 0;
    const now = this.clock().toISOString();
    await this.change((all) => {
      const kept = Object.entries(all).filter(([, entry]) => !entry.savedAt || Date.parse(entry.savedAt) >= +cutoff);
      purged = Object.keys(all).length - kept.length;
      return Object.fromEntries(kept.map(([id, entry]) => [id, { ...entry, savedAt: entry.savedAt ?? now }]));
    });
    return purged;
  }

  async delete(teamId: string): Promise<boolean> {
    let existed = false;
    await this.change((all) => {
      existed = Object.hasOwn(all, teamId);
      const { [teamId]: _removed, ...rest } = all;
      return rest;
    });
    return existed;
  }

  async list(): Promise<{ teamId: string; reference: ConversationReferenceJson }[]> {
    return Object.entries(await this.read()).map(([teamId, { reference }]) => ({ teamId, reference }));
  }

  private change(update: (all: Registrations) => Registrations): Promise<void> {
    return this.mutex.run('file', async () => {
      await writeFileAtomic(this.path, JSON.stringify(update(await this.read()), null, 2));
    });
  }

  private async read(): Promise<Registrations> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const parsed = Registrations.safeParse(data);
    if (!parsed.success) throw new DomainError('STORE_CORRUPT', 'registrations file is unreadable', [this.path]);
    return parsed.data;
  }
}
