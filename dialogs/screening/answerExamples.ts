import { z } from 'zod';
import type { AnswerField } from '../../intake/screening/answers';
import { NEGATIONS, withChatSpellings } from '../shared/meaning';
import { foldText } from '../shared/typedAnswer';
import examplesFile from './answerExamples.nl.json' with { type: 'json' };

/**
 * The last reading of a typed answer, after every rule: how verwijzers phrased answers in the
 * held-out sets (answerExamples.nl.json, `npm run examples`). A phrasing close enough to the
 * examples of one choice, and clearly closer than to any other, is a guess, confirmed before it
 * counts. Likeness is the cosine of rare words and word pairs weighed up (tf-idf).
 */
export const AnswerExample = z.object({ field: z.string(), typed: z.string().min(1), choice: z.string() }).strict();
export type AnswerExample = z.infer<typeof AnswerExample>;

/**
 * Chosen on sets 1-41, each set read with only the others as examples: 99% of the guesses right
 * (2,509 of 2,526), and 29 of the 81 answers that the rules missed at first sight found, 1 wrong.
 */
const LIKENESS = 0.3;
const LEAD = 0.1;
/** "wil niet" is no "wil": a phrasing is only compared with examples that deny as it does. */
const DENIES = new RegExp(`\\b(?:${[...NEGATIONS, 'nee'].join('|')})\\b`);

interface Phrasing {
  choice: string;
  denies: boolean;
  weights: Map<string, number>;
  length: number;
}

export interface ExampleReader {
  /** The card value whose examples `text` is most like at `field`, or undefined. */
  choiceLike(field: AnswerField, text: string): string | undefined;
}

export function createExampleReader(examples: readonly AnswerExample[]): ExampleReader {
  const termsOf = examples.map((example) => terms(folded(example.typed)));
  const documents = new Map<string, number>();
  for (const list of termsOf) for (const term of new Set(list)) documents.set(term, (documents.get(term) ?? 0) + 1);
  const rarity = (term: string): number => Math.log((examples.length + 1) / ((documents.get(term) ?? 0) + 1));
  const vector = (list: readonly string[]): Pick<Phrasing, 'weights' | 'length'> => {
    const weights = new Map<string, number>();
    for (const term of list) weights.set(term, (weights.get(term) ?? 0) + rarity(term));
    return { weights, length: Math.hypot(...weights.values()) || 1 };
  };
  const byField = new Map<string, Phrasing[]>();
  examples.forEach((example, i) => {
    const phrasings = byField.get(example.field) ?? [];
    phrasings.push({ choice: example.choice, denies: DENIES.test(folded(example.typed)), ...vector(termsOf[i]!) });
    byField.set(example.field, phrasings);
  });
  return {
    choiceLike(field, text) {
      const typed = folded(text);
      const asked = vector(terms(typed));
      const denies = DENIES.test(typed);
      const best = new Map<string, number>();
      for (const phrasing of byField.get(field) ?? []) {
        if (phrasing.denies !== denies) continue;
        const likeness = cosine(asked, phrasing);
        if (likeness > (best.get(phrasing.choice) ?? 0)) best.set(phrasing.choice, likeness);
      }
      const [first, second] = [...best].sort((a, b) => b[1] - a[1]);
      if (!first || first[1] < LIKENESS || (second && first[1] - second[1] < LEAD)) return undefined;
      return first[0];
    },
  };
}

/** Folded as the other readings fold it, chat spellings too ("wil neet" denies). */
function folded(text: string): string {
  return withChatSpellings(foldText(text));
}

/** Words and word pairs: "is er voor in" shares "er_voor" and "voor_in" with "ze is er wel voor in". */
function terms(folded: string): string[] {
  const words = folded.split(' ').filter(Boolean);
  return [...words, ...words.slice(1).map((word, i) => `${words[i]}_${word}`)];
}

function cosine(a: Pick<Phrasing, 'weights' | 'length'>, b: Pick<Phrasing, 'weights' | 'length'>): number {
  let sum = 0;
  for (const [term, weight] of a.weights) sum += weight * (b.weights.get(term) ?? 0);
  return sum / (a.length * b.length);
}

let bundled: ExampleReader | undefined;
const bundledReader = (): ExampleReader =>
  (bundled ??= createExampleReader(z.array(AnswerExample).parse(examplesFile)));

/** The reader over the bundled examples. */
export function choiceByExample(field: AnswerField, text: string): string | undefined {
  return bundledReader().choiceLike(field, text);
}

/** Builds the reader before the first answer that needs it (about 0.1 s), as the search index is warmed. */
export function warmExampleReader(): void {
  bundledReader();
}
