import {
  CardFactory,
  ComponentDialog,
  DialogTurnStatus,
  MessageFactory,
  hasActiveChild,
  type Dialog,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
} from '../sdk';
import { PERSONAL_FLOWS, type FlowId } from '../flows';
import { cachedCards } from '../shared/adaptiveCard';
import { typedSubmitOf } from '../shared/submitOf';
import { isPersonalChat } from '../shared/personalChat';
import { menuCard, restartCard, welcomeCard } from './cards';
import { recognizeCommand, recognizeGoOn, recognizeRestartAnswer, type Command } from './commands';
import { DEFAULT_DISCLOSURE, disclosureParagraphs, privacySummary, type Disclosure } from './disclosure.nl';
import { rootMessages as msg } from './messages.nl';
import type { VerwijzerGegevensStore } from '../aanmelding/rememberedVerwijzer';
import { verwijzerIdOf } from '../aanmelding/verwijzer';
import { emptySession, sessionOf, withDraft, withResult, type FlowStarter, type Session } from './session';

export const ROOT_DIALOG = 'root';

/**
 * Free text at the menu that is not a command (a question, a client description): answered
 * (true), a flow to start with these options (a description starts a screening), or not
 * understood (false: the root shows its menu).
 */
export type MenuTextOutcome = boolean | { flow: FlowId; options: object };
export type MenuTextHandler = (dc: DialogContext, text: string, session: Session) => Promise<MenuTextOutcome>;

export interface RootDialogDeps {
  flows: Dialog[];
  /** Builds a flow's begin options from what earlier flows produced. */
  startFlow: FlowStarter;
  /** Adjusts the session after a flow's result was kept (e.g. clear a sent aanmelding); `draft`: kept by "stop". */
  afterResult?: (flow: FlowId, result: unknown, session: Session, draft: boolean) => void;
  onMenuText?: MenuTextHandler;
  /** What the welcome, help and "privacy" say about automation, the language model and a contact. */
  disclosure?: Disclosure;
  /** The verwijzers' remembered own details: "vergeet mijn gegevens" deletes them. */
  gegevens?: Pick<VerwijzerGegevensStore, 'forget'>;
}

/** A flow that keeps the verwijzer's own details: told when "vergeet mijn gegevens" is typed in it. */
interface ForgetsGegevens {
  gegevensForgotten(instance: DialogInstance): void;
}

/** A flow that can hand over its half-done work when it is interrupted (stop, menu, switch). */
interface KeepsDraft {
  draftInProgress(instance: DialogInstance | undefined): unknown;
}

/**
 * Menu and router. Interruptions (help, stop, opnieuw, menu and flow choices) are checked
 * before the active flow sees the turn, so they work at every step. The session (results
 * of finished flows) lives in this dialog's own state, so it survives flows and restarts
 * of the process, and is only wiped by "opnieuw".
 */
export class RootDialog extends ComponentDialog {
  private readonly flowIds = new Set<string>();
  /** The welcome depends only on this dialog's disclosure: built once. */
  private readonly welcomeCard = cachedCards(
    () => 'welcome',
    () => welcomeCard(this.disclosure),
  );

  constructor(private readonly deps: RootDialogDeps) {
    super(ROOT_DIALOG);
    for (const flow of deps.flows) {
      this.addDialog(flow);
      this.flowIds.add(flow.id);
    }
  }

  override async beginDialog(outer: DialogContext): Promise<DialogTurnResult> {
    this.saveSession(outer, emptySession());
    const command = recognizeCommand(outer.context.activity, true);
    if (command && command.kind !== 'greeting') return this.handleCommand(outer, command);
    if (!command && (await this.tryMenuText(outer))) return waiting();
    await this.sendWelcome(outer); // a new user: the whole welcome
    return waiting();
  }

  override async continueDialog(outer: DialogContext): Promise<DialogTurnResult> {
    if (this.takeRestartQuestion(outer)) {
      const answer = recognizeRestartAnswer(outer.context.activity);
      if (answer === 'ja') return this.restart(outer);
      if (answer === 'nee') return this.keepGoing(outer);
    }
    const inFlow = hasActiveChild(outer);
    const command = recognizeCommand(outer.context.activity, !inFlow);
    if (command) return this.handleCommand(outer, command);
    if (inFlow) {
      const inner = this.createChildContext(outer);
      const activeFlow = inner.activeDialog!.id as FlowId;
      const result = await inner.continueDialog();
      if (result.status === DialogTurnStatus.complete) this.keepResult(outer, activeFlow, result.result);
      return waiting();
    }
    const gestopt = this.session(outer).gestopt;
    if (gestopt && recognizeGoOn(outer.context.activity)) return this.startFlow(outer, gestopt);
    if (await this.tryMenuText(outer)) return waiting();
    await this.sendMenu(outer, msg.unknownAtMenu);
    return waiting();
  }

  /** Sends the welcome card; also used by the bot when it is added to a conversation. */
  private async sendWelcome(dc: DialogContext): Promise<void> {
    await dc.context.sendActivity(this.welcomeActivity());
  }

  welcomeActivity() {
    return MessageFactory.attachment(CardFactory.adaptiveCard(this.welcomeCard()));
  }

  private get disclosure(): Disclosure {
    return this.deps.disclosure ?? DEFAULT_DISCLOSURE;
  }

  private async handleCommand(outer: DialogContext, command: Command): Promise<DialogTurnResult> {
    const inner = this.createChildContext(outer);
    switch (command.kind) {
      case 'help':
        if (inner.activeDialog) {
          await outer.context.sendActivity(msg.helpInFlow(this.flowLabel(inner.stack[inner.stack.length - 1]?.id)));
        } else {
          await this.sendMenu(outer, [msg.helpMenu, ...disclosureParagraphs(this.disclosure)].join('\n\n'));
        }
        return waiting();
      case 'stop': {
        const kept = await this.cancelFlow(outer);
        // Only what was really kept is promised; "verder" goes on with it.
        const keptText = kept && msg.stoppedKept[kept];
        await this.sendMenu(outer, keptText ? `${msg.stopped} ${keptText}` : msg.stopped);
        return waiting();
      }
      case 'opnieuw':
        if (!inner.activeDialog && !hasResults(this.session(outer))) return this.restart(outer);
        (outer.activeDialog!.state as Record<string, unknown>).restartAsked = true;
        await outer.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(staticRestartCard())));
        return waiting();
      case 'privacy':
        await outer.context.sendActivity(privacySummary(this.disclosure));
        if (inner.activeDialog) await outer.context.sendActivity(msg.helpInFlow(this.flowLabel(inner.activeDialog.id)));
        return waiting();
      case 'vergeet':
        await outer.context.sendActivity(await this.forgetGegevens(outer));
        // a running aanmelding, or a kept concept, must not remember them again when it is sent
        for (const instance of inner.stack) {
          (this.findDialog(instance.id) as Partial<ForgetsGegevens> | undefined)?.gegevensForgotten?.(instance);
        }
        this.markConceptForgotten(outer);
        if (inner.activeDialog) await outer.context.sendActivity(msg.helpInFlow(this.flowLabel(inner.activeDialog.id)));
        return waiting();
      case 'greeting':
        if (!inner.activeDialog) {
          await this.sendMenu(outer, msg.greeting);
          return waiting();
        }
        await outer.context.sendActivity(msg.greetingInFlow);
        await inner.repromptDialog();
        return waiting();
      case 'menu':
        await this.cancelFlow(outer);
        await this.sendMenu(outer);
        return waiting();
      case 'flow':
        // The flow the user is in ("Verder met de screening" under a mid-flow answer): go on with it.
        if (inner.activeDialog?.id === command.flow) {
          await inner.repromptDialog();
          return waiting();
        }
        await this.cancelFlow(outer);
        return this.startFlow(outer, command.flow);
    }
  }

  /** "vergeet mijn gegevens": the verwijzer's remembered own details go at once; what was said about it. */
  private async forgetGegevens(outer: DialogContext): Promise<string> {
    const id = verwijzerIdOf(outer.context.activity.from);
    if (!this.deps.gegevens || !id) return msg.nothingToForget;
    try {
      return (await this.deps.gegevens.forget(id)) ? msg.forgotten : msg.nothingToForget;
    } catch {
      return msg.forgetFailed;
    }
  }

  private markConceptForgotten(outer: DialogContext): void {
    const session = this.session(outer);
    const concept = session.results.aanmelding;
    if (!concept || concept.dossierId) return;
    this.saveSession(outer, {
      ...session,
      results: { ...session.results, aanmelding: { ...concept, vergeten: true } },
    });
  }

  /** "opnieuw", confirmed: everything goes, except a concept aanmelding (that is deleted in Mijn aanmeldingen). */
  private async restart(outer: DialogContext): Promise<DialogTurnResult> {
    await this.cancelFlow(outer);
    const { aanmelding: concept, opzij } = this.session(outer).results;
    const kept = concept && !concept.dossierId ? concept : undefined;
    this.saveSession(outer, { results: { ...(kept ? { aanmelding: kept } : {}), ...(opzij ? { opzij } : {}) } });
    await outer.context.sendActivity(kept ? `${msg.restarted} ${msg.conceptKept}` : msg.restarted);
    await this.sendWelcome(outer);
    return waiting();
  }

  /** "opnieuw" declined: nothing is wiped; the open question (or the menu) comes back. */
  private async keepGoing(outer: DialogContext): Promise<DialogTurnResult> {
    await outer.context.sendActivity(msg.restartCancelled);
    const inner = this.createChildContext(outer);
    if (inner.activeDialog) await inner.repromptDialog();
    else await this.sendMenu(outer);
    return waiting();
  }

  /** Whether the previous turn asked "really start again?"; the question is answered or dropped now. */
  private takeRestartQuestion(outer: DialogContext): boolean {
    const state = outer.activeDialog!.state as { restartAsked?: boolean };
    const asked = state.restartAsked === true;
    delete state.restartAsked;
    return asked;
  }

  private async startFlow(outer: DialogContext, flow: FlowId, options?: object): Promise<DialogTurnResult> {
    if (!this.flowIds.has(flow)) {
      await this.sendMenu(outer, msg.flowUnavailable);
      return waiting();
    }
    if (PERSONAL_FLOWS.has(flow) && !isPersonalChat(outer.context.activity.conversation)) {
      await outer.context.sendActivity(msg.personalOnly(this.flowLabel(flow)));
      return waiting();
    }
    const { gestopt: _, ...session } = this.session(outer); // a flow (re)started: "verder" has done its job
    this.saveSession(outer, session);
    const inner = this.createChildContext(outer);
    const result = await inner.beginDialog(flow, options ?? this.deps.startFlow(flow, session));
    if (result.status === DialogTurnStatus.complete) this.keepResult(outer, flow, result.result);
    return waiting();
  }

  /** A finished flow's result is what later flows take over (answers, selection, dossier). */
  private keepResult(outer: DialogContext, flow: FlowId, result: unknown, draft = false): void {
    if (result === undefined) return;
    const session = (draft ? withDraft : withResult)(this.session(outer), flow, result);
    this.deps.afterResult?.(flow, result, session, draft);
    this.saveSession(outer, session);
  }

  /**
   * Ends the active flow; what it had filled in so far is kept, and the flow is remembered so
   * "verder" goes on with it. Returns that flow, or undefined when nothing was kept.
   */
  private async cancelFlow(outer: DialogContext): Promise<FlowId | undefined> {
    const inner = this.createChildContext(outer);
    const active = inner.activeDialog;
    let kept: FlowId | undefined;
    if (active) {
      const flow = this.findDialog(active.id) as Partial<KeepsDraft> | undefined;
      const draft = flow?.draftInProgress?.(active);
      if (draft !== undefined) {
        kept = active.id as FlowId;
        this.keepResult(outer, kept, draft, true);
        this.saveSession(outer, { ...this.session(outer), gestopt: kept });
      }
    }
    await inner.cancelAllDialogs();
    return kept;
  }

  private async tryMenuText(outer: DialogContext): Promise<boolean> {
    const text = outer.context.activity.text?.trim() || typedSubmitOf(outer.context.activity);
    if (!text || !this.deps.onMenuText) return false;
    const outcome = await this.deps.onMenuText(outer, text, this.session(outer));
    if (typeof outcome === 'boolean') return outcome;
    await this.startFlow(outer, outcome.flow, outcome.options);
    return true;
  }

  /** The menu; after a "stop" that kept work, with a button to go on with it. */
  private async sendMenu(outer: DialogContext, lead?: string): Promise<void> {
    if (lead) await outer.context.sendActivity(lead);
    const card = staticMenuCard(this.session(outer).gestopt);
    await outer.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  /** Read back from storage with its schema, never cast. */
  private session(outer: DialogContext): Session {
    return sessionOf((outer.activeDialog!.state as Record<string, unknown>).session);
  }

  private saveSession(outer: DialogContext, session: Session): void {
    (outer.activeDialog!.state as Record<string, unknown>).session = session;
  }

  private flowLabel(id: string | undefined): string {
    return (msg.flowLabels as Record<string, string>)[id ?? ''] ?? msg.flowLabels.screening;
  }
}

const staticMenuCard = cachedCards(
  (resume?: FlowId) => `menu:${resume ?? ''}`,
  (resume?: FlowId) => menuCard({ resume }),
);
const staticRestartCard = cachedCards(() => 'restart', restartCard);

function hasResults(session: Session): boolean {
  return Object.values(session.results).some((result) => result !== undefined);
}

function waiting(): DialogTurnResult {
  return { status: DialogTurnStatus.waiting };
}
