import { foldText } from './typedAnswer';

/** Corrections understood at every step of a flow. */
export type Navigation = { kind: 'back' } | { kind: 'edit'; name: string };

const BACK = new Set([
  'terug',
  'vorige',
  'vorige vraag',
  'ga terug',
  'een vraag terug',
  'stap terug',
  'een stap terug',
]);
export const EDIT_VERB = /^(?:wijzig|wijzigen|verander|veranderen|aanpassen|pas aan|corrigeer)(?:\s+(.*))?$/;

/** "terug" → back; "wijzig leeftijd" → edit "leeftijd" (name empty when only the verb was typed). */
export function navigationOf(text: string): Navigation | undefined {
  const folded = foldText(text);
  if (BACK.has(folded)) return { kind: 'back' };
  const edit = EDIT_VERB.exec(folded);
  return edit ? { kind: 'edit', name: edit[1] ?? '' } : undefined;
}
