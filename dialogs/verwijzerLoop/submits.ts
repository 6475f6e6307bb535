import { z } from 'zod';
import { DossierId } from '../../intake/dossier/dossierId';
import { Outcome, OutcomeMoment } from '../../intake/dossier/lifecycle';

/**
 * The verwijzer's buttons on loop cards (the question, the invitation, the follow-up), sent as
 * Universal Actions (Action.Execute) from the personal chat. Inputs carry the dossier id in
 * their own id, so one card (Mijn aanmeldingen) can hold them for several dossiers.
 */
export const VERWIJZER_ACTION_KEY = 'verwijzerActie';

export const answerInputId = (dossierId: string) => `antwoord-${dossierId}`;
export const outcomeInputId = (dossierId: string) => `uitkomst-${dossierId}`;

export const VerwijzerAction = z.discriminatedUnion(VERWIJZER_ACTION_KEY, [
  z.object({ [VERWIJZER_ACTION_KEY]: z.literal('antwoord'), dossierId: DossierId }),
  z.object({ [VERWIJZER_ACTION_KEY]: z.literal('bij-gesprek'), dossierId: DossierId, komt: z.enum(['ja', 'nee']) }),
  z.object({ [VERWIJZER_ACTION_KEY]: z.literal('uitkomst'), dossierId: DossierId, moment: OutcomeMoment }),
]);
export type VerwijzerAction = z.infer<typeof VerwijzerAction>;
export type VerwijzerVerb = VerwijzerAction[typeof VERWIJZER_ACTION_KEY];

export { Outcome };

/** Is this card data meant as a verwijzer loop action at all? */
export function isVerwijzerActionValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && VERWIJZER_ACTION_KEY in value;
}

/** "Nee, het is een vraag aan jou": the typed text goes to the menu as a question, not offered again. */
export const NOT_AN_ANSWER_KEY = 'geenAntwoord';
