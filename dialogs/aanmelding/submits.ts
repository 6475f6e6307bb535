import { z } from 'zod';

/**
 * Shapes of card submits, parsed with zod where they enter. Teams sends every input value as
 * a string; native numbers and booleans (other clients, tests) are accepted and read as text.
 */
const InputValue = z.union([z.string().max(5000), z.number(), z.boolean(), z.null()]);

/** A question card: input ids (checked against the card by the recognizer) and their values. */
export const QuestionSubmit = z.record(z.string(), InputValue);
export type QuestionSubmit = z.infer<typeof QuestionSubmit>;

/** The review card: send, keep as concept, or change the chosen part. */
export const ReviewSubmit = z.strictObject({
  actie: z.enum(['versturen', 'concept', 'wijzig']),
  wijzig: z.string().max(100).optional(),
  /** The "onthoud mijn gegevens" toggle, shown once the verwijzer said "vergeet" in this round. */
  onthouden: z.union([z.enum(['true', 'false']), z.boolean()]).optional(),
});
export type ReviewSubmit = z.infer<typeof ReviewSubmit>;
