import type { Activity } from '../sdk';

type From = Activity['from'] | undefined;

/**
 * The verwijzer's stable id, the dossier's `verwijzer.teamsId`: the Entra object id in Teams
 * (the same in every chat), else the channel's user id. "Mijn aanmeldingen" and the status
 * notifications look dossiers up by it, so everyone must use this one function.
 */
export function verwijzerIdOf(from: From): string | undefined {
  const id = from?.aadObjectId?.trim() || from?.id?.trim();
  return id || undefined;
}

/** The display name Teams gives, if any. */
export function verwijzerNaamOf(from: From): string | undefined {
  return from?.name?.trim() || undefined;
}
