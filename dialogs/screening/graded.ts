import type { AnswerField } from '../../intake/screening/answers';
import { gradeOf, type Grade } from '../shared/polarity';

/**
 * The choice (card value) per grade of a sentence, for the questions that ask whether the client
 * can or wants something. A grade without a choice here is asked again: *schoolbaar* has no
 * middle, so "soms" is not read there. *leerbaar* asks "eventueel met steun", so yes under a
 * condition is ja; the middle of *werkfit* is support ("met begeleiding"), not a mix ("soms").
 */
const CHOICE_BY_GRADE: Partial<Record<AnswerField, Partial<Record<Grade, string>>>> = {
  leerbaar: { yes: 'ja', no: 'nee', conditional: 'ja' },
  schoolbaar: { yes: 'ja', no: 'nee' },
  motivatie: { yes: 'ja', no: 'nee', conditional: 'twijfel', mixed: 'twijfel' },
  werkfit: { yes: 'ja', no: 'nee', conditional: 'met-begeleiding' },
  // "niet zo goed" may be beperkt or onvoldoende: not read
  taal: { yes: 'voldoende', conditional: 'beperkt', mixed: 'beperkt' },
  startkwalificatieBruikbaar: { yes: 'true', no: 'false' },
};

/** The last-resort reading of a whole sentence at such a question (a card value), to be confirmed. */
export function gradedChoice(field: AnswerField, text: string): string | undefined {
  const byGrade = CHOICE_BY_GRADE[field];
  if (!byGrade) return undefined;
  const grade = gradeOf(text);
  return grade === undefined ? undefined : byGrade[grade];
}

/** Where a yes under a condition is the middle choice, not a plain yes ("ja, mits er een jobcoach meegaat"). */
const CONDITION_IS_MIDDLE: ReadonlySet<AnswerField> = new Set(['werkfit', 'taal']);

/**
 * "gesprekken gaan prima, lezen niet": a word for one end ("prima") in a sentence that says
 * partly, or "ja, mits er een jobcoach meegaat" under a condition; the middle choice where the
 * question has one, to be confirmed.
 */
export function partlyChoice(field: AnswerField, text: string): string | undefined {
  const byGrade = CHOICE_BY_GRADE[field];
  const grade = gradeOf(text);
  if (grade === 'mixed') return byGrade?.mixed;
  return grade === 'conditional' && CONDITION_IS_MIDDLE.has(field) ? byGrade?.conditional : undefined;
}
