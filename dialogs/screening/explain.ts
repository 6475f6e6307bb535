import type { Advice } from '../../intake/screening/screen';
import { glossary, screeningMessages as msg } from './messages.nl';

/** A policy term the verwijzer asks about ("wat bedoel je met leerbaarheid?"), from the glossary. */
export function glossaryText(topic: string | undefined): string | undefined {
  if (!topic) return undefined;
  return glossary.find((entry) => entry.names.some((name) => topic === name || topic.includes(name)))?.text;
}

/** "waarom?" about an advice: the advice and every reason the policy gave for it. */
export function adviceReasons(advice: Advice | undefined): string | undefined {
  if (!advice) return undefined;
  const reasons = advice.redenen.map((r) => `• ${r.uitleg}`);
  return [msg.why.advice(msg.result.advies[advice.advies]), ...reasons, msg.why.changeHint].join('\n\n');
}
