import type { Policy } from '../../intake/screening/policy';
import { screenEarly } from '../../intake/screening/screen';
import { FLOW } from '../flows';
import type { FlowSpec, Step, StepResult } from '../shared/flowStep';
import { QuestionFlow, type QuestionFlowDeps } from '../shared/questionFlow';
import { isAnswerField } from '../../intake/screening/answers';
import { adviceReasons, glossaryText } from './explain';
import { displayValue } from './cards';
import { flowMessages } from '../shared/messages.nl';
import { fieldMessages, screeningMessages as msg } from './messages.nl';
import { draftFrom, nextField, withoutAnswer } from './questions';
import { answeredFieldNamed } from './recognizeSummary';
import {
  ScreeningState,
  type ClientDetailsReader,
  type ScreeningInProgress,
  type ScreeningOptions,
} from './screeningState';
import { confirmStep, earlyStopStep, prefillStep, questionStep, summaryStep } from './steps';

/** The screening as a flow: prefill to confirm → questions (skip logic, early stop) → summary → advice. */
export function screeningFlow(
  policy: Policy,
  readClientDetails?: ClientDetailsReader,
): FlowSpec<ScreeningState, ScreeningOptions> {
  const summary = summaryStep(policy);
  const earlyStop = earlyStopStep(policy);
  const prefill = prefillStep();
  return {
    id: FLOW.screening,
    state: ScreeningState,
    begin: (options): StepResult<ScreeningState> => {
      const understood =
        options.understood && Object.keys(options.understood.answers).length > 0 ? options.understood : undefined;
      const state: ScreeningState = { answers: draftFrom(options.answers), offerEarlyStop: true, understood };
      const answered = Object.keys(state.answers).length;
      const replies = [
        ...(options.hervat && answered > 0 ? [msg.resumed(answered)] : []),
        ...(options.nu ? [flowMessages.current(options.nu)] : []),
      ];
      return { kind: 'answered', state, replies };
    },
    open: (state): Step<ScreeningState> => {
      if (state.understood) return prefill;
      if (state.unsure) return confirmStep(policy);
      if (state.offerEarlyStop && screenEarly(state.answers, policy)) return earlyStop;
      const field = nextField(state.answers);
      return field ? questionStep(field, policy, readClientDetails) : summary;
    },
    edit: (state, name) => {
      const field = answeredFieldNamed(name, state.answers);
      if (!field) return undefined;
      // A change after all questions goes back to the summary; an early stop is not offered again.
      const offerEarlyStop = state.offerEarlyStop && nextField(state.answers) !== undefined;
      return { answers: withoutAnswer(state.answers, field), offerEarlyStop, clientDetails: state.clientDetails };
    },
    current: (before, after) => {
      const field = nextField(after.answers);
      const value = field && before.answers[field];
      return field && value !== undefined ? displayValue(field, value) : undefined;
    },
    // "stop" keeps the answers so far; "verder" or "screenen" goes on at the next open question.
    interrupted: (state): ScreeningInProgress | undefined =>
      Object.keys(state.answers).length > 0 ? { answers: state.answers } : undefined,
    explain: (state, stepId, topic) => glossaryText(topic) ?? (topic ? undefined : whyOf(state, stepId, policy)),
  };
}

/** "waarom?": why this question is asked; at the early stop, why the advice is certain. */
function whyOf(state: ScreeningState, stepId: string, policy: Policy): string | undefined {
  if (stepId === 'earlyStop') return adviceReasons(screenEarly(state.answers, policy), state.answers, policy);
  return isAnswerField(stepId) ? fieldMessages[stepId].why(policy) : undefined;
}

/** One dialog id for the whole screening; the engine runs the flow. */
export class ScreeningDialog extends QuestionFlow<ScreeningState, ScreeningOptions> {
  /** `readClientDetails`: inside an aanmelding, the client's details typed first are kept for it. */
  constructor(policy: Policy, deps: QuestionFlowDeps & { readClientDetails?: ClientDetailsReader } = {}) {
    super(screeningFlow(policy, deps.readClientDetails), deps);
  }
}
