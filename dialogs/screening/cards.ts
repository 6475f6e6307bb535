import { fieldMeta, type AnswerField } from '../../intake/screening/answers';
import {
  adaptiveCard,
  cachedCards,
  recordCard,
  submitAction,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../shared/adaptiveCard';
import { fieldMessages, screeningMessages as msg } from './messages.nl';
import { applicableFields, choicesFor, encodeChoice, MAX_TEXT_LENGTH, type AnswerValue, type Draft } from './questions';

/** One question: its input's id is the policy field name, so the submit is { [field]: value }. Built once per place. */
export const questionCard = cachedCards(
  (field: AnswerField, progress: { number: number; total: number }) => `${field}:${progress.number}/${progress.total}`,
  buildQuestionCard,
);

function buildQuestionCard(field: AnswerField, progress: { number: number; total: number }): AdaptiveCard {
  const text = fieldMessages[field];
  return adaptiveCard(
    [
      textBlock(msg.progress(progress.number, progress.total), { isSubtle: true, size: 'Small' }),
      textBlock(text.question, { weight: 'Bolder', size: 'Medium' }),
      inputFor(field),
      textBlock(`**${msg.whyHeading}** ${text.hint}`, { isSubtle: true, size: 'Small' }),
      textBlock(msg.typeHint, { isSubtle: true, size: 'Small', spacing: 'None' }),
    ],
    [submitAction(msg.next, undefined, { style: 'positive' })],
  );
}

function inputFor(field: AnswerField): CardElement {
  const text = fieldMessages[field];
  const meta = fieldMeta(field);
  const common = { id: field, label: text.label };
  switch (meta.kind) {
    case 'integer':
      return {
        type: 'Input.Number',
        ...common,
        min: meta.min,
        max: meta.max,
        placeholder: text.placeholder,
        isRequired: true,
        errorMessage: msg.invalid.number(meta.min, meta.max, text.unit ?? ''),
      };
    case 'text':
      return { type: 'Input.Text', ...common, placeholder: text.placeholder, maxLength: MAX_TEXT_LENGTH };
    default:
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'expanded',
        isRequired: true,
        errorMessage: msg.choicePlaceholder,
        choices: choicesFor(field).map((choice) => ({ title: choice.label, value: choice.value })),
      };
  }
}

/** All answers, numbered, with a way to change one of them or to confirm. */
export function summaryCard(draft: Draft): AdaptiveCard {
  const fields = applicableFields(draft);
  const title = (field: AnswerField, i: number) => `${i + 1}. ${fieldMessages[field].label}`;
  return adaptiveCard(
    [
      textBlock(msg.summary.title, { weight: 'Bolder', size: 'Medium' }),
      textBlock(msg.summary.intro),
      { type: 'FactSet', facts: fields.map((f, i) => ({ title: title(f, i), value: displayValue(f, draft[f]) })) },
      {
        type: 'Input.ChoiceSet',
        id: 'wijzig',
        label: msg.summary.changeLabel,
        style: 'compact',
        placeholder: msg.summary.changePlaceholder,
        choices: fields.map((f, i) => ({ title: title(f, i), value: f })),
      },
      textBlock(msg.summary.typeHint, { isSubtle: true, size: 'Small' }),
    ],
    [
      submitAction(msg.summary.confirmButton, { actie: 'bevestig' }, { style: 'positive', associatedInputs: 'none' }),
      submitAction(msg.summary.changeButton, { actie: 'wijzig' }),
    ],
  );
}

/** The summary once confirmed or left for a change: the answers, read-only (it replaces the summary card). */
export function summaryRecord(draft: Draft): AdaptiveCard {
  const fields = applicableFields(draft);
  return recordCard(
    msg.summary.title,
    fields.map((f) => [fieldMessages[f].label, displayValue(f, draft[f])] as const),
  );
}

/** An answer as the verwijzer reads it: the choice label, "35 jaar", or "(leeg)". */
export function displayValue(field: AnswerField, value: AnswerValue | undefined): string {
  const text = fieldMessages[field];
  if (value === undefined || value === '') return msg.summary.empty;
  if (typeof value === 'number') return `${value} ${text.unit ?? ''}`.trim();
  return text.choices?.[encodeChoice(value)] ?? String(value);
}

/** "Bedoel je: Bijstand (Participatiewet)?" with yes / no; typing another answer works too. */
export function confirmCard(answer: string): AdaptiveCard {
  return adaptiveCard(
    [
      textBlock(msg.unsure.question(answer), { weight: 'Bolder' }),
      textBlock(msg.unsure.hint, { isSubtle: true, size: 'Small' }),
    ],
    [
      submitAction(msg.unsure.yes, { bevestig: 'ja' }, { style: 'positive' }),
      submitAction(msg.unsure.no, { bevestig: 'nee' }),
    ],
  );
}
