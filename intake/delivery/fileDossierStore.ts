import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { currentStatus, PreIntakeDossier, withStatus, type StatusEntry } from '../dossier/dossier';
import { DossierId } from '../dossier/dossierId';
import { DomainError } from '../errors';
import { KeyedMutex, writeFileAtomic } from './atomicFile';
import type { DossierStore } from './ports';

/** Embedded mode: one JSON file per dossier under `<dataDir>/dossiers`, written atomically. */
export class FileDossierStore implements DossierStore {
  private readonly dir: string;
  private readonly mutex = new KeyedMutex();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'dossiers');
  }

  async put(dossier: PreIntakeDossier): Promise<void> {
    const path = this.pathOf(dossier.id);
    await this.mutex.run(dossier.id, () => writeFileAtomic(path, JSON.stringify(dossier, null, 2)));
  }

  async get(id: string): Promise<PreIntakeDossier | undefined> {
    if (!DossierId.safeParse(id).success) return undefined;
    let text: string;
    try {
      text = await readFile(this.pathOf(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const parsed = PreIntakeDossier.safeParse(safeJson(text));
    if (!parsed.success) throw new DomainError('STORE_CORRUPT', 'stored dossier is unreadable', [id]);
    return parsed.data;
  }

  async listIds(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => DossierId.safeParse(id).success);
  }

  async listByVerwijzer(teamsId: string): Promise<PreIntakeDossier[]> {
    const all = await Promise.all((await this.listIds()).map((id) => this.get(id)));
    return all
      .filter((d): d is PreIntakeDossier => d !== undefined && d.verwijzer.teamsId === teamsId)
      .sort((a, b) => b.aangemaakt.localeCompare(a.aangemaakt));
  }

  async delete(id: string): Promise<boolean> {
    if (!DossierId.safeParse(id).success) return false;
    return this.mutex.run(id, () => this.remove(id));
  }

  async updateStatus(id: string, entry: StatusEntry): Promise<PreIntakeDossier | undefined> {
    if (!DossierId.safeParse(id).success) return undefined;
    return this.mutex.run(id, async () => {
      const dossier = await this.get(id);
      if (!dossier) return undefined;
      const updated = withStatus(dossier, entry);
      await writeFileAtomic(this.pathOf(id), JSON.stringify(updated, null, 2));
      return updated;
    });
  }

  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    const purged: string[] = [];
    for (const id of await this.listIds()) {
      const removed = await this.mutex.run(id, async () => {
        const dossier = await this.get(id);
        return dossier && Date.parse(currentStatus(dossier).op) < cutoff.getTime() ? this.remove(id) : false;
      });
      if (removed) purged.push(id);
    }
    return purged;
  }

  private async remove(id: string): Promise<boolean> {
    try {
      await rm(this.pathOf(id));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  private pathOf(id: string): string {
    // The id becomes a file name: only well-formed ids get that far.
    return join(this.dir, `${DossierId.parse(id)}.json`);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
