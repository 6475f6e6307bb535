import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createExampleReader, type AnswerExample, type ExampleReader } from '../../dialogs/screening/answerExamples';
import { encodeChoice } from '../../dialogs/screening/questions';
import type { AnswerField } from '../../intake/screening/answers';
import { answerExamplesFromHeldOut, answerExamplesIn, heldOutAnswerFiles } from '../../scripts/answerExamples';

const bundled = JSON.parse(
  readFileSync(new URL('../../dialogs/screening/answerExamples.nl.json', import.meta.url), 'utf8'),
) as unknown;
const sets = heldOutAnswerFiles().map(answerExamplesIn);

/** What `reader` guesses for `example`: 'none', 'right' or 'wrong'. */
function guessOf(reader: ExampleReader, example: AnswerExample): 'none' | 'right' | 'wrong' {
  const choice = reader.choiceLike(example.field as AnswerField, example.typed);
  return choice === undefined ? 'none' : choice === example.choice ? 'right' : 'wrong';
}

describe('typed answers read by likeness to the held-out sets (the last reading, confirmed)', () => {
  it('bundles the examples of every held-out set (`npm run examples` after a first measurement)', () => {
    expect(bundled).toEqual(answerExamplesFromHeldOut());
    expect(sets.length).toBeGreaterThanOrEqual(41);
  });

  it('guesses a set it has not seen rightly: each set read with only the others as examples', () => {
    const counts = { none: 0, right: 0, wrong: 0 };
    sets.forEach((set, i) => {
      const others = createExampleReader(sets.filter((_, j) => j !== i).flat());
      for (const example of set) counts[guessOf(others, example)] += 1;
    });
    // a guess is confirmed before it counts; still, nearly all must be right
    expect(counts.right / (counts.right + counts.wrong)).toBeGreaterThan(0.98);
    expect(counts.right).toBeGreaterThan(counts.none);
  });

  it('finds answers the rules missed at first sight, with only the sets written before as examples', () => {
    const Miss = z.object({ set: z.number(), field: z.string(), typed: z.string(), expected: z.unknown() });
    const misses = z
      .array(Miss)
      .parse(JSON.parse(readFileSync(new URL('../heldout/firstSightMisses.json', import.meta.url), 'utf8')));
    const counts = { none: 0, right: 0, wrong: 0 };
    const readers = sets.map((_, i) => createExampleReader(sets.slice(0, i).flat()));
    for (const miss of misses) {
      if (typeof miss.expected === 'number' || (typeof miss.expected === 'object' && miss.expected !== null)) continue;
      const example = { field: miss.field, typed: miss.typed, choice: encodeChoice(miss.expected as string) };
      counts[guessOf(readers[miss.set - 1]!, example)] += 1;
    }
    expect(counts.right).toBeGreaterThanOrEqual(25);
    expect(counts.wrong).toBeLessThanOrEqual(1);
  });

  const reader = createExampleReader([
    { field: 'motivatie', typed: 'ze wil het echt graag', choice: 'ja' },
    { field: 'motivatie', typed: 'ze wil het echt niet', choice: 'nee' },
    { field: 'inkomen', typed: 'leeft van zijn spaargeld', choice: 'anders' },
  ]);

  it('compares a denial only with denials, and an answer only with its own question', () => {
    expect(reader.choiceLike('motivatie', 'wil het echt graag')).toBe('ja');
    expect(reader.choiceLike('motivatie', 'wil het echt niet')).toBe('nee');
    expect(reader.choiceLike('motivatie', 'wil het echt graag, niet twijfelen')).not.toBe('ja');
    expect(reader.choiceLike('leerbaar', 'wil het echt graag')).toBeUndefined();
    expect(reader.choiceLike('inkomen', 'leeft van haar spaargeld')).toBe('anders');
  });

  it('guesses nothing from a common word alone or from a text that is like nothing', () => {
    expect(reader.choiceLike('motivatie', 'ze')).toBeUndefined();
    expect(reader.choiceLike('motivatie', 'de bus komt om tien uur')).toBeUndefined();
    expect(reader.choiceLike('motivatie', '')).toBeUndefined();
  });
});
