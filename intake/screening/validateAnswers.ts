import { ANSWER_FIELDS, ANSWER_SHAPE, Answers, Opleiding, describeAllowed, fieldMeta, isAnswerField } from './answers';
import { isStartkwalificatie } from './rules';

export interface AnswerError {
  /** The policy field name, or "(root)" when the input is not an object. */
  field: string;
  message: string;
  /** Human-readable description of what the field accepts. */
  allowed: string;
}

export type AnswersValidation = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

/**
 * Checks untrusted input (CLI stdin, stored state) against the answers contract.
 * Reports every problem at once, each naming its field, in table order; unknown keys last.
 */
export function validateAnswers(input: unknown): AnswersValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ field: '(root)', message: 'expected one JSON object with the answers', allowed: 'object' }],
    };
  }
  const record = withNotApplicableFields(input as Record<string, unknown>);
  const errors: AnswerError[] = [];
  for (const field of ANSWER_FIELDS) {
    const allowed = describeAllowed(fieldMeta(field));
    if (!Object.hasOwn(record, field)) {
      errors.push({ field, message: 'missing', allowed });
    } else if (!ANSWER_SHAPE[field].safeParse(record[field]).success) {
      errors.push({ field, message: `invalid value ${JSON.stringify(record[field]) ?? 'undefined'}`, allowed });
    }
  }
  for (const key of Object.keys(record).filter((k) => !isAnswerField(k))) {
    errors.push({ field: key, message: 'unknown field', allowed: `known fields: ${ANSWER_FIELDS.join(', ')}` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, answers: Answers.parse(record) };
}

/**
 * The policy asks startkwalificatieBruikbaar only after an mbo2plus or havo-vwo diploma and
 * ignores it otherwise, so for any other (valid) opleiding its absence is not an error.
 */
function withNotApplicableFields(record: Record<string, unknown>): Record<string, unknown> {
  const opleiding = Opleiding.safeParse(record.opleiding);
  if (
    opleiding.success &&
    !isStartkwalificatie(opleiding.data) &&
    !Object.hasOwn(record, 'startkwalificatieBruikbaar')
  ) {
    return { ...record, startkwalificatieBruikbaar: null };
  }
  return record;
}
