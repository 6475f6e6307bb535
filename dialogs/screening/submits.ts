import { z } from 'zod';
import { ANSWER_FIELDS } from '../../intake/screening/answers';

/**
 * Shapes of card submits (Action.Submit data plus input values), parsed with zod where
 * they enter. Teams sends ChoiceSet / Number / Toggle values as strings; native values
 * (from other clients or tests) are accepted too.
 */
export const FieldSubmitValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type FieldSubmitValue = z.infer<typeof FieldSubmitValue>;

/** Summary card: "Klopt, toon advies" or "Wijzig gekozen antwoord" with the chosen field. */
export const SummarySubmit = z.strictObject({
  actie: z.enum(['bevestig', 'wijzig']),
  wijzig: z.union([z.enum(ANSWER_FIELDS as [string, ...string[]]), z.literal('')]).optional(),
});
export type SummarySubmit = z.infer<typeof SummarySubmit>;

/** Early-stop card: continue to record the full picture, or stop here. */
export const EarlyStopSubmit = z.strictObject({ vervolg: z.enum(['doorgaan', 'stoppen']) });
export type EarlyStopSubmit = z.infer<typeof EarlyStopSubmit>;
