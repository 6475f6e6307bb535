import type { Activity } from 'botbuilder';
import { containsBsn } from '../privacy/bsn';

/**
 * Everything a person typed into one activity: the message text and every string or number
 * in a card submit (each input on its own, so two fields never join into one number).
 */
export function typedTexts(activity: Pick<Partial<Activity>, 'text' | 'value'>): string[] {
  const texts = typeof activity.text === 'string' ? [activity.text] : [];
  const stack: unknown[] = [activity.value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') texts.push(node);
    else if (typeof node === 'number') texts.push(String(node));
    else if (typeof node === 'object' && node !== null) stack.push(...Object.values(node as Record<string, unknown>));
  }
  return texts;
}

/**
 * The one check on every message, before any dialog reads it: a BSN typed anywhere (menu,
 * search, screening, aanmelding, the intake team's question) is refused and never stored.
 */
export function holdsBsn(activity: Pick<Partial<Activity>, 'text' | 'value'>): boolean {
  return typedTexts(activity).some(containsBsn);
}
