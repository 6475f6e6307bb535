import { adviceBasis } from '../../intake/screening/adviceBasis';
import type { Answers } from '../../intake/screening/answers';
import type { Policy } from '../../intake/screening/policy';
import type { Advice } from '../../intake/screening/screen';
import { glossary, screeningMessages as msg } from './messages.nl';

/** A policy term the verwijzer asks about ("wat bedoel je met leerbaarheid?"), from the glossary. */
export function glossaryText(topic: string | undefined): string | undefined {
  if (!topic) return undefined;
  return glossary.find((entry) => entry.names.some((name) => topic === name || topic.includes(name)))?.text;
}

/**
 * "waarom?" about an advice: the advice and every reason the policy gave for it. A kansrijk
 * advice has no reasons against: then the conditions that were met, as on the advice card.
 */
export function adviceReasons(
  advice: Advice | undefined,
  answers: Partial<Answers>,
  policy: Policy,
): string | undefined {
  if (!advice) return undefined;
  const reasons = advice.redenen.map((r) => `• ${r.uitleg}`);
  const voldaan = adviceBasis(advice, answers, policy).voldaan;
  const met = reasons.length === 0 && voldaan.length ? [msg.result.criteriaIntro, ...voldaan.map((v) => `• ${v}`)] : [];
  return [msg.why.advice(msg.result.advies[advice.advies]), ...reasons, ...met, msg.why.changeHint].join('\n\n');
}
