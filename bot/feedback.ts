import { z } from 'zod';

/**
 * Teams' feedback buttons (👍/👎 under a model-written answer) arrive as an invoke
 * `message/submitAction` with `{ actionName: "feedback", actionValue: { reaction, feedback } }`.
 * Only the reaction is counted; the typed feedback text is not kept anywhere (not in logs,
 * metrics or state), so it needs no redaction. Teams wants 200 with an empty object back.
 */
export const FEEDBACK_INVOKE = 'message/submitAction';

const FeedbackValue = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']) }).passthrough(),
});

export type Reaction = 'like' | 'dislike';

/** The reaction of a feedback invoke; undefined for anything else (still answered 200). */
export function feedbackReaction(value: unknown): Reaction | undefined {
  const parsed = FeedbackValue.safeParse(value);
  return parsed.success ? parsed.data.actionValue.reaction : undefined;
}
