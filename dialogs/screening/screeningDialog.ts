import type { AnswerField, Answers } from '../../intake/screening/answers';
import type { Policy } from '../../intake/screening/policy';
import { screen, screenEarly, type Advice } from '../../intake/screening/screen';
import { FLOW } from '../flows';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from '../sdk';
import { screeningMessages as msg } from './messages.nl';
import { cardActivity, earlyStopPrompt, isDescription, questionPrompt, summaryPrompt } from './prompts';
import { draftFrom, nextField, toAnswers, withAnswer, withoutAnswer, type AnswerValue, type Draft } from './questions';
import type { EarlyStopChoice } from './recognizeEarlyStop';
import type { SummaryChoice } from './recognizeSummary';
import { resultCard } from './resultCard';
import { prefillPrompt, type Understood } from '../prefill/prefillPrompt';

/**
 * Begin options: pre-filled answers are not asked again. `understood` (from a free-text
 * description) is first shown for confirmation and only used when the verwijzer agrees.
 */
export interface ScreeningOptions {
  answers?: Partial<Answers>;
  understood?: Understood;
}

/** What a completed screening ends with. Stopping after an early exclusion ends with no result. */
export interface ScreeningOutcome {
  answers: Answers;
  advice: Advice;
}

/** Internal: the question round is re-entered after each answer and after a change. */
interface RoundOptions {
  draft: Draft;
  offerEarlyStop: boolean;
}

/** Per-step memory of the waterfalls (step.values). */
interface StepMemory {
  draft?: Draft;
  asked?: AnswerField | typeof EARLY;
}

const MAIN = 'screening.main';
const START = 'screening.start';
const PREFILL = 'screening.prefill';
const ROUND = 'screening.round';
const QUESTION = 'screening.question';
const EARLY_STOP = 'screening.earlyStop';
const SUMMARY = 'screening.summary';
const EARLY = 'early';

function memory(step: WaterfallStepContext): StepMemory {
  return step.values as StepMemory;
}

/**
 * The guided screening: questions (skip logic, early stop) → summary with changes →
 * result card. Steps collect; the pure policy engine decides.
 */
export class ScreeningDialog extends ComponentDialog {
  constructor(private readonly policy: Policy) {
    super(FLOW.screening);
    this.addDialog(new WaterfallDialog(START, [this.confirmUnderstood.bind(this), this.begin.bind(this)]));
    this.addDialog(new WaterfallDialog(MAIN, [this.collect.bind(this), this.review.bind(this), this.finish.bind(this)]));
    this.addDialog(prefillPrompt(PREFILL));
    this.addDialog(new WaterfallDialog(ROUND, [this.ask.bind(this), this.keep.bind(this)]));
    this.addDialog(questionPrompt(QUESTION, policy));
    this.addDialog(earlyStopPrompt(EARLY_STOP, policy));
    this.addDialog(summaryPrompt(SUMMARY));
    this.initialDialogId = START;
  }

  private async confirmUnderstood(step: WaterfallStepContext<ScreeningOptions>): Promise<DialogTurnResult> {
    const { understood } = step.options ?? {};
    if (!understood || Object.keys(understood.answers).length === 0) return step.next(false);
    return step.beginDialog(PREFILL, understood);
  }

  private async begin(step: WaterfallStepContext<ScreeningOptions>): Promise<DialogTurnResult> {
    const { answers, understood } = step.options ?? {};
    const confirmed = step.result === true ? understood?.answers : undefined;
    return step.replaceDialog(MAIN, { answers: { ...confirmed, ...answers } });
  }

  private async collect(step: WaterfallStepContext<ScreeningOptions & { offerEarlyStop?: boolean }>) {
    const { answers, offerEarlyStop = true } = step.options;
    const round: RoundOptions = { draft: draftFrom(answers), offerEarlyStop };
    return step.beginDialog(ROUND, round);
  }

  private async review(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (isDescription(step.result)) {
      const understood: Understood = { answers: step.result.beschrijving, source: 'regels' };
      return step.replaceDialog(START, { understood } satisfies ScreeningOptions);
    }
    const draft = step.result as Draft | undefined;
    if (!draft) return step.endDialog();
    memory(step).draft = draft;
    return step.beginDialog(SUMMARY, { draft });
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as SummaryChoice;
    const draft = memory(step).draft!;
    if (choice.kind === 'edit') {
      return step.replaceDialog(MAIN, { answers: withoutAnswer(draft, choice.field), offerEarlyStop: false });
    }
    const answers = toAnswers(draft);
    const advice = screen(answers, this.policy);
    await step.context.sendActivity(cardActivity(resultCard(advice, answers, this.policy)));
    const outcome: ScreeningOutcome = { answers, advice };
    return step.endDialog(outcome);
  }

  /** One question per turn; first, once, the early stop when an exclusion is certain. */
  private async ask(step: WaterfallStepContext<RoundOptions>): Promise<DialogTurnResult> {
    const { draft, offerEarlyStop } = step.options;
    if (offerEarlyStop && screenEarly(draft, this.policy)) {
      memory(step).asked = EARLY;
      return step.beginDialog(EARLY_STOP, { draft });
    }
    const field = nextField(draft);
    if (!field) return step.endDialog(draft);
    memory(step).asked = field;
    return step.beginDialog(QUESTION, { field, draft });
  }

  private async keep(step: WaterfallStepContext<RoundOptions>): Promise<DialogTurnResult> {
    const { draft, offerEarlyStop } = step.options;
    const asked = memory(step).asked;
    if (asked === EARLY) return this.afterEarlyStop(step, step.result as EarlyStopChoice);
    if (isDescription(step.result)) return step.endDialog(step.result); // review() restarts with it
    if (!asked) return step.replaceDialog(ROUND, step.options); // not reached: ask() always records it
    return step.replaceDialog(ROUND, { draft: withAnswer(draft, asked, step.result as AnswerValue), offerEarlyStop });
  }

  private async afterEarlyStop(step: WaterfallStepContext<RoundOptions>, choice: EarlyStopChoice) {
    if (choice === 'doorgaan') return step.replaceDialog(ROUND, { draft: step.options.draft, offerEarlyStop: false });
    await step.context.sendActivity(msg.earlyStop.stopped);
    return step.endDialog();
  }
}
