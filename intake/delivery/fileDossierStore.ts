import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PreIntakeDossier } from '../dossier/dossier';
import { DossierId } from '../dossier/dossierId';
import { fsyncDir, KeyedMutex, writeFileAtomic } from './atomicFile';
import {
  changedDossier,
  readStoredDossier,
  validForStore,
  type QuarantineListener,
  type StatusChange,
} from './dossierRecord';
import type { DossierStore } from './ports';
import { retentionAnchor } from './retention';

/**
 * Embedded mode: one JSON file per dossier under `<dataDir>/dossiers`, written atomically.
 * A file that is not a valid dossier moves to `<dataDir>/quarantine` for beheer to inspect.
 */
export class FileDossierStore implements DossierStore {
  private readonly dir: string;
  private readonly quarantineDir: string;
  private readonly mutex = new KeyedMutex();

  constructor(
    dataDir: string,
    private readonly onQuarantine: QuarantineListener = () => undefined,
  ) {
    this.dir = join(dataDir, 'dossiers');
    this.quarantineDir = join(dataDir, 'quarantine');
  }

  async put(dossier: PreIntakeDossier): Promise<void> {
    const valid = validForStore(dossier);
    await this.mutex.run(valid.id, () => this.write(valid));
  }

  /** Undefined when absent, or unreadable (then quarantined). */
  async get(id: string): Promise<PreIntakeDossier | undefined> {
    if (!DossierId.safeParse(id).success) return undefined;
    let text: string;
    try {
      text = await readFile(this.pathOf(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const dossier = readStoredDossier(text);
    if (!dossier) await this.quarantine(id);
    return dossier;
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

  async updateStatus(id: string, change: StatusChange): Promise<PreIntakeDossier | undefined> {
    return this.update(id, (dossier) => changedDossier(dossier, change));
  }

  async update(
    id: string,
    change: (dossier: PreIntakeDossier) => PreIntakeDossier,
  ): Promise<PreIntakeDossier | undefined> {
    if (!DossierId.safeParse(id).success) return undefined;
    return this.mutex.run(id, async () => {
      const dossier = await this.get(id);
      if (!dossier) return undefined;
      const updated = validForStore(change(dossier));
      if (updated.id !== id) throw new Error('a dossier update may not change its id');
      await this.write(updated);
      return updated;
    });
  }

  /** Also empties the quarantine of records put aside before `cutoff`. */
  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    await this.purgeQuarantine(cutoff);
    const purged: string[] = [];
    for (const id of await this.listIds()) {
      const removed = await this.mutex.run(id, async () => {
        const dossier = await this.get(id);
        return dossier && retentionAnchor(dossier) < cutoff.getTime() ? this.remove(id) : false;
      });
      if (removed) purged.push(id);
    }
    return purged;
  }

  /** Quarantined files are named `<id>.<ms>.json`: the time they were put aside. */
  private async purgeQuarantine(cutoff: Date): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.quarantineDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const name of names) {
      const putAside = Number(/\.(\d+)\.json$/.exec(name)?.[1]);
      if (putAside < cutoff.getTime()) await rm(join(this.quarantineDir, name), { force: true });
    }
  }

  private write(dossier: PreIntakeDossier): Promise<void> {
    return writeFileAtomic(this.pathOf(dossier.id), JSON.stringify(dossier, null, 2));
  }

  /** Moves the file aside (kept for inspection) so it stops nobody; reports its id. */
  private async quarantine(id: string): Promise<void> {
    await mkdir(this.quarantineDir, { recursive: true, mode: 0o700 });
    const target = join(this.quarantineDir, `${id}.${Date.now()}.json`);
    try {
      await rename(this.pathOf(id), target);
      await fsyncDir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // moved already
      return;
    }
    this.onQuarantine(id);
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
