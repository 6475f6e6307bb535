import { z } from 'zod';
import type { Answers } from './answers';
import { ACTION_UITLEG, DISCLAIMER, REASON_UITLEG } from './explanations.nl';
import type { Policy } from './policy';
import { ACTIONS, ActionCode, ADVIES_PRIORITY, Advies, ReasonCode, RULES, type Rule } from './rules';

export { validateAnswers, type AnswerError, type AnswersValidation } from './validateAnswers';

/** The result of the `screen` contract. */
export const Advice = z.object({
  advies: Advies,
  redenen: z.array(z.object({ code: ReasonCode, uitleg: z.string() })),
  acties: z.array(z.object({ code: ActionCode, uitleg: z.string() })),
  disclaimer: z.string(),
});
export type Advice = z.infer<typeof Advice>;

/** Pure: every fired rule in table order, the advice by priority, the applicable to-dos. */
export function screen(answers: Answers, policy: Policy): Advice {
  const fired = RULES.filter((rule) => rule.fires(answers, policy));
  const acties = ACTIONS.filter((action) => action.applies(answers));
  return buildAdvice(fired, acties, policy);
}

/**
 * For a screening still in progress: when a rule that makes the candidate niet-toelaatbaar
 * already fires on the known answers, the advice is certain (nothing outranks it), so it is
 * returned with the reasons and to-dos known so far. Otherwise undefined.
 */
export function screenEarly(partial: Partial<Answers>, policy: Policy): Advice | undefined {
  const known = (fields: readonly (keyof Answers)[]) => fields.every((f) => partial[f] !== undefined);
  // Safe cast: a rule or action reads only its declared fields, which are all present here.
  const answers = partial as Answers;
  const fired = RULES.filter((rule) => known(rule.fields) && rule.fires(answers, policy));
  if (!fired.some((rule) => rule.outcome(policy) === 'niet-toelaatbaar')) return undefined;
  const acties = ACTIONS.filter((action) => known(action.fields) && action.applies(answers));
  return buildAdvice(fired, acties, policy);
}

function buildAdvice(fired: readonly Rule[], acties: typeof ACTIONS, policy: Policy): Advice {
  const advies = ADVIES_PRIORITY.find((level) => fired.some((rule) => rule.outcome(policy) === level)) ?? 'kansrijk';
  return {
    advies,
    redenen: fired.map((rule) => ({ code: rule.code, uitleg: REASON_UITLEG[rule.code](policy) })),
    acties: acties.map((action) => ({ code: action.code, uitleg: ACTION_UITLEG[action.code] })),
    disclaimer: DISCLAIMER,
  };
}
