import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ANSWER_FIELDS, Answers, type AnswerField } from '../../intake/screening/answers';
import { extractByRules, fieldByRules } from '../../intake/prefill/ruleExtractor';

const Fixture = z.array(z.strictObject({ text: z.string().min(1), expected: Answers.partial() }));
const fixtures = Fixture.parse(
  JSON.parse(readFileSync(new URL('./fixtures/descriptions.json', import.meta.url), 'utf8')),
);

/** Interests are compared as sets of sector names; everything else by value. */
const sameValue = (field: AnswerField, a: unknown, b: unknown) =>
  field === 'interesses' ? String(a).split(', ').sort().join() === String(b).split(', ').sort().join() : a === b;

type Score = { predicted: number; expected: number; correct: number };

function score(): Map<AnswerField, Score> {
  const scores = new Map<AnswerField, Score>(ANSWER_FIELDS.map((f) => [f, { predicted: 0, expected: 0, correct: 0 }]));
  for (const { text, expected } of fixtures) {
    const got = extractByRules(text);
    for (const field of ANSWER_FIELDS) {
      const s = scores.get(field)!;
      if (got[field] !== undefined) s.predicted++;
      if (expected[field] !== undefined) s.expected++;
      if (got[field] !== undefined && expected[field] !== undefined && sameValue(field, got[field], expected[field]))
        s.correct++;
    }
  }
  return scores;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('extractByRules on the fixture descriptions', () => {
  const scores = score();
  const total = [...scores.values()].reduce(
    (t, s) => ({
      predicted: t.predicted + s.predicted,
      expected: t.expected + s.expected,
      correct: t.correct + s.correct,
    }),
    { predicted: 0, expected: 0, correct: 0 },
  );
  const precision = ratio(total.correct, total.predicted);
  const recall = ratio(total.correct, total.expected);

  it('reports field-level precision and recall', () => {
    const rows: {
      field: string;
      expected: number;
      predicted: number;
      correct: number;
      precision: string;
      recall: string;
    }[] = [...scores]
      .filter(([, s]) => s.predicted + s.expected > 0)
      .map(([field, s]) => ({
        field,
        expected: s.expected,
        predicted: s.predicted,
        correct: s.correct,
        precision: ratio(s.correct, s.predicted).toFixed(2),
        recall: ratio(s.correct, s.expected).toFixed(2),
      }));
    rows.push({ field: 'ALLE', ...total, precision: precision.toFixed(2), recall: recall.toFixed(2) });
    console.log(`Regels: ${fixtures.length} beschrijvingen, ${total.expected} verwachte velden`);
    console.table(rows);
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it('is precise (>= 0.9) and finds most fields (>= 0.7)', () => {
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });

  it('every value it returns is valid for its field', () => {
    for (const { text } of fixtures) expect(Answers.partial().safeParse(extractByRules(text)).success).toBe(true);
  });
});

describe('extractByRules on phrases it must not misread', () => {
  it.each([
    ['a duration is no age', 'Zit al 10 jaar thuis en heeft 30 jaar in de bouw gewerkt.', 'leeftijd'],
    ['a clock time is no hours per week', 'Kan om 7 uur beginnen en tot 16 uur blijven.', 'urenPerWeek'],
    ['a range of hours is unclear', 'Kan 16-20 uur per week.', 'urenPerWeek'],
    ['a range in words is unclear too', 'Kan tussen de 16 en 20 uur, of 12 of 16 uur.', 'urenPerWeek'],
    ['volunteering hours are no working hours', 'Doet 10 uur vrijwilligerswerk.', 'urenPerWeek'],
    ['"werkend leren" is no situation', 'Wil graag werkend leren.', 'situatie'],
    ['a past job is no interest', 'Werkte vroeger als chauffeur in de logistiek.', 'interesses'],
    ['a refused sector is no interest', 'Wil niet in de zorg werken.', 'interesses'],
    ['an unfinished course is no education', 'Is aan mbo 2 begonnen maar gestopt.', 'opleiding'],
    ['a course still wished for is no education', 'Wil graag een mbo 2 diploma halen.', 'opleiding'],
    ['two benefits are unclear', 'Had eerst WW, nu bijstand.', 'uitkering'],
    ['mixed motivation is unclear', 'Is gemotiveerd maar twijfelt over de uren.', 'motivatie'],
    ['"geen startkwalificatie" does not say which diploma', 'Heeft geen startkwalificatie.', 'opleiding'],
    [
      'a school abroad not finished is no foreign diploma',
      'Heeft in Irak het lyceum gedaan maar niet afgemaakt.',
      'opleiding',
    ],
    ['a level never finished is no education, nor none', 'Heeft mbo 2 nooit afgerond.', 'opleiding'],
    ['a jobcoach still to be arranged is not there yet', 'Een jobcoach moet nog geregeld worden.', 'begeleiding'],
  ])('%s', (_label, text, field) => {
    expect(extractByRules(text)).not.toHaveProperty(field);
  });

  it('reads the example sentence of the issue', () => {
    expect(
      extractByRules(
        'cliënt van 34, statushouder, participatiewet, geen diploma, wil in de zorg, 20 uur, taal nog lastig',
      ),
    ).toEqual({
      leeftijd: 34,
      uitkering: 'participatiewet',
      opleiding: 'geen',
      interesses: 'zorg',
      urenPerWeek: 20,
      taal: 'beperkt',
    });
  });

  it.each([
    ['Quinty (22) werkt al 3 jaar bij de Jumbo op de vis, vmbo-b diploma', { leeftijd: 22, situatie: 'werkend' }],
    ['Selina 27 jr, bijstand, geen diploma', { leeftijd: 27 }],
    ['Quinty 22 jaar werkt bij de supermarkt op de versafdeling', { leeftijd: 22 }],
    ['Meneer Haddou, 45, wajong, wil in een magazijn', { leeftijd: 45 }],
    ['Mw. de Wit (58), werkt sinds twee maanden in de schoonmaak', { leeftijd: 58, situatie: 'werkend' }],
  ])('reads a name with an age, and years at a job as working: "%s"', (text, expected) => {
    expect(extractByRules(text)).toMatchObject(expected);
  });

  it.each([
    'Werkt 20 uur per week bij de Action.',
    'Kan 16 uur, liefst in de ochtend.',
    'Werkte 20 jaar in de bouw, nu thuis.',
    'Zit 15 jaar thuis.',
  ])('hours or years right after the first word are no age: "%s"', (text) => {
    expect(extractByRules(text)).not.toHaveProperty('leeftijd');
  });

  it.each([
    ['Heeft de middelbare school in Pakistan afgerond.', 'buitenlands'],
    ['Deed in Ghana de hogeschool.', 'buitenlands'],
    ['Heeft een Eritrese middelbare school afgemaakt.', 'buitenlands'],
    ['Heeft nooit een diploma gehaald.', 'geen'],
    ['Heeft nergens een opleiding afgemaakt.', 'geen'],
  ])('reads a school in any country as a diploma from abroad, and never finishing as none: "%s"', (text, expected) => {
    expect(extractByRules(text).opleiding).toBe(expected);
  });

  it('takes the highest finished level', () => {
    expect(extractByRules('Heeft vmbo en daarna mbo 3 afgerond.').opleiding).toBe('mbo2plus');
  });

  it("one field by its own rules (the screening's fallback) reads what the whole description gives it", () => {
    const texts = [...fixtures.map((f) => f.text), 'zit in de bijstand', '32 uur, 4 dagen', 'mbo 2 afgebroken'];
    let read = 0;
    for (const text of texts) {
      const all = extractByRules(text);
      for (const field of ANSWER_FIELDS) {
        expect(fieldByRules(text, field), `${field} in "${text}"`).toEqual(all[field]);
        if (all[field] !== undefined) read++;
      }
    }
    expect(read).toBeGreaterThan(texts.length); // not trivially undefined
    expect(fieldByRules('zit in de bijstand', 'uitkering')).toBe('participatiewet');
    expect(fieldByRules('zit in de bijstand, 34 jaar', 'leerbaar')).toBeUndefined(); // no rules for it
  });
});
