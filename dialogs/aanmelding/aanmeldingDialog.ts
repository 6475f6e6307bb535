import type { Clock } from '../../intake/dossier/clock';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import type { IdGenerator } from '../../intake/dossier/dossierId';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { Policy } from '../../intake/screening/policy';
import { FLOW, WerkprocesSelection } from '../flows';
import { WerkprocessenDialog, type WerkprocessenDeps } from '../werkprocessen';
import { innerStackOf, type Activity, type DialogContext, type DialogInstance, type DialogTurnResult } from '../sdk';
import { ScreeningDialog, ScreeningOutcome } from '../screening';
import { ScreeningHandOver, ScreeningInProgress, type ScreeningOptions } from '../screening/screeningState';
import { glossaryText } from '../screening/explain';
import type { EntryShower, FlowSpec, MoreAnswerer, QuestionAnswerer, StepResult } from '../shared/flowStep';
import { QuestionFlow } from '../shared/questionFlow';
import {
  type AanmeldingOutcome,
  FlowState,
  initialState,
  needsScreening,
  withChosenSelection,
  withNewScreening,
  type AanmeldingOptions,
} from './flowState';
import { aanmeldingMessages as msg, conceptChoiceMessages, groupMessages } from './messages.nl';
import { conceptChoiceStep, conceptIsForOtherScreening, type ConceptChoice } from './conceptChoice';
import { editTargets, focusFor, GROUPS, nextQuestion, shownValues, type GroupId } from './questions';
import { foldText } from '../shared/typedAnswer';
import { targetsNamed } from './recognizeReview';
import { clientDetailsReader, prefillStep, readsFirstMessage } from './prefillStep';
import { outcomeOf, questionStep, reviewStep, settled } from './steps';
import type { StructuredChat } from '../../intake/prefill/ports';
import { cardActivity } from '../shared/cardActivity';
import {
  gegevensCard,
  gegevensOf,
  loadGegevens,
  namesGegevens,
  type VerwijzerGegevensStore,
} from './rememberedVerwijzer';
import { verwijzerIdOf } from './verwijzer';

export interface AanmeldingDeps {
  policy: Policy;
  teams: IntakeTeam[];
  clock: Clock;
  idGen: IdGenerator;
  /** Stores durably and enqueues (bot/: submitDossier); resolves only when durable. */
  submit(dossier: PreIntakeDossier, activity: Partial<Activity>): Promise<void>;
  /** True when the team cannot receive yet (its Teams channel is not linked): the dossier waits. */
  awaitsChannel?: (teamId: string) => Promise<boolean>;
  /** Answers a question typed in the middle of the aanmelding (the knowledge base). */
  answerQuestion?: QuestionAnswerer;
  /** "meer" after such an answer. */
  answerMore?: MoreAnswerer;
  /** "Bekijk dit beroep" under such an answer: shows the entry, then the same question. */
  showEntry?: EntryShower;
  /** The language model, when configured: it helps read the first typed message (a suggestion to confirm). */
  chat?: StructuredChat;
  /** The knowledge base: with it, the review card can open the werkprocessen choice. */
  werkprocessen?: WerkprocessenDeps;
  /** The verwijzer's own details, kept per Teams user after a sent aanmelding and offered the next time. */
  gegevens?: VerwijzerGegevensStore;
}

type Result = StepResult<FlowState>;

/**
 * "Aanmelding voorbereiden" as a flow: the screening first when the draft lacks it → the cards
 * for what is missing → review with changes → send (only with consent) or keep as concept.
 */
export function aanmeldingFlow(deps: AanmeldingDeps): FlowSpec<FlowState, AanmeldingOptions> {
  const review = reviewStep(deps);
  const prefill = prefillStep(deps);
  const conceptChoice = conceptChoiceStep((state, choice) => chosen(state, choice, deps));
  return {
    id: FLOW.aanmelding,
    state: FlowState,
    begin: (options, activity): Result => {
      if (conceptIsForOtherScreening(options.draft, options.screening)) {
        // The concept resumes without this screening: it may be another client's.
        const concept = initialState({ ...options, screening: undefined }, activity.from, deps.teams).state;
        const fresh = {
          ...options,
          draft: undefined,
          pendingDossierId: undefined,
          vergeten: undefined,
          screeningBezig: undefined,
        };
        const nieuw = initialState(fresh, activity.from, deps.teams).state.draft;
        return { kind: 'answered', state: { ...concept, keuze: { nieuw } } };
      }
      const { state, resumed } = initialState(options, activity.from, deps.teams);
      return started(state, resumed, deps);
    },
    open: (state) => {
      if (state.keuze) return conceptChoice;
      if (state.prefill) return prefill;
      const question = nextQuestion(state, { now: deps.clock(), teams: deps.teams });
      if (question && state.proposed) {
        question.values = { ...question.values, ...pick(state.proposed, question.fields) }; // "Aanpassen": to correct
      }
      return question ? questionStep(question, deps) : review;
    },
    resume: (state, result): Result => announced(resumed(state, result, deps)),
    edit: (state, name) => {
      if (namesGegevens(name)) return { ...state, focus: [...GROUPS.verwijzer] };
      const [target, ...others] = targetsNamed(foldText(name), editTargets(state.draft, deps.teams));
      return target && others.length === 0 && target !== 'screening' && target !== 'werkprocessen'
        ? { ...state, focus: focusFor(target) }
        : undefined;
    },
    current: (before, after) => {
      const question = nextQuestion(after, { now: deps.clock(), teams: deps.teams });
      return (question && shownValues(before.draft, question.fields)) || undefined;
    },
    explain: (_state, stepId, topic) => glossaryText(topic) ?? (topic ? undefined : groupWhy(stepId)),
    interrupted: interruptedOutcome,
  };
}

/** The first step of a round: the screening when the draft lacks it, else the aanmelding's own questions. */
function started(state: FlowState, resumed: boolean, deps: AanmeldingDeps, lead: string[] = []): Result {
  const intro = [...lead, resumed ? msg.flow.resumed : msg.flow.intro];
  if (!needsScreening(state.draft)) {
    return announced({ kind: 'answered', state: settled(state, deps), replies: intro });
  }
  const bezig = state.screeningBezig;
  const options: ScreeningOptions = bezig ? { answers: bezig, hervat: true } : {};
  return { kind: 'child', state, dialogId: FLOW.screening, options, replies: [...intro, msg.flow.screeningFirst] };
}

/** What "stop" keeps: the draft once it holds something of the client (or answers of its screening). */
function interruptedOutcome(state: FlowState): AanmeldingOutcome | undefined {
  return state.draft.kandidaat || state.draft.screening || state.screeningBezig ? outcomeOf(state) : undefined;
}

/** "verder": the concept as it was. "nieuw": a new draft with this screening; the concept is set aside, kept. */
function chosen(state: FlowState, choice: ConceptChoice, deps: AanmeldingDeps): Result {
  const { keuze, ...concept } = state;
  if (choice === 'verder' || !keuze) return started(concept, true, deps);
  const { pendingId: _, vergeten: __, ...rest } = concept;
  const opzij = outcomeOf(concept);
  const naam = concept.draft.kandidaat?.naam;
  return started({ ...rest, draft: keuze.nieuw, opzij }, false, deps, [conceptChoiceMessages.parked(naam)]);
}

/** After a child flow: the werkprocessen choice or the screening comes back into the aanmelding. */
function resumed(before: FlowState, result: unknown, deps: AanmeldingDeps): Result {
  const { screeningBezig: _, ...state } = before; // the screening ran: its half answers are used up
  if (state.choosing === 'werkprocessen') {
    const selection = WerkprocesSelection.safeParse(result);
    const { choosing: _, ...rest } = state;
    if (!selection.success) return { kind: 'answered', state: rest, replies: [msg.flow.werkprocessenUnchanged] };
    return {
      kind: 'answered',
      state: withChosenSelection(state, selection.data),
      replies: [msg.flow.werkprocessenTaken],
    };
  }
  const outcome = ScreeningOutcome.safeParse(result);
  const draft = outcome.success ? withNewScreening(state.draft, outcome.data) : undefined;
  if (draft) {
    const next = settled({ ...state, draft, gescreend: outcome.data }, deps);
    // The client's details typed at the screening's first question: shown now to confirm.
    const typed = ScreeningHandOver.safeParse(result).data?.clientDetails;
    return { kind: 'answered', state: typed && readsFirstMessage(next) ? { ...next, prefill: typed } : next };
  }
  if (needsScreening(state.draft))
    return { kind: 'end', result: outcomeOf(state), replies: [msg.flow.screeningStopped] };
  return { kind: 'answered', state, replies: [msg.flow.screeningUnchanged] };
}

/** Once the aanmelding's own questions start: "Ik gebruik jouw gegevens …" when they came from memory (once). */
function announced(result: Result): Result {
  if (result.kind !== 'answered' || !result.state.gegevensMelden) return result;
  const { gegevensMelden: _, ...state } = result.state;
  const gegevens = gegevensOf(state.draft);
  const line = gegevens ? [cardActivity(gegevensCard(gegevens))] : [];
  return { ...result, state, replies: [...(result.replies ?? []), ...line] };
}

function pick(values: Record<string, string>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([field]) => fields.includes(field)));
}

function groupWhy(stepId: string): string | undefined {
  return stepId in GROUPS ? groupMessages[stepId as GroupId].why : undefined;
}

/** One dialog id for the whole aanmelding; the screening runs inside it when needed. */
export class AanmeldingDialog extends QuestionFlow<FlowState, AanmeldingOptions> {
  private readonly gegevens: VerwijzerGegevensStore | undefined;

  constructor(deps: AanmeldingDeps) {
    const screening = new ScreeningDialog(deps.policy, {
      answerQuestion: deps.answerQuestion,
      answerMore: deps.answerMore,
      showEntry: deps.showEntry,
      readClientDetails: clientDetailsReader(deps),
    });
    const werkprocessen = deps.werkprocessen ? [new WerkprocessenDialog(deps.werkprocessen)] : [];
    const { answerQuestion, answerMore, showEntry } = deps;
    super(aanmeldingFlow(deps), { answerQuestion, answerMore, showEntry, children: [screening, ...werkprocessen] });
    this.gegevens = deps.gegevens;
  }

  /** The verwijzer's remembered details are read here, once per round (the flow itself is synchronous). */
  override async beginDialog(outer: DialogContext, options?: AanmeldingOptions): Promise<DialogTurnResult> {
    const remembered = await loadGegevens(this.gegevens, verwijzerIdOf(outer.context.activity.from));
    return super.beginDialog(outer, remembered ? { ...options, remembered } : options);
  }

  /** "vergeet mijn gegevens" during this round: sending must not remember them again without asking. */
  gegevensForgotten(instance: DialogInstance): void {
    this.changeInProgress(instance, ({ onthouden: _, gegevensMelden: __, ...state }) => ({ ...state, vergeten: true }));
  }

  /**
   * For the root, before it cancels this flow: the draft so far (undefined when nothing is filled
   * in), with the answers of the screening that runs first when it is stopped halfway.
   */
  override draftInProgress(instance: DialogInstance | undefined): AanmeldingOutcome | undefined {
    const state = this.stateIn(instance);
    if (!state) return undefined;
    const bezig = needsScreening(state.draft) ? this.screeningAnswersIn(instance) : undefined;
    return interruptedOutcome(bezig ? { ...state, screeningBezig: bezig } : state);
  }

  /** The running screening's answers so far, read through that dialog. */
  private screeningAnswersIn(instance: DialogInstance | undefined): FlowState['screeningBezig'] {
    const child = innerStackOf(instance).find((i) => i.id === FLOW.screening);
    const screening = this.findDialog(FLOW.screening) as ScreeningDialog | undefined;
    return ScreeningInProgress.safeParse(child && screening?.draftInProgress(child)).data?.answers;
  }
}
