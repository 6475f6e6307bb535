import type { PreIntakeDossier } from '../dossier/dossier';
import type { StatusChange } from '../delivery/dossierRecord';
import type { DossierStore } from '../delivery/ports';
import { retentionAnchor } from '../delivery/retention';
import { summarize, summaryKey } from './summary';
import type { SummaryStore } from './summaryStore';

/** The region of a configured intake team (null: none, or the team is no longer configured). */
export type RegioOf = (teamId: string) => string | null;

/**
 * A dossier store that keeps every dossier's anonymous summary up to date beside it: on every
 * write (a later outcome too) and, above all, before retention deletes it, so the regional
 * report still counts dossiers that are gone. A failed summary write never fails the
 * dossier write (it is retried by the next write or the retention sweep), but retention
 * deletes nothing whose summary could not be stored.
 */
export class SummarizingDossierStore implements DossierStore {
  constructor(
    private readonly inner: DossierStore,
    private readonly summaries: SummaryStore,
    private readonly regioOf: RegioOf,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async put(dossier: PreIntakeDossier): Promise<void> {
    await this.inner.put(dossier);
    await this.fold(dossier).catch(this.onError);
  }

  get(id: string): Promise<PreIntakeDossier | undefined> {
    return this.inner.get(id);
  }

  listByVerwijzer(teamsId: string): Promise<PreIntakeDossier[]> {
    return this.inner.listByVerwijzer(teamsId);
  }

  listIds(): Promise<string[]> {
    return this.inner.listIds();
  }

  /** The verwijzer withdraws a dossier that never reached the team: it no longer counts. */
  async delete(id: string): Promise<boolean> {
    const removed = await this.inner.delete(id);
    if (removed) await this.summaries.remove(summaryKey(id)).catch(this.onError);
    return removed;
  }

  async updateStatus(id: string, change: StatusChange): Promise<PreIntakeDossier | undefined> {
    const updated = await this.inner.updateStatus(id, change);
    if (updated) await this.fold(updated).catch(this.onError);
    return updated;
  }

  /** Outcomes and markers are written this way: the summary follows (an outcome counts in the report). */
  async update(
    id: string,
    change: (dossier: PreIntakeDossier) => PreIntakeDossier,
  ): Promise<PreIntakeDossier | undefined> {
    const updated = await this.inner.update(id, change);
    if (updated) await this.fold(updated).catch(this.onError);
    return updated;
  }

  /** Folds every dossier due for deletion first (errors stop the sweep), then deletes. */
  async purgeOlderThan(cutoff: Date): Promise<string[]> {
    for (const id of await this.inner.listIds()) {
      const dossier = await this.inner.get(id);
      if (dossier && retentionAnchor(dossier) < cutoff.getTime()) await this.fold(dossier);
    }
    return this.inner.purgeOlderThan(cutoff);
  }

  /** Stores (replaces) the dossier's summary; a dossier that was never sent has none. */
  async fold(dossier: PreIntakeDossier): Promise<void> {
    const summary = summarize(dossier, this.regioOf(dossier.intakeTeam));
    if (summary) await this.summaries.put(summaryKey(dossier.id), summary);
  }
}
