import type { Clock } from '../../intake/dossier/clock';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import type { IdGenerator } from '../../intake/dossier/dossierId';
import { finalizeDossier } from '../../intake/dossier/draft';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { Policy } from '../../intake/screening/policy';
import { FLOW } from '../flows';
import {
  ComponentDialog,
  WaterfallDialog,
  type Activity,
  type DialogInstance,
  type DialogTurnResult,
  type WaterfallStepContext,
} from '../sdk';
import { ScreeningDialog, type ScreeningOptions, type ScreeningOutcome } from '../screening';
import { applyAnswers, type Applied } from './applyAnswers';
import { draftInProgress } from './draftInProgress';
import {
  initialState,
  needsScreening,
  withNewScreening,
  type AanmeldingOptions,
  type AanmeldingOutcome,
  type FlowState,
} from './flowState';
import { aanmeldingMessages as msg, draftFieldLabels, problemMessage } from './messages.nl';
import { cardActivity, questionPrompt, reviewPrompt } from './prompts';
import { editTargets, focusFor, nextQuestion } from './questions';
import type { QuestionAnswer } from './recognizeQuestion';
import type { ReviewChoice } from './recognizeReview';
import { conceptCard, sentCard, type ReviewOptions } from './reviewCard';

export interface AanmeldingDeps {
  policy: Policy;
  teams: IntakeTeam[];
  clock: Clock;
  idGen: IdGenerator;
  /** Stores durably and enqueues (bot/: submitDossier); resolves only when durable. */
  submit(dossier: PreIntakeDossier, activity: Partial<Activity>): Promise<void>;
}

const START = 'aanmelding.start';
const FORM = 'aanmelding.form';
const ROUND = 'aanmelding.round';
const QUESTION = 'aanmelding.question';
const REVIEW = 'aanmelding.review';

/** Per-step memory of the form waterfall (step.values). */
interface FormMemory {
  screened?: boolean;
  state?: FlowState;
}

function memory(step: WaterfallStepContext): FormMemory {
  return step.values as FormMemory;
}

/**
 * "Aanmelding voorbereiden": screening if needed → the cards for what is missing → review
 * with changes → send (only with consent) or keep as concept. Steps collect; intake decides.
 */
export class AanmeldingDialog extends ComponentDialog {
  constructor(private readonly deps: AanmeldingDeps) {
    super(FLOW.aanmelding);
    this.addDialog(new WaterfallDialog(START, [this.start.bind(this)]));
    this.addDialog(
      new WaterfallDialog(FORM, [this.screen.bind(this), this.collect.bind(this), this.review.bind(this), this.act.bind(this)]),
    );
    this.addDialog(new WaterfallDialog(ROUND, [this.ask.bind(this), this.keep.bind(this)]));
    this.addDialog(questionPrompt(QUESTION, deps.teams));
    this.addDialog(reviewPrompt(REVIEW, deps.teams));
    this.addDialog(new ScreeningDialog(deps.policy));
    this.initialDialogId = START;
  }

  /**
   * For the root, before it cancels this dialog ("stop", "menu", another flow): the draft so
   * far, to keep in the session like a finished result. Undefined when nothing is filled in.
   */
  draftInProgress(instance: DialogInstance | undefined): AanmeldingOutcome | undefined {
    return draftInProgress(instance, { form: FORM, round: ROUND });
  }

  private async start(step: WaterfallStepContext<AanmeldingOptions>): Promise<DialogTurnResult> {
    const { state, resumed } = initialState(step.options ?? {}, step.context.activity.from, this.deps.teams);
    await step.context.sendActivity(resumed ? msg.flow.resumed : msg.flow.intro);
    if (needsScreening(state.draft)) await step.context.sendActivity(msg.flow.screeningFirst);
    return step.replaceDialog(FORM, state);
  }

  /** The screening runs when the draft lacks it, or again when the verwijzer changes it. */
  private async screen(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    const { draft, rescreen } = step.options;
    if (!rescreen && !needsScreening(draft)) return step.next();
    memory(step).screened = true;
    const options: ScreeningOptions = draft.screening ? { answers: draft.screening.answers } : {};
    return step.beginDialog(FLOW.screening, options);
  }

  private async collect(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    let state: FlowState = { ...step.options, rescreen: false };
    if (memory(step).screened) {
      const outcome = step.result as ScreeningOutcome | undefined;
      const draft = outcome ? withNewScreening(state.draft, outcome) : undefined;
      if (draft) state = { ...state, draft };
      else if (needsScreening(state.draft)) return this.endWithScreeningStopped(step, state);
      else await step.context.sendActivity(msg.flow.screeningUnchanged);
    }
    return step.beginDialog(ROUND, state);
  }

  /** The dossier number is reserved here: a send from this state, even a racing double click, reuses it. */
  private async review(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    const collected = step.result as FlowState;
    const state = collected.pendingId ? collected : { ...collected, pendingId: this.deps.idGen(this.deps.clock()) };
    memory(step).state = state;
    const options: ReviewOptions = { draft: state.draft, labels: state.labels, targets: editTargets(state.draft, this.deps.teams) };
    return step.beginDialog(REVIEW, options);
  }

  private async act(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    const state = memory(step).state!;
    const choice = step.result as ReviewChoice;
    if (choice.kind === 'versturen') return this.send(step, state);
    if (choice.kind === 'concept') {
      await step.context.sendActivity(cardActivity(conceptCard()));
      return step.endDialog(outcomeOf(state));
    }
    if (choice.target === 'screening') return step.replaceDialog(FORM, { ...state, rescreen: true });
    return step.replaceDialog(FORM, { ...state, focus: focusFor(choice.target) });
  }

  /** One card per turn: the fields being changed, else the next group with missing fields. */
  private async ask(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    const question = nextQuestion(step.options, { now: this.deps.clock(), teams: this.deps.teams });
    return question ? step.beginDialog(QUESTION, question) : step.endDialog(step.options);
  }

  private async keep(step: WaterfallStepContext<FlowState>): Promise<DialogTurnResult> {
    const state = step.options;
    const answer = step.result as QuestionAnswer;
    if (answer.kind === 'oneByOne') {
      await step.context.sendActivity(msg.flow.oneByOne);
      return step.replaceDialog(ROUND, { ...state, oneByOne: true });
    }
    const result = applyAnswers(state.draft, answer.raw, this.deps.clock(), this.deps.teams);
    for (const reply of feedbackOf(result)) await step.context.sendActivity(reply);
    return step.replaceDialog(ROUND, { ...state, draft: result.draft, focus: remainingFocus(state, result) });
  }

  /** Finalize, then hand over; told "sent" only once `submit` says it is durable. */
  private async send(step: WaterfallStepContext<FlowState>, state: FlowState): Promise<DialogTurnResult> {
    const reserved = state.pendingId;
    const result = finalizeDossier(state.draft, this.deps.clock, reserved ? () => reserved : this.deps.idGen);
    if (!result.ok) {
      const missing = result.missing.map((field) => draftFieldLabels[field]);
      await step.context.sendActivity(result.code === 'CONSENT_MISSING' ? msg.send.consentMissing : msg.send.incomplete(missing));
      return step.replaceDialog(FORM, state);
    }
    try {
      await this.deps.submit(result.dossier, step.context.activity);
    } catch {
      await step.context.sendActivity(msg.send.failed);
      return step.replaceDialog(FORM, state);
    }
    const team = this.deps.teams.find((t) => t.id === result.dossier.intakeTeam);
    await step.context.sendActivity(cardActivity(sentCard(result.dossier.id, team?.naam ?? result.dossier.intakeTeam)));
    const outcome: AanmeldingOutcome = { draft: state.draft, dossierId: result.dossier.id };
    return step.endDialog(outcome);
  }

  private async endWithScreeningStopped(step: WaterfallStepContext<FlowState>, state: FlowState): Promise<DialogTurnResult> {
    await step.context.sendActivity(msg.flow.screeningStopped);
    return step.endDialog(outcomeOf(state));
  }
}

function outcomeOf(state: FlowState): AanmeldingOutcome {
  return state.pendingId ? { draft: state.draft, pendingDossierId: state.pendingId } : { draft: state.draft };
}

/** Why answers were refused (one message), and what a refused consent means. */
function feedbackOf(result: Applied): string[] {
  const problems = result.issues.map((issue) => problemMessage(issue.field, issue.problem));
  return [...(problems.length > 0 ? [problems.join('\n\n')] : []), ...(result.consentRefused ? [msg.consent.refused] : [])];
}

/** Changed fields leave the focus once accepted; a refused consent needs no manner. */
function remainingFocus(state: FlowState, result: Applied): FlowState['focus'] {
  const left = state.focus?.filter((field) => !result.applied.includes(field));
  const needed = result.consentRefused ? left?.filter((field) => field !== 'toestemmingWijze') : left;
  return needed && needed.length > 0 ? needed : undefined;
}
