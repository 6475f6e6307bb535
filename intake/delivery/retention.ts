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
  /** Requests that are of no use once expired (moving the intake channel): gone at the next sweep. */
  moves?: { purgeExpired(now: Date): Promise<number> };
}

export type SweepPart = 'dossiers' | 'jobs' | 'references' | 'moves';

export interface SweepResult {
  /** How many of each were deleted; a part that failed has no count. */
  purged: Partial<Record<SweepPart, number>>;
  /** The parts that threw: each is tried on its own, so the others ran all the same. */
  failed: { part: SweepPart; error: unknown }[];
}

/**
 * One retention sweep over everything kept about a dossier: the dossiers (and the file store's
 * quarantine) with their card references, the outbox's settled jobs and dead letters (the file
 * log is compacted), the verwijzers' conversation references, and expired channel moves.
 * Counts only: ids and contents are not for the logs.
 */
export async function purgeAllExpired(kept: Retained, clock: Clock, retentionDays: number): Promise<SweepResult> {
  const cutoff = retentionCutoff(clock, retentionDays);
  const parts: Record<SweepPart, () => Promise<number>> = {
    dossiers: async () => {
      const purged = await kept.store.purgeOlderThan(cutoff);
      for (const id of purged) await kept.cards?.delete(id);
      return purged.length;
    },
    jobs: () => kept.outbox.purgeOlderThan(cutoff),
    references: () => kept.references.purgeOlderThan(cutoff),
    moves: async () => (await kept.moves?.purgeExpired(clock())) ?? 0,
  };
  const result: SweepResult = { purged: {}, failed: [] };
  for (const [part, purge] of Object.entries(parts) as [SweepPart, () => Promise<number>][]) {
    try {
      result.purged[part] = await purge();
    } catch (error) {
      result.failed.push({ part, error });
    }
  }
  return result;
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
