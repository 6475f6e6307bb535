import type { AnswerField } from '../../intake/screening/answers';
import { datesIn } from '../../intake/prefill/dutchDates';
import { extractByRules } from '../../intake/prefill/ruleExtractor';
import type { Policy } from '../../intake/screening/policy';
import { screen, screenEarly } from '../../intake/screening/screen';
import { recognizePrefill, understoodCard } from '../prefill/understood';
import { recordCard } from '../shared/adaptiveCard';
import { cardActivity } from '../shared/cardActivity';
import type { Step, StepResult } from '../shared/flowStep';
import { confirmCard, displayValue, questionCard, summaryCard, summaryRecord } from './cards';
import { fieldMessages, screeningMessages as msg } from './messages.nl';
import { progressOf, toAnswers, withAnswer, withoutAnswer, type AnswerValue } from './questions';
import { submitOf } from '../shared/submitOf';
import { flowMessages } from '../shared/messages.nl';
import { parseYesNoUnknown } from '../shared/meaning';
import { recognizeAnswer } from './recognizeAnswer';
import { recognizeEarlyStop } from './recognizeEarlyStop';
import { recognizeSummary } from './recognizeSummary';
import { earlyStopCard, resultCard } from './resultCard';
import type { ClientDetailsReader, ScreeningOutcome, ScreeningState } from './screeningState';

/** A description gives at least this many answers; fewer is just a (wrong) answer. */
const MIN_DESCRIBED_FIELDS = 2;

type Result = StepResult<ScreeningState>;

/**
 * One policy question as a card. At the very first question a typed description of the
 * client ("cliënt van 34, geen diploma, 20 uur") is recognised too, to confirm and use.
 */
export function questionStep(
  field: AnswerField,
  _policy: Policy,
  readClientDetails?: ClientDetailsReader,
): Step<ScreeningState> {
  return {
    id: field,
    freeText: field === 'interesses',
    render: (state) => cardActivity(questionCard(field, progressOf(field, state.answers))),
    recognize: async (activity, state): Promise<Result> => {
      if (Object.keys(state.answers).length === 0 && activity.text && !activity.value) {
        const described = extractByRules(activity.text);
        if (Object.keys(described).length >= MIN_DESCRIBED_FIELDS) {
          return { kind: 'answered', state: { ...state, understood: { answers: described, source: 'regels' } } };
        }
      }
      const recognized = recognizeAnswer(activity, field);
      // A birth date is an age, but in an aanmelding it may come with the client's name: keep both
      if (!recognized.ok || (activity.text && datesIn(activity.text).length > 0)) {
        const kept = await keptClientDetails(activity, state, readClientDetails);
        if (kept) return kept;
        if (!recognized.ok) return { kind: 'retry', replies: recognized.replies };
      }
      const { value, sure } = recognized.value;
      if (!sure) return { kind: 'answered', state: { ...state, unsure: { field, value } } };
      return answeredWith(state, field, value);
    },
  };
}

/**
 * Inside an aanmelding, the first typed message may be the client's details ("Ahmed Benali,
 * geboren 12-05-1981, Tilburg, 06-…") rather than an answer: they are kept for the aanmelding,
 * which shows them to confirm after the screening; a birth date answers the age now.
 */
async function keptClientDetails(
  activity: { text?: string; value?: unknown },
  state: ScreeningState,
  read: ClientDetailsReader | undefined,
): Promise<Result | undefined> {
  if (!read || state.clientDetails || Object.keys(state.answers).length > 0) return undefined;
  if (!activity.text || activity.value != null) return undefined;
  const found = await read(activity.text);
  if (!found) return undefined;
  const kept = { ...state, clientDetails: found.details };
  if (found.leeftijd === undefined) return { kind: 'answered', state: kept, replies: [msg.clientDetails.kept] };
  const answered = answeredWith(kept, 'leeftijd', found.leeftijd);
  return { ...answered, replies: [msg.clientDetails.keptWithAge(found.leeftijd)] };
}

function answeredWith(state: ScreeningState, field: AnswerField, value: AnswerValue): Result {
  const { unsure: _, ...rest } = state;
  const record = recordCard(fieldMessages[field].question, [[fieldMessages[field].label, displayValue(field, value)]]);
  return { kind: 'answered', state: { ...rest, answers: withAnswer(state.answers, field, value) }, record };
}

/**
 * A typed answer that was only nearly recognised: "Bedoel je …?" Yes keeps it; anything else is read as a new
 * answer.
 */
export function confirmStep(policy: Policy): Step<ScreeningState> {
  return {
    id: 'confirm',
    render: (state) => cardActivity(confirmCard(displayValue(state.unsure!.field, state.unsure!.value))),
    recognize: (activity, state) => {
      const { field, value } = state.unsure!;
      const yesNo = submitOf(activity)?.bevestig ?? parseYesNoUnknown(activity.text ?? '');
      if (yesNo === 'ja') return answeredWith(state, field, value);
      const { unsure: _, ...rest } = state;
      if (yesNo === 'nee' || !activity.text) return { kind: 'answered', state: rest, replies: [msg.unsure.again] };
      return questionStep(field, policy).recognize(activity, rest);
    },
  };
}

/** What a free-text description gave: used only when the verwijzer confirms it. */
export function prefillStep(): Step<ScreeningState> {
  return {
    id: 'prefill',
    render: (state) => cardActivity(understoodCard(state.understood!)),
    recognize: (activity, state): Result => {
      const recognized = recognizePrefill(activity);
      if (!recognized.ok) return { kind: 'retry', replies: recognized.replies };
      const { understood, ...rest } = state;
      const answers = recognized.value ? { ...understood?.answers, ...state.answers } : state.answers;
      return { kind: 'answered', state: { ...rest, answers } };
    },
  };
}

/** A certain exclusion before all questions are answered: go on, or stop with this advice. */
export function earlyStopStep(policy: Policy): Step<ScreeningState> {
  return {
    id: 'earlyStop',
    render: (state) => cardActivity(earlyStopCard(screenEarly(state.answers, policy)!, state.answers, policy)),
    recognize: (activity, state): Result => {
      const recognized = recognizeEarlyStop(activity);
      if (!recognized.ok) return { kind: 'retry', replies: recognized.replies };
      if (recognized.value === 'doorgaan') return { kind: 'answered', state: { ...state, offerEarlyStop: false } };
      return { kind: 'end', result: undefined, replies: [msg.earlyStop.stopped] };
    },
  };
}

/** All answers: confirm (the advice card ends the flow), or pick one to change. */
export function summaryStep(policy: Policy): Step<ScreeningState> {
  return {
    id: 'summary',
    render: (state) => cardActivity(summaryCard(state.answers)),
    record: (state) => summaryRecord(state.answers),
    recognize: (activity, state): Result => {
      const recognized = recognizeSummary(activity, state.answers);
      if (!recognized.ok) return { kind: 'retry', replies: recognized.replies };
      const choice = recognized.value;
      const record = summaryRecord(state.answers);
      if (choice.kind === 'edit') {
        return {
          kind: 'answered',
          state: {
            answers: withoutAnswer(state.answers, choice.field),
            offerEarlyStop: false,
            clientDetails: state.clientDetails, // kept for the aanmelding
          },
          record,
          replies: [flowMessages.current(displayValue(choice.field, state.answers[choice.field]))],
        };
      }
      const answers = toAnswers(state.answers);
      const outcome: ScreeningOutcome = { answers, advice: screen(answers, policy) };
      const replies = [cardActivity(resultCard(outcome.advice, answers, policy))];
      const result = state.clientDetails ? { ...outcome, clientDetails: state.clientDetails } : outcome;
      return { kind: 'end', result, replies, record };
    },
  };
}
