import type { Clock } from '../dossier/clock';
import { currentStatus, type PreIntakeDossier } from '../dossier/dossier';
import { followUpDueAt } from '../schedule/followUp';
import type { DossierStore, Outbox, RegistrationStore } from './ports';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which everything kept under retention is deleted. */
export function retentionCutoff(clock: Clock, retentionDays: number): Date {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new RangeError('retentionDays must be at least 1');
  return new Date(clock().getTime() - retentionDays * DAY_MS);
}

/** Deletes dossiers whose retention anchor is more than `retentionDays` ago; returns their ids. */
export async function purgeExpired(store: DossierStore, clock: Clock, retentionDays = 90): Promise<string[]> {
  return store.purgeOlderThan(retentionCutoff(clock, retentionDays));
}

export interface Retained {
  store: DossierStore;
  outbox: Outbox;
  /** The verwijzers' conversation references (for status messages). */
  references: RegistrationStore;
  /** Where each dossier's card sits in the channel: deleted with its dossier. */
  cards?: RegistrationStore;
}

export interface PurgeCounts {
  dossiers: number;
  jobs: number;
  references: number;
}

/**
 * One retention sweep over everything kept about a dossier: the dossiers (and the file store's
 * quarantine), the outbox's settled jobs and dead letters (the file log is compacted), and the
 * verwijzers' conversation references. Counts only: ids and contents are not for the logs.
 */
export async function purgeAllExpired(kept: Retained, clock: Clock, retentionDays: number): Promise<PurgeCounts> {
  const cutoff = retentionCutoff(clock, retentionDays);
  const purged = await kept.store.purgeOlderThan(cutoff);
  for (const id of purged) await kept.cards?.delete(id);
  const dossiers = purged.length;
  const jobs = await kept.outbox.purgeOlderThan(cutoff);
  const references = await kept.references.purgeOlderThan(cutoff);
  return { dossiers, jobs, references };
}

/**
 * The moment (ms) the retention period counts from: the last status change, except that a
 * finished traject is kept for its follow-up (the verwijzer is asked 3 and 6 months after
 * 'afgerond'): its period starts after the last follow-up is due or answered.
 */
export function retentionAnchor(dossier: PreIntakeDossier): number {
  const last = Date.parse(currentStatus(dossier).op);
  const lastFollowUp = followUpDueAt(dossier, '6-maanden');
  const answers = (dossier.uitkomsten ?? []).map((u) => Date.parse(u.op));
  return Math.max(last, lastFollowUp?.getTime() ?? last, ...answers);
}
