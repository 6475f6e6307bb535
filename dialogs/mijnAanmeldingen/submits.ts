import { z } from 'zod';
import { DossierId } from '../../intake/dossier/dossierId';
import { FLOW, MENU_SUBMIT_KEY } from '../flows';

/** What can be deleted: a stored dossier by id, or the concept kept in the session. */
export const DeleteTarget = z.union([DossierId, z.literal('concept')]);
export type DeleteTarget = z.infer<typeof DeleteTarget>;

/**
 * Delete and resend buttons are menu submits ({ menu: 'mijnAanmeldingen', ... }), so the root
 * starts this flow with them at any moment: `verwijder` asks for confirmation, `bevestig`
 * deletes, `opnieuw` sends a failed dossier again.
 */
export const DeleteSubmit = z.object({
  [MENU_SUBMIT_KEY]: z.literal(FLOW.mijnAanmeldingen),
  verwijder: DeleteTarget.optional(),
  bevestig: DeleteTarget.optional(),
  opnieuw: DossierId.optional(),
});
export type DeleteSubmit = z.infer<typeof DeleteSubmit>;

export type DeleteRequest = { kind: 'ask' | 'confirm'; target: DeleteTarget } | { kind: 'resend'; target: DossierId };

export function deleteRequestOf(value: unknown): DeleteRequest | undefined {
  const parsed = DeleteSubmit.safeParse(value);
  if (!parsed.success) return undefined;
  if (parsed.data.opnieuw) return { kind: 'resend', target: parsed.data.opnieuw };
  if (parsed.data.bevestig) return { kind: 'confirm', target: parsed.data.bevestig };
  if (parsed.data.verwijder) return { kind: 'ask', target: parsed.data.verwijder };
  return undefined;
}
