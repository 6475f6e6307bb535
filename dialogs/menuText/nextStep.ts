import { FLOW } from '../flows';
import type { ResolvedHit } from '../werkprocessen/viewContent';

export type NextFlow = typeof FLOW.screening | typeof FLOW.werkprocessen | typeof FLOW.aanmelding;
/** A flow that answers questions typed in its middle: its button after the answer goes on with it. */
export type OpenFlow = typeof FLOW.screening | typeof FLOW.aanmelding;

export function openFlowOf(flow: string | undefined): OpenFlow | undefined {
  return flow === FLOW.screening || flow === FLOW.aanmelding ? flow : undefined;
}

/**
 * The step a verwijzer most likely takes after reading an answer: procedure topics lead to
 * the aanmelding, topics about choosing work to the werkprocessen, questions about the scheme
 * itself ("wat is…", "voor wie", "wat levert het op") to the screening of a client.
 */
const BY_TOPIC: Record<string, NextFlow> = {
  aanmelden: FLOW.aanmelding,
  'inclusieve-adviesfunctie': FLOW.aanmelding,
  'derde-leerweg': FLOW.aanmelding,
  'erkend-leerbedrijf': FLOW.aanmelding,
  'praktijkopleider-en-jobcoach': FLOW.aanmelding,
  'werkprocessen-kiezen': FLOW.werkprocessen,
  'werkprocessen-combineren': FLOW.werkprocessen,
};

export function nextStepFor(hit: ResolvedHit): NextFlow {
  if (hit.type !== 'onderwerp') return FLOW.werkprocessen;
  return BY_TOPIC[hit.onderwerp.id] ?? FLOW.screening;
}
