import type { Clock } from '../dossier/clock';
import type { DossierStore } from './ports';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes dossiers whose last status change is more than `retentionDays` ago; returns their ids. */
export async function purgeExpired(store: DossierStore, clock: Clock, retentionDays = 90): Promise<string[]> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new RangeError('retentionDays must be at least 1');
  return store.purgeOlderThan(new Date(clock().getTime() - retentionDays * DAY_MS));
}
