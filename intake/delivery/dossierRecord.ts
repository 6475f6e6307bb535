import { PreIntakeDossier, StoredDossier, type StatusEntry } from '../dossier/dossier';
import { applyTransition, type Actor } from '../dossier/lifecycle';
import { DomainError } from '../errors';

/**
 * What both dossier stores share: nothing is written that could not be read back, and a
 * status change must be one the lifecycle allows. A record that cannot be read is put
 * aside (quarantined) by the store and reported through this listener, by id only.
 */
export type QuarantineListener = (dossierId: string) => void;

/** A status change: the role that causes it is required (the lifecycle checks it). */
export type StatusChange = StatusEntry & { door: Actor };

/** The dossier as it may be stored; throws DOSSIER_INVALID naming the fields (never their values). */
export function validForStore(dossier: PreIntakeDossier): PreIntakeDossier {
  const parsed = PreIntakeDossier.safeParse(dossier);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))];
  throw new DomainError('DOSSIER_INVALID', `dossier not stored, invalid: ${fields.join(', ')}`, fields);
}

/** The dossier after the change; throws TRANSITION_NOT_ALLOWED or DOSSIER_INVALID. */
export function changedDossier(dossier: PreIntakeDossier, change: StatusChange): PreIntakeDossier {
  const result = applyTransition(dossier, change);
  if (!result.ok) {
    const from = dossier.statusHistory.at(-1)!.status;
    const detail = `${from} -> ${change.status} by ${change.door}`;
    throw new DomainError('TRANSITION_NOT_ALLOWED', `status change not allowed: ${detail}`, [dossier.id, detail]);
  }
  return validForStore(result.dossier);
}

/** A stored record's text as a dossier, or undefined when it is not one (to be quarantined). */
export function readStoredDossier(text: string): PreIntakeDossier | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = StoredDossier.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
