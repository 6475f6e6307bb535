import { ANSWER_SHAPE, Answers, fieldMeta, type AnswerField } from '../../intake/screening/answers';
import { isStartkwalificatie } from '../../intake/screening/rules';
import type { Choice } from '../shared/typedAnswer';
import { fieldMessages } from './messages.nl';

/** Answers collected so far; JSON-safe, kept in dialog state. */
export type Draft = Partial<Answers>;
export type AnswerValue = Answers[AnswerField];

/** Upper bound for the free-text answer (interesses), on the card and for typed text. */
export const MAX_TEXT_LENGTH = 500;

/**
 * Question order: what can exclude a candidate first (so the dialog can stop early),
 * then what decides between the other advices, then practical matters.
 */
export const QUESTION_ORDER: readonly AnswerField[] = [
  'leeftijd',
  'situatie',
  'ingeschrevenMbo',
  'opleiding',
  'startkwalificatieBruikbaar',
  'motivatie',
  'leerbaar',
  'schoolbaar',
  'werkfit',
  'taal',
  'urenPerWeek',
  'uitkering',
  'inkomen',
  'leerbedrijf',
  'begeleiding',
  'interesses',
];

/** startkwalificatieBruikbaar only matters after a startkwalificatie; otherwise it is not asked. */
export function isApplicable(field: AnswerField, draft: Draft): boolean {
  if (field !== 'startkwalificatieBruikbaar') return true;
  return draft.opleiding !== undefined && isStartkwalificatie(draft.opleiding);
}

export function applicableFields(draft: Draft): AnswerField[] {
  return QUESTION_ORDER.filter((field) => isApplicable(field, draft));
}

export function nextField(draft: Draft): AnswerField | undefined {
  return applicableFields(draft).find((field) => draft[field] === undefined);
}

/** Position of a question among the questions that apply, for "Vraag 3 van 15". */
export function progressOf(field: AnswerField, draft: Draft): { number: number; total: number } {
  const fields = applicableFields(draft);
  return { number: fields.indexOf(field) + 1, total: fields.length };
}

/** Keeps only pre-filled answers that are valid, so invalid ones are simply asked. */
export function draftFrom(prefill: unknown): Draft {
  if (typeof prefill !== 'object' || prefill === null) return {};
  const draft: Record<string, unknown> = {};
  for (const field of QUESTION_ORDER) {
    const parsed = ANSWER_SHAPE[field].safeParse((prefill as Record<string, unknown>)[field]);
    if (parsed.success) draft[field] = parsed.data;
  }
  return draft;
}

export function withAnswer(draft: Draft, field: AnswerField, value: AnswerValue): Draft {
  return { ...draft, [field]: value };
}

/** Removes an answer (and what depends on it) so the question loop asks it again. */
export function withoutAnswer(draft: Draft, field: AnswerField): Draft {
  const rest: Draft = { ...draft };
  delete rest[field];
  if (field === 'opleiding') delete rest.startkwalificatieBruikbaar;
  return rest;
}

/** The complete answers; startkwalificatieBruikbaar is null when it does not apply. */
export function toAnswers(draft: Draft): Answers {
  const bruikbaar = isApplicable('startkwalificatieBruikbaar', draft) ? draft.startkwalificatieBruikbaar : null;
  return Answers.parse({ ...draft, startkwalificatieBruikbaar: bruikbaar });
}

/** The options of a choice question, in card order; values are what a card submits. */
export function choicesFor(field: AnswerField): Choice[] {
  return Object.entries(fieldMessages[field].choices ?? {}).map(([value, label]) => ({ value, label }));
}

/** Card value (always a string) to the answer's own type. */
export function decodeChoice(field: AnswerField, value: string): AnswerValue {
  const kind = fieldMeta(field).kind;
  if (kind === 'boolean' || kind === 'nullable-boolean') return value === 'null' ? null : value === 'true';
  return value;
}

/** The card value of an answer, e.g. true → "true", null → "null". */
export function encodeChoice(value: AnswerValue): string {
  return value === null ? 'null' : String(value);
}
