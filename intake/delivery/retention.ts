import type { Clock } from '../dossier/clock';
import { currentStatus, type PreIntakeDossier } from '../dossier/dossier';
import { followUpDueAt } from '../schedule/followUp';
import type { DossierStore } from './ports';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes dossiers whose retention anchor is more than `retentionDays` ago; returns their ids. */
export async function purgeExpired(store: DossierStore, clock: Clock, retentionDays = 90): Promise<string[]> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new RangeError('retentionDays must be at least 1');
  return store.purgeOlderThan(new Date(clock().getTime() - retentionDays * DAY_MS));
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
