/**
 * Deterministic, rule-based reading of a verwijzer's free-text description of a client:
 * the fallback when there is no language model, and the check next to it when there is.
 * Only what the text clearly states is returned (precision over recall); every value is
 * validated with the screening's own field schemas. Pure: no I/O, no clock.
 */
import { ANSWER_SHAPE, type Answers } from '../screening/answers';
import {
  BEGELEIDING_RULES,
  INGESCHREVEN_MBO_RULES,
  LEERBEDRIJF_RULES,
  MOTIVATIE_RULES,
  SITUATIE_RULES,
  TAAL_RULES,
  UITKERING_RULES,
  WERKFIT_RULES,
  type FieldRules,
} from './enumRules.nl';
import { extractInteresses } from './interestRule';
import { extractLeeftijd, extractUrenPerWeek } from './numberRules';
import { extractOpleiding } from './opleidingRule';

export type RuleFields = Partial<Answers>;

/** Lower case, one kind of apostrophe and dash, single spaces. */
export function normalizeForRules(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function resolve<V>(lower: string, field: FieldRules<V>): V | undefined {
  const fired = field.rules.filter((r) => r.match.test(lower) && !(r.unless?.test(lower) ?? false)).map((r) => r.value);
  if (field.resolve === 'first') return fired[0];
  const distinct = [...new Set(fired)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** One reader per field, on the normalized text; the order is the order of the fields read. */
const READERS: { readonly [F in keyof Answers]?: (lower: string) => unknown } = {
  leeftijd: extractLeeftijd,
  situatie: (lower) => resolve(lower, SITUATIE_RULES),
  uitkering: (lower) => resolve(lower, UITKERING_RULES),
  opleiding: extractOpleiding,
  ingeschrevenMbo: (lower) => resolve(lower, INGESCHREVEN_MBO_RULES),
  taal: (lower) => resolve(lower, TAAL_RULES),
  motivatie: (lower) => resolve(lower, MOTIVATIE_RULES),
  werkfit: (lower) => resolve(lower, WERKFIT_RULES),
  urenPerWeek: extractUrenPerWeek,
  leerbedrijf: (lower) => resolve(lower, LEERBEDRIJF_RULES),
  begeleiding: (lower) => resolve(lower, BEGELEIDING_RULES),
  interesses: extractInteresses,
};

export function extractByRules(text: string): RuleFields {
  const lower = normalizeForRules(text);
  return keepValid(Object.fromEntries(Object.entries(READERS).map(([field, read]) => [field, read(lower)])));
}

/**
 * One field of a description by its own rules only: the screening's fallback for a typed
 * answer at that field's question. The same value extractByRules(text)[field] gives.
 */
export function fieldByRules<F extends keyof Answers>(text: string, field: F): Answers[F] | undefined {
  const read = READERS[field];
  return read && keepValid({ [field]: read(normalizeForRules(text)) })[field];
}

/** Keeps each defined value that passes its field schema (a guard against rule mistakes). */
export function keepValid(candidate: Record<string, unknown>): RuleFields {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(candidate)) {
    if (value === undefined || value === null || !Object.hasOwn(ANSWER_SHAPE, field)) continue;
    const parsed = ANSWER_SHAPE[field as keyof Answers].safeParse(value);
    if (parsed.success) out[field] = parsed.data;
  }
  return out;
}
