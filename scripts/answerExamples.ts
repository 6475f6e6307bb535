import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { fieldMeta, isAnswerField, type AnswerField } from '../intake/screening/answers';
import type { AnswerExample } from '../dialogs/screening/answerExamples';
import { encodeChoice } from '../dialogs/screening/questions';

const HELD_OUT_DIR = new URL('../test/heldout/', import.meta.url);
const HeldOutAnswer = z.object({ field: z.string(), typed: z.string(), expected: z.unknown() });

/** The held-out sets' files, oldest first: "screeningAnswers.json" is set 1. */
export function heldOutAnswerFiles(): string[] {
  const number = (name: string): number => Number(/\d+/.exec(name)?.[0] ?? 1);
  return readdirSync(HELD_OUT_DIR)
    .filter((name) => /^screeningAnswers\d*\.json$/.test(name))
    .sort((a, b) => number(a) - number(b));
}

/** One set's typed answers at the choice questions, as examples (card values); numbers and free text are left out. */
export function answerExamplesIn(file: string): AnswerExample[] {
  const cases = z.array(HeldOutAnswer).parse(JSON.parse(readFileSync(new URL(file, HELD_OUT_DIR), 'utf8')));
  return cases.flatMap(({ field, typed, expected }) => {
    if (!isChoiceField(field)) return [];
    const value = z.union([z.string(), z.boolean(), z.null()]).safeParse(expected);
    return value.success ? [{ field, typed, choice: encodeChoice(value.data) }] : [];
  });
}

/** Every held-out set's examples, each phrasing once per field. */
export function answerExamplesFromHeldOut(): AnswerExample[] {
  const seen = new Set<string>();
  return heldOutAnswerFiles()
    .flatMap(answerExamplesIn)
    .filter((example) => {
      const key = `${example.field}\u0000${example.typed.toLowerCase()}`;
      return !seen.has(key) && seen.add(key);
    });
}

function isChoiceField(field: string): field is AnswerField {
  return isAnswerField(field) && ['enum', 'boolean', 'nullable-boolean'].includes(fieldMeta(field).kind);
}
