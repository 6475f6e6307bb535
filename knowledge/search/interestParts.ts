import { queryTokens } from './normalize';

/**
 * A client's interests often name several things ("dieren en koken", "verkoop, versafdeling
 * vis"). Each part is looked up on its own, so one can be answered honestly ("over dieren vond
 * ik niets") while the other still gets suggestions.
 */

export interface InterestPart {
  /** The text to search. */
  readonly query: string;
  /** Its meaningful words, to name it to the user ("dieren" for "ze wil iets met dieren"). */
  readonly onderwerp: string;
}

const MAX_PARTS = 4;
const SEPARATORS = /\s*(?:[,;/+&\n]|\b(?:en|of|maar|ook|plus)\b)\s*/i;
/** "niveau 3", "mbo 2", "mbo-4", "entree": the level the verwijzer asks for. */
const LEVEL = /\b(?:niveau|mbo)[\s-]*([1-4])\b|\b(entree)\b/gi;

/** The highest level asked for in the text, or undefined when none is named. */
export function askedLevel(text: string): number | undefined {
  const levels = [...text.matchAll(LEVEL)].map((m) => (m[2] ? 1 : Number(m[1])));
  return levels.length > 0 ? Math.max(...levels) : undefined;
}

export function interestParts(...texts: readonly string[]): InterestPart[] {
  const parts = texts
    .flatMap((text) => text.replace(LEVEL, ' ').split(SEPARATORS))
    .map((query) => ({ query: query.trim(), onderwerp: queryTokens(query).join(' ') }))
    .filter((part) => part.onderwerp.length > 0);
  const unique = parts.filter((part, i) => parts.findIndex((p) => p.onderwerp === part.onderwerp) === i);
  return unique.slice(0, MAX_PARTS);
}
