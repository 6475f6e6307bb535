import { fieldMeta, isAnswerField, ANSWER_SHAPE, type AnswerField } from '../../intake/screening/answers';
import type { Policy } from '../../intake/screening/policy';
import type { Activity } from '../sdk';
import type { Recognized } from '../shared/answerPrompt';
import { submitOf } from '../shared/submitOf';
import { explainRequest, foldText, matchChoice, parseWholeNumber, parseYesNoUnknown } from '../shared/typedAnswer';
import { fieldMessages, glossary, screeningMessages as msg } from './messages.nl';
import { choicesFor, decodeChoice, encodeChoice, MAX_TEXT_LENGTH, type AnswerValue } from './questions';
import { FieldSubmitValue } from './submits';

const NOTHING = new Set(['geen', 'niets', 'nvt', 'n v t', '']);

/** One turn at a question: a card submit or typed text → the answer, or a reply and a re-ask. */
export function recognizeAnswer(activity: Activity, field: AnswerField, policy: Policy): Recognized<AnswerValue> {
  const submit = submitOf(activity);
  if (submit) return recognizeSubmit(submit, field);
  const text = activity.text ?? '';
  const explain = explainRequest(text);
  if (explain) return retry(explanation(field, explain.topic, policy));
  return checked(field, text);
}

function recognizeSubmit(submit: Record<string, unknown>, field: AnswerField): Recognized<AnswerValue> {
  const keys = Object.keys(submit);
  // Some clients leave an empty Input.Text out of the submit.
  if (keys.length === 0 && fieldMeta(field).kind === 'text') return { ok: true, value: '' };
  if (!keys.includes(field)) return retry(keys.some(isAnswerField) ? msg.invalid.otherQuestion : msg.invalid.unusable);
  const raw = FieldSubmitValue.safeParse(submit[field]);
  if (keys.length !== 1 || !raw.success) return retry(msg.invalid.unusable);
  return checked(field, raw.data);
}

function checked(field: AnswerField, raw: FieldSubmitValue): Recognized<AnswerValue> {
  const value = coerce(field, raw);
  const parsed = value === undefined ? undefined : ANSWER_SHAPE[field].safeParse(value);
  if (parsed?.success) return { ok: true, value: parsed.data };
  return retry(invalidMessage(field));
}

function coerce(field: AnswerField, raw: FieldSubmitValue): AnswerValue | undefined {
  const meta = fieldMeta(field);
  switch (meta.kind) {
    case 'integer':
      return typeof raw === 'number' ? raw : typeof raw === 'string' ? parseWholeNumber(raw) : undefined;
    case 'text':
      return typeof raw === 'string' ? textAnswer(raw) : undefined;
    default: {
      if (typeof raw === 'number') return undefined;
      const choice = matchChoice(typeof raw === 'string' ? raw : encodeChoice(raw), choicesFor(field));
      return choice === undefined ? undefined : decodeChoice(field, choice);
    }
  }
}

/** Free text; "geen" or "weet ik niet" mean no interests given. Too long → undefined. */
function textAnswer(raw: string): string | undefined {
  const text = raw.trim();
  if (text.length > MAX_TEXT_LENGTH) return undefined;
  return NOTHING.has(foldText(text)) || parseYesNoUnknown(text) === 'onbekend' ? '' : text;
}

function invalidMessage(field: AnswerField): string {
  const meta = fieldMeta(field);
  if (meta.kind === 'integer') return msg.invalid.number(meta.min, meta.max, fieldMessages[field].unit ?? '');
  if (meta.kind === 'text') return msg.invalid.textTooLong(MAX_TEXT_LENGTH);
  const options = choicesFor(field).map((choice, i) => `${i + 1}. ${choice.label}`);
  return msg.invalid.choice(options.join(', '));
}

/** A named criterion ("uitleg schoolbaarheid") when known, else why this question is asked. */
function explanation(field: AnswerField, topic: string | undefined, policy: Policy): string {
  const term = topic ? glossary.find((entry) => entry.names.some((name) => topic === name || topic.includes(name))) : undefined;
  return term?.text ?? fieldMessages[field].why(policy);
}

function retry(reply: string): Recognized<AnswerValue> {
  return { ok: false, replies: [reply] };
}
