import { queryTokens, stem } from './normalize';

/**
 * Fields of work a verwijzer asks about that the knowledge base has no kwalificatie for. The
 * search does not stretch a typo to reach them ("dieren" is no "bieren"); it says honestly that
 * nothing fits and offers the nearest kwalificaties, lowest level first. Only crebos that exist
 * in `knowledge/data/kwalificaties.json` (a test checks that).
 */
export interface Gap {
  /** How the bot names the field in a sentence: "Over werk met dieren ...". */
  readonly onderwerp: string;
  /** Everyday words for the field; matched by stem. */
  readonly woorden: readonly string[];
  /** The nearest kwalificaties, best first. */
  readonly dichtbij: readonly string[];
}

export const GAPS: readonly Gap[] = [
  {
    onderwerp: 'werk met dieren',
    woorden: [
      'dier',
      'dieren',
      'dierverzorging',
      'dierverzorger',
      'dierenverzorger',
      'dierenverzorging',
      'dierenasiel',
      'dierenpension',
      'dierenwinkel',
      'dierenspeciaalzaak',
      'dierentuin',
      'dierenarts',
      'kinderboerderij',
      'hond',
      'honden',
      'kat',
      'katten',
      'paard',
      'paarden',
      'manege',
      'vee',
      'koeien',
      'kippen',
    ],
    // Entree groen: outdoor work in the green sector, at the same green mbo schools
    dichtbij: ['25258'],
  },
];

const byStem = new Map(GAPS.flatMap((gap) => gap.woorden.map((w) => [stem(w), gap] as const)));

/**
 * The gap to name before the hits: the question names a field we have nothing for and the best
 * hit is one of its nearest kwalificaties ("dieren" → "for work with animals there is none; nearest: ...").
 */
export function gapBefore(query: string, bestKwalificatie: string | undefined): Gap | undefined {
  const gap = gapFor(query);
  return gap && bestKwalificatie && gap.dichtbij.includes(bestKwalificatie) ? gap : undefined;
}

/** The gap a question is about, if one of its words names it. */
export function gapFor(query: string): Gap | undefined {
  for (const token of queryTokens(query)) {
    const gap = byStem.get(stem(token));
    if (gap) return gap;
  }
  return undefined;
}

/** Every gap word, so the search knows them as words (no typo matching). */
export const gapWords = (): string[] => GAPS.flatMap((gap) => gap.woorden);
