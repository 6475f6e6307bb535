import { z } from 'zod';
import { ANSWER_FIELDS, Answers } from '../../intake/screening/answers';
import { Advice } from '../../intake/screening/screen';

/** A description's answers, shown for confirmation before they are used. */
export const Understood = z.object({ answers: Answers.partial(), source: z.enum(['llm', 'regels']) });
export type Understood = z.infer<typeof Understood>;

/** Begin options: pre-filled answers are not asked again; `understood` is confirmed first. */
export const ScreeningOptions = z.object({ answers: Answers.partial().optional(), understood: Understood.optional() });
export type ScreeningOptions = z.infer<typeof ScreeningOptions>;

/** What a completed screening ends with. Stopping after an early exclusion ends with no result. */
export const ScreeningOutcome = z.object({ answers: Answers, advice: Advice });
export type ScreeningOutcome = z.infer<typeof ScreeningOutcome>;

/** Everything the screening carries between turns. */
export const ScreeningState = z.object({
  answers: Answers.partial(),
  /** Offer to stop once an exclusion is certain; off after "doorgaan" and after a change on the summary. */
  offerEarlyStop: z.boolean(),
  understood: Understood.optional(),
  /** A typed answer that was only nearly recognised, to confirm before it counts. */
  unsure: z
    .object({ field: z.enum(ANSWER_FIELDS), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) })
    .optional(),
});
export type ScreeningState = z.infer<typeof ScreeningState>;
