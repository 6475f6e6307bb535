import { ToestemmingWijze } from '../../intake/dossier/dossier';
import type { Activity } from '../sdk';
import type { Recognized } from '../shared/flowStep';
import { submitOf } from '../shared/submitOf';
import { explainRequest, foldText } from '../shared/typedAnswer';
import type { RawAnswers } from './applyAnswers';
import { aanmeldingMessages as msg, groupMessages } from './messages.nl';
import { GROUPS, isFieldId, MAY_BE_EMPTY, type FieldId, type Question } from './questions';
import { QuestionSubmit } from './submits';

/** A turn at a question card: answers to check, or the wish to answer one field at a time. */
export type QuestionAnswer = { kind: 'answers'; raw: RawAnswers } | { kind: 'oneByOne' };

const NOTHING = new Set(['geen', 'niets', 'nee', 'nvt', 'n v t', 'geen opmerkingen', 'geen email', 'geen e mail']);

/**
 * Card submit or typed text → raw answers. Values are checked later (applyAnswers), so a
 * partly valid card keeps its valid part. Only a submit that does not fit the card is re-asked here.
 */
export function recognizeQuestion(activity: Activity, question: Question): Recognized<QuestionAnswer> {
  const submit = submitOf(activity);
  if (submit) return fromSubmit(submit, question);
  if (activity.value != null) return retry(msg.invalid.unusable); // a value that is no card submit
  const text = activity.text ?? '';
  if (explainRequest(text)) return retry(groupMessages[question.group].why);
  if (question.fields.includes('toestemming')) return typedConsent(text);
  const [only] = question.fields;
  if (only && question.fields.length === 1) return answers({ [only]: typedValue(only, text) });
  return { ok: true, value: { kind: 'oneByOne' } };
}

function fromSubmit(submit: Record<string, unknown>, question: Question): Recognized<QuestionAnswer> {
  const parsed = QuestionSubmit.safeParse(submit);
  if (!parsed.success) return retry(msg.invalid.unusable);
  const keys = Object.keys(parsed.data);
  // An older card of the same group (all its inputs) is fine; inputs of another card are not.
  const own: readonly string[] = GROUPS[question.group];
  if (keys.some((key) => !own.includes(key))) {
    return retry(
      keys.some((key) => isFieldId(key) || key === 'actie') ? msg.invalid.otherQuestion : msg.invalid.unusable,
    );
  }
  // Some clients leave empty inputs out of the submit: a shown input without a value is empty.
  const raw: RawAnswers = Object.fromEntries(question.fields.map((field) => [field, '']));
  for (const key of keys) raw[key as FieldId] = String(parsed.data[key] ?? '');
  return answers(raw);
}

/** "geen" for an e-mail address or opmerkingen means: nothing. */
function typedValue(field: FieldId, text: string): string {
  return MAY_BE_EMPTY.has(field) && NOTHING.has(foldText(text)) ? '' : text;
}

/** Typed at the consent card: "ja", "nee", "ja, mondeling", or just the manner ("schriftelijk"). */
function typedConsent(text: string): Recognized<QuestionAnswer> {
  const words = foldText(text).split(' ');
  const refused = words.some((w) => w === 'nee' || w === 'geen' || w === 'niet');
  const wijze = ToestemmingWijze.options.find((option) => words.includes(option));
  if (refused) return answers({ toestemming: 'false' });
  if (wijze) return answers({ toestemming: 'true', toestemmingWijze: wijze });
  if (words.includes('ja')) return answers({ toestemming: 'true' });
  return retry(msg.invalid.consentTyped);
}

function answers(raw: RawAnswers): Recognized<QuestionAnswer> {
  return { ok: true, value: { kind: 'answers', raw } };
}

function retry(reply: string): Recognized<QuestionAnswer> {
  return { ok: false, replies: [reply] };
}
