import { isAnswerField, type AnswerField } from '../../intake/screening/answers';
import type { Activity } from '../sdk';
import type { Recognized } from '../shared/flowStep';
import { EDIT_VERB } from '../shared/navigation';
import { submitOf } from '../shared/submitOf';
import { foldText } from '../shared/typedAnswer';
import { fieldMessages, screeningMessages as msg } from './messages.nl';
import { applicableFields, type Draft } from './questions';
import { SummarySubmit } from './submits';

export type SummaryChoice = { kind: 'confirm' } | { kind: 'edit'; field: AnswerField };

const CONFIRM = new Set([
  'klopt',
  'ja',
  'ja klopt',
  'klopt toon advies',
  'toon advies',
  'advies',
  'bevestig',
  'akkoord',
  'ok',
  'oke',
]);

/** At the summary: confirm, or name one answer to change (button, list, "wijzig leeftijd", "wijzig 3"). */
export function recognizeSummary(activity: Activity, draft: Draft): Recognized<SummaryChoice> {
  const submit = submitOf(activity);
  if (submit) return fromSubmit(submit, draft);
  const text = foldText(activity.text ?? '');
  if (CONFIRM.has(text)) return { ok: true, value: { kind: 'confirm' } };
  const verb = EDIT_VERB.exec(text);
  const wanted = verb ? (verb[1] ?? '') : text;
  const field = wanted ? fieldNamed(wanted, applicableFields(draft)) : undefined;
  if (field) return { ok: true, value: { kind: 'edit', field } };
  return retry(verb ? msg.summary.whichField : msg.summary.notUnderstood);
}

function fromSubmit(submit: Record<string, unknown>, draft: Draft): Recognized<SummaryChoice> {
  const parsed = SummarySubmit.safeParse(submit);
  if (!parsed.success) return retry(msg.invalid.unusable);
  if (parsed.data.actie === 'bevestig') return { ok: true, value: { kind: 'confirm' } };
  const field = parsed.data.wijzig;
  if (!field || !isAnswerField(field) || !applicableFields(draft).includes(field)) return retry(msg.summary.whichField);
  return { ok: true, value: { kind: 'edit', field } };
}

/** "wijzig <name>" anywhere in the flow: an answered field by number, name or label. */
export function answeredFieldNamed(wanted: string, draft: Draft): AnswerField | undefined {
  return fieldNamed(
    foldText(wanted),
    applicableFields(draft).filter((field) => draft[field] !== undefined),
  );
}

/** By number in the summary, field name or label ("uren per week"), or a unique start ("uren"). */
function fieldNamed(wanted: string, fields: readonly AnswerField[]): AnswerField | undefined {
  if (/^\d+$/.test(wanted)) return fields[Number(wanted) - 1];
  const names = (field: AnswerField) => [foldText(fieldMessages[field].label), foldText(splitCamel(field))];
  const exact = fields.find((field) => names(field).includes(wanted));
  if (exact) return exact;
  const starts = fields.filter((field) => names(field).some((name) => wanted.length >= 3 && name.startsWith(wanted)));
  return starts.length === 1 ? starts[0] : undefined;
}

function splitCamel(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

function retry(reply: string): Recognized<SummaryChoice> {
  return { ok: false, replies: [reply] };
}
