import type { Clock } from '../intake/dossier/clock';
import type { IdGenerator } from '../intake/dossier/dossierId';
import type { IntakeTeam } from '../intake/delivery/intakeTeams';
import type { DossierStore } from '../intake/delivery/ports';
import type { Policy } from '../intake/screening/policy';
import type { StructuredChat } from '../intake/prefill/ports';
import { redact } from '../intake/prefill/redact';
import type { Catalogue } from '../knowledge/catalogue';
import type { SearchIndex } from '../knowledge/search/searchIndex';
import { entryShower } from './menuText/entryShown';
import { knowledgeAnswerer, moreAnswerer } from './menuText/knowledgeAnswer';
import { menuTextHandler } from './menuText/menuTextHandler';
import { AanmeldingDialog, type AanmeldingDeps, type AanmeldingOptions, type AanmeldingOutcome } from './aanmelding';
import { FLOW } from './flows';
import {
  MijnAanmeldingenDialog,
  MijnAanmeldingenOutcome,
  type MijnAanmeldingenDeps,
  type MijnAanmeldingenOptions,
} from './mijnAanmeldingen';
import type { Disclosure } from './root/disclosure.nl';
import { RootDialog, type MenuTextHandler } from './root/rootDialog';
import { adviceFollowUp } from './screening/adviceFollowUp';
import type { FlowStarter, Session } from './root/session';
import { ScreeningDialog, type ScreeningOptions } from './screening';
import { WerkprocessenDialog, type WerkprocessenOptions } from './werkprocessen';
import { withOpenQuestion } from './verwijzerLoop/typedAnswer';
import type { VerwijzerGegevensStore } from './aanmelding/rememberedVerwijzer';
import type { WorkingDayRules } from '../intake/schedule/workingDays';

/** Everything the dialogs need from the outside world, chosen by bot/app.ts. */
export interface DialogDeps {
  policy: Policy;
  teams: IntakeTeam[];
  store: DossierStore;
  clock: Clock;
  idGen: IdGenerator;
  submit: AanmeldingDeps['submit'];
  /** True when a team cannot receive yet (Teams channel not linked): the verwijzer sees "wacht op het intaketeam". */
  awaitsChannel?: (teamId: string) => Promise<boolean>;
  /** Sends the verwijzer's failed dossier again ("Opnieuw versturen" in Mijn aanmeldingen). */
  resend?: MijnAanmeldingenDeps['resend'];
  catalogue: Catalogue;
  index: SearchIndex;
  /** The language model, when configured; every use has a fallback without it. */
  chat?: StructuredChat;
  /** What the welcome, help and "privacy" say about automation, the model and a person to contact. */
  disclosure?: Disclosure;
  /** Time between streamed updates of a generated answer (default about a second). */
  streamPaceMs?: number;
  /** How working days are counted ("wacht 6 werkdagen"), as for the reminders. */
  workingDays?: WorkingDayRules;
  /** The verwijzers' own details, remembered after a sent aanmelding (per Teams user, in the state storage). */
  gegevens?: VerwijzerGegevensStore;
  /** Told about every finished flow (for aggregate metrics); never changes the session. */
  onFlowFinished?: (flow: string, result: unknown) => void;
}

/** An aanmelding that was started or kept as concept but not sent yet. */
function unsentAanmelding(session: Session): AanmeldingOutcome | undefined {
  const previous = session.results.aanmelding;
  return previous && !previous.dossierId ? previous : undefined;
}

/** Each flow starts from what earlier flows produced. */
export const startFlow: FlowStarter = (flow, session) => {
  const unsent = unsentAanmelding(session);
  switch (flow) {
    case FLOW.screening: {
      const bezig = session.results.screeningBezig; // kept by "stop": go on at the next open question
      return (bezig ? { answers: bezig.answers, hervat: true } : {}) satisfies ScreeningOptions;
    }
    case FLOW.werkprocessen:
      return {
        interesses: session.results.screening?.answers.interesses || undefined,
        selection: session.results.werkprocessen,
      } satisfies WerkprocessenOptions;
    case FLOW.aanmelding:
      return {
        screening: session.results.screening,
        selection: session.results.werkprocessen,
        draft: unsent?.draft,
        pendingDossierId: unsent?.pendingDossierId,
        vergeten: unsent?.vergeten,
        screeningBezig: unsent?.screeningBezig,
      } satisfies AanmeldingOptions;
    case FLOW.mijnAanmeldingen:
      return {
        concept: unsent?.draft,
        opzij: session.results.opzij?.map((kept) => kept.draft),
      } satisfies MijnAanmeldingenOptions;
    default:
      return {};
  }
};

/**
 * A sent aanmelding closes the client's case in this conversation; a deleted concept is gone.
 * A concept set aside for a new aanmelding is kept apart, and comes back once the new one is sent or deleted.
 */
function afterResult(flow: string, result: unknown, session: Session): void {
  if (flow === FLOW.aanmelding && session.results.aanmelding) {
    // Screened inside the aanmelding ("wijzig screening"): the concept and the session agree again;
    // a concept set aside for this one waits in its own list.
    const { screening, opzij, ...aanmelding } = session.results.aanmelding;
    if (screening) session.results.screening = screening;
    if (opzij) session.results.opzij = [...(session.results.opzij ?? []), opzij];
    session.results.aanmelding = aanmelding;
  }
  if (flow === FLOW.aanmelding && session.results.aanmelding?.dossierId) {
    delete session.results.screening;
    delete session.results.werkprocessen;
  }
  if (flow === FLOW.mijnAanmeldingen && MijnAanmeldingenOutcome.safeParse(result).data?.conceptDeleted) {
    delete session.results.aanmelding;
  }
  const waiting = session.results.opzij ?? [];
  if (waiting.length > 0 && !unsentAanmelding(session)) {
    session.results.aanmelding = waiting.at(-1);
    if (waiting.length > 1) session.results.opzij = waiting.slice(0, -1);
    else delete session.results.opzij;
  }
}

/** After an advice, "waarom?" explains it and "wijzig <vraag>" changes an answer; other text goes on. */
function withAdviceFollowUp(policy: Policy, next: MenuTextHandler): MenuTextHandler {
  return async (dc, text, session) => {
    const followUp = adviceFollowUp(text, session.results.screening, policy);
    if (followUp?.kind === 'edit') return { flow: FLOW.screening, options: followUp.options };
    if (!followUp) return next(dc, text, session);
    await dc.context.sendActivity(followUp.text);
    return true;
  };
}

/** Builds the root dialog with every flow of this version. */
export function createRootDialog(deps: DialogDeps): RootDialog {
  const { policy, teams, store, clock, idGen, submit, catalogue, index, chat } = deps;
  const answerQuestion = knowledgeAnswerer({ catalogue, index, chat, redact, streamPaceMs: deps.streamPaceMs });
  const answerMore = moreAnswerer({ catalogue, index });
  const showEntry = entryShower({ catalogue });
  const onResult = (flow: string, result: unknown, session: Session, draft: boolean) => {
    if (!draft) deps.onFlowFinished?.(flow, result); // half-done work kept by "stop" is not a finished flow
    afterResult(flow, result, session);
  };
  const root: RootDialog = new RootDialog({
    flows: [
      new ScreeningDialog(policy, { answerQuestion, answerMore, showEntry }),
      new WerkprocessenDialog({ catalogue, index, teams }),
      new AanmeldingDialog({
        ...{ policy, teams, clock, idGen, submit, answerQuestion, answerMore, showEntry },
        awaitsChannel: deps.awaitsChannel,
        werkprocessen: { catalogue, index, teams },
        chat,
        gegevens: deps.gegevens,
      }),
      new MijnAanmeldingenDialog({
        store,
        clock,
        teams,
        awaitsChannel: deps.awaitsChannel,
        resend: deps.resend,
        rules: deps.workingDays,
      }),
    ],
    startFlow,
    afterResult: onResult,
    onMenuText: withAdviceFollowUp(
      policy,
      withOpenQuestion(
        store,
        menuTextHandler({
          chat,
          index,
          answerQuestion,
          answerMore,
        }),
      ),
    ),
    disclosure: deps.disclosure,
    gegevens: deps.gegevens,
  });
  return root;
}
