import { finalizeDossier } from '../../intake/dossier/draft';
import { displayState } from '../../intake/dossier/lifecycle';
import { FLOW } from '../flows';
import type { Activity } from '../sdk';
import type { ScreeningOptions } from '../screening/screeningState';
import { recordCard } from '../shared/adaptiveCard';
import type { Step, StepResult } from '../shared/flowStep';
import { applyAnswers, type Applied } from './applyAnswers';
import type { AanmeldingDeps } from './aanmeldingDialog';
import { questionCard } from './cards';
import { selectionOf, type AanmeldingOutcome, type FlowState } from './flowState';
import type { WerkprocessenOptions } from '../werkprocessen';
import {
  aanmeldingMessages as msg,
  draftFieldLabels,
  fieldMessages,
  gegevensMessages,
  groupMessages,
  problemMessage,
} from './messages.nl';
import { cardActivity } from '../shared/cardActivity';
import { currentValues, editTargets, focusFor, MAY_BE_EMPTY, nextQuestion, type Question } from './questions';
import { firstMessage, readsFirstMessage, verwijzerMessage } from './prefillStep';
import { recognizeQuestion } from './recognizeQuestion';
import { recognizeReview } from './recognizeReview';
import { conceptCard, reviewCard, reviewRecord, sentCard } from './reviewCard';
import { gegevensOf, sameGegevens } from './rememberedVerwijzer';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';

type Result = StepResult<FlowState>;

/** The state to go on with: once nothing is missing, the dossier number is reserved (a retried send reuses it). */
export function settled(state: FlowState, deps: AanmeldingDeps): FlowState {
  if (state.pendingId || nextQuestion(state, { now: deps.clock(), teams: deps.teams })) return state;
  return { ...state, pendingId: deps.idGen(deps.clock()) };
}

/** One card with the inputs still needed; typed answers fill one field at a time. */
export function questionStep(question: Question, deps: AanmeldingDeps): Step<FlowState> {
  const [only] = question.fields;
  return {
    id: question.group,
    // Any typed text is taken here (one input, or the switch to one input per card), so a question needs its "?".
    freeText: !question.fields.includes('toestemming') && only !== 'intakeTeam',
    render: () => cardActivity(questionCard(question, deps.teams)),
    recognize: async (activity, state): Promise<Result> => {
      const recognized = recognizeQuestion(activity, question);
      if (!recognized.ok) return { kind: 'retry', replies: recognized.replies };
      if (recognized.value.kind === 'oneByOne') {
        const text = activity.text ?? '';
        const read = question.group === 'kandidaat' && readsFirstMessage(state);
        const understood = read
          ? await firstMessage(text, state, deps)
          : question.group === 'verwijzer'
            ? verwijzerMessage(text, state, question.fields)
            : undefined;
        if (understood) return understood;
        const taken =
          question.group === 'kandidaat' ? undefined : firstFieldOf(question, activity.text ?? '', state, deps);
        if (taken) return taken;
        return { kind: 'answered', state: { ...state, oneByOne: true }, replies: [msg.flow.oneByOne] };
      }
      const result = applyAnswers(state.draft, recognized.value.raw, deps.clock(), deps.teams);
      const { proposed: _, ...rest } = state;
      const next = settled({ ...rest, draft: result.draft, focus: remainingFocus(state, result) }, deps);
      const record = result.applied.length > 0 ? recordOf(question, result) : undefined;
      return { kind: 'answered', state: next, replies: feedbackOf(result), record };
    },
  };
}

/**
 * Typed text at a card with several inputs: from now on one input per card, and the text itself
 * answers the card's first input when it fits ("Jan de Vries" at *Jouw gegevens* is the name),
 * instead of being asked again. "liever typen" and the like only switch.
 */
function firstFieldOf(question: Question, text: string, state: FlowState, deps: AanmeldingDeps): Result | undefined {
  const [first] = question.fields;
  if (!first || /\btyp/i.test(text)) return undefined;
  const result = applyAnswers(state.draft, { [first]: text }, deps.clock(), deps.teams);
  // "weet ik nog niet" at the leerbedrijf card: said back, never taken as the name
  const notKnown = result.issues.some((issue) => issue.problem === 'NOT_KNOWN');
  if (notKnown) return { kind: 'answered', state: { ...state, oneByOne: true }, replies: feedbackOf(result) };
  if (result.applied.length === 0) return undefined;
  const next = settled({ ...state, draft: result.draft, oneByOne: true, focus: remainingFocus(state, result) }, deps);
  return { kind: 'answered', state: next, replies: [msg.flow.oneByOne], record: recordOf(question, result) };
}

/** The review: send (only with consent), keep as concept, or change one part (the screening runs again). */
export function reviewStep(deps: AanmeldingDeps): Step<FlowState> {
  const chooses = deps.werkprocessen !== undefined;
  return {
    id: 'review',
    record: (state) => reviewRecord(state, deps.teams, msg.review.recordChanging),
    render: (state) =>
      cardActivity(
        reviewCard(
          {
            draft: state.draft,
            labels: state.labels,
            targets: editTargets(state.draft, deps.teams, chooses),
            vraagOnthouden: state.vergeten,
          },
          deps.teams,
        ),
      ),
    recognize: async (activity, state): Promise<Result> => {
      const recognized = recognizeReview(activity, editTargets(state.draft, deps.teams, chooses));
      if (!recognized.ok) return { kind: 'retry', replies: recognized.replies };
      const choice = recognized.value;
      const record = (outcome: string) => reviewRecord(state, deps.teams, outcome);
      if (choice.kind === 'versturen') return send(activity, state, deps, choice.onthouden);
      if (choice.kind === 'concept') {
        const replies = [cardActivity(conceptCard())];
        return { kind: 'end', result: outcomeOf(state), replies, record: record(msg.review.recordConcept) };
      }
      const changing = record(msg.review.recordChanging);
      if (choice.target === 'werkprocessen') {
        const interesses = state.draft.screening?.answers.interesses || undefined;
        const options: WerkprocessenOptions = { selection: selectionOf(state), interesses, terugNaarAanmelding: true };
        const next: FlowState = { ...state, choosing: 'werkprocessen' };
        return { kind: 'child', state: next, dialogId: FLOW.werkprocessen, options, record: changing };
      }
      if (choice.target !== 'screening')
        return { kind: 'answered', state: { ...state, focus: focusFor(choice.target) }, record: changing };
      const options: ScreeningOptions = state.draft.screening ? { answers: state.draft.screening.answers } : {};
      return { kind: 'child', state, dialogId: FLOW.screening, options, record: changing };
    },
  };
}

/** Finalize, then hand over; told "sent" only once `submit` says it is durable. */
async function send(activity: Activity, state: FlowState, deps: AanmeldingDeps, onthouden: boolean): Promise<Result> {
  const reserved = state.pendingId;
  const result = finalizeDossier(state.draft, deps.clock, reserved ? () => reserved : deps.idGen);
  if (!result.ok) {
    const missing = result.missing.map((field) => draftFieldLabels[field]);
    const reply = result.code === 'CONSENT_MISSING' ? msg.send.consentMissing : msg.send.incomplete(missing);
    return { kind: 'answered', state, replies: [reply] };
  }
  try {
    await deps.submit(result.dossier, activity);
  } catch {
    return { kind: 'answered', state, replies: [msg.send.failed] };
  }
  const team = deps.teams.find((t) => t.id === result.dossier.intakeTeam);
  const opzij = state.opzij ? { opzij: state.opzij } : {};
  const outcome: AanmeldingOutcome = { draft: state.draft, dossierId: result.dossier.id, ...opzij };
  const shown = displayState('verzonden', (await deps.awaitsChannel?.(result.dossier.intakeTeam)) ?? false);
  const card = sentCard(result.dossier.id, team?.naam ?? result.dossier.intakeTeam, shown);
  const record = reviewRecord(state, deps.teams, msg.review.recordSent(result.dossier.id));
  const remembered = await afterSend(result.dossier, state, deps, onthouden);
  return { kind: 'end', result: outcome, replies: [cardActivity(card), ...remembered], record };
}

/** What sending says about the verwijzer's own details: remembered (news), not remembered as asked, or nothing. */
async function afterSend(
  dossier: PreIntakeDossier,
  state: FlowState,
  deps: AanmeldingDeps,
  onthouden: boolean,
): Promise<string[]> {
  if (state.vergeten && !onthouden) return [gegevensMessages.notRemembered];
  return (await rememberGegevens(dossier, state, deps)) ? [gegevensMessages.remembered] : [];
}

/**
 * After a sent aanmelding: the verwijzer's own details are kept for the next one (never the
 * client's). True when that is news to them (first time, or changed). A failing store costs only
 * the convenience: the dossier is sent all the same.
 */
async function rememberGegevens(dossier: PreIntakeDossier, state: FlowState, deps: AanmeldingDeps): Promise<boolean> {
  const gegevens = gegevensOf({ verwijzer: dossier.verwijzer });
  if (!deps.gegevens || !gegevens) return false;
  try {
    await deps.gegevens.save(dossier.verwijzer.teamsId, gegevens);
  } catch {
    return false;
  }
  return !sameGegevens(state.onthouden, gegevens);
}

export function outcomeOf(state: FlowState): AanmeldingOutcome {
  return {
    draft: state.draft,
    ...(state.pendingId ? { pendingDossierId: state.pendingId } : {}),
    ...(state.vergeten ? { vergeten: true as const } : {}),
    ...(state.opzij ? { opzij: state.opzij } : {}),
    ...(state.screeningBezig ? { screeningBezig: state.screeningBezig } : {}),
    ...(state.gescreend ? { screening: state.gescreend } : {}),
  };
}

/** The answered card as a record: what was taken, as the review card shows it. */
function recordOf(question: Question, result: Applied) {
  const values = currentValues(result.draft, result.applied);
  const shown = (field: (typeof result.applied)[number]) => {
    const value = values[field] ?? '';
    if (field === 'toestemming') return value === 'true' ? msg.review.yes : msg.review.no;
    return value === '' && MAY_BE_EMPTY.has(field) ? msg.review.none : value;
  };
  return recordCard(
    groupMessages[question.group].title,
    result.applied.map((field) => [fieldMessages[field].label, shown(field)] as const),
  );
}

/** Why answers were refused (one message), and what a refused consent means. */
function feedbackOf(result: Applied): string[] {
  const problems = result.issues.map((issue) => problemMessage(issue.field, issue.problem));
  return [
    ...(problems.length > 0 ? [problems.join('\n\n')] : []),
    ...(result.consentRefused ? [msg.consent.refused] : []),
  ];
}

/** Changed fields leave the focus once accepted; a refused consent needs no manner. */
function remainingFocus(state: FlowState, result: Applied): FlowState['focus'] {
  const left = state.focus?.filter((field) => !result.applied.includes(field));
  const needed = result.consentRefused ? left?.filter((field) => field !== 'toestemmingWijze') : left;
  return needed && needed.length > 0 ? needed : undefined;
}
