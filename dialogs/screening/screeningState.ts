import { z } from 'zod';
import { ANSWER_FIELDS, Answers } from '../../intake/screening/answers';
import { Advice } from '../../intake/screening/screen';

/** A description's answers, shown for confirmation before they are used. */
export const Understood = z.object({ answers: Answers.partial(), source: z.enum(['llm', 'regels']) });
export type Understood = z.infer<typeof Understood>;

/** Begin options: pre-filled answers are not asked again; `understood` is confirmed first. */
export const ScreeningOptions = z.object({
  answers: Answers.partial().optional(),
  understood: Understood.optional(),
  /** The answers are those kept by "stop": say so when the screening goes on. */
  hervat: z.boolean().optional(),
  /** "wijzig <vraag>" after the advice: that answer until now, shown with its question ("Nu: 16 uur"). */
  nu: z.string().max(300).optional(),
});
export type ScreeningOptions = z.infer<typeof ScreeningOptions>;

/** What a completed screening ends with. Stopping after an early exclusion ends with no result. */
export const ScreeningOutcome = z.object({ answers: Answers, advice: Advice });
export type ScreeningOutcome = z.infer<typeof ScreeningOutcome>;

/** A screening stopped halfway: its answers so far, kept by the root to go on with later. */
export const ScreeningInProgress = z.object({ answers: Answers.partial() });
export type ScreeningInProgress = z.infer<typeof ScreeningInProgress>;

/**
 * The client's details (name, birth date, ...) typed at the first question of a screening that
 * runs inside an aanmelding: kept for the aanmelding's own confirmation, never used here.
 */
export const ClientDetails = z.object({
  values: z.record(z.string(), z.string().max(300)),
  source: z.enum(['llm', 'regels']),
});
export type ClientDetails = z.infer<typeof ClientDetails>;

/** Reads such a message (the aanmelding's reader): the details and, from a birth date, the age. */
export type ClientDetailsReader = (text: string) => Promise<{ details: ClientDetails; leeftijd?: number } | undefined>;

/** What the screening hands back beside its outcome when it ran inside an aanmelding. */
export const ScreeningHandOver = z.object({ clientDetails: ClientDetails.optional().catch(undefined) });

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
  clientDetails: ClientDetails.optional(),
});
export type ScreeningState = z.infer<typeof ScreeningState>;
