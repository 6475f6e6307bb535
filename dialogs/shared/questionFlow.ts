import { z } from 'zod';
import {
  ActivityTypes,
  CardFactory,
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  InputHints,
  hasActiveChild,
  innerStackOf,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type TurnContext,
} from '../sdk';
import type { AdaptiveCard } from './adaptiveCard';
import { SHOW_SUBMIT_KEY } from '../flows';
import { asksForMore } from './asksForMore';
import type { EntryShower, FlowSpec, MoreAnswerer, QuestionAnswerer, Reply, Step, StepResult } from './flowStep';
import { flowMessages as msg } from './messages.nl';
import { navigationOf } from './navigation';
import { submitOf, typedSubmitOf } from './submitOf';
import { explainRequest, isPlainQuestion, looksLikeQuestion } from './typedAnswer';

/** How many earlier states "terug" can go back to. */
const MAX_BACK = 30;

/** What the engine keeps in its dialog instance, besides the inner stack of a child flow. */
const Saved = z.object({
  flow: z.unknown(),
  previous: z.array(z.unknown()).default([]),
  /** The activity id of the last card sent, so a typed answer can update it too. */
  cardId: z.string().optional(),
});
type Saved = z.infer<typeof Saved>;

export interface QuestionFlowDeps {
  /** Answers a question typed in the middle of the flow; the same step then comes back. */
  answerQuestion?: QuestionAnswerer;
  /** "meer" (its button under such an answer): the rest of that answer; the same step then comes back. */
  answerMore?: MoreAnswerer;
  /** A button under such an answer ("Bekijk dit beroep"): the entry, then the same step comes back. */
  showEntry?: EntryShower;
  /** Flows this one may run as a child (the aanmelding runs the screening). */
  children?: Dialog[];
}

/**
 * The one dialog that runs every question flow: asks the open step, reads a card submit or
 * typed text through the step, and around every step handles "terug", "wijzig <vraag>",
 * "waarom?" / "uitleg <begrip>" and questions typed mid-flow (answered, then the same step
 * again). An answered card is updated in place to a read-only record. The flow's state is
 * one object, parsed with the flow's zod schema on every turn.
 */
export class QuestionFlow<S, O extends object = object> extends ComponentDialog {
  /** Dialog instance state (a new object every turn it comes from storage) → its parsed form. */
  private readonly parsedThisTurn = new WeakMap<object, Saved>();

  constructor(
    private readonly spec: FlowSpec<S, O>,
    private readonly deps: QuestionFlowDeps = {},
  ) {
    super(spec.id);
    for (const child of deps.children ?? []) this.addDialog(child);
  }

  override async beginDialog(outer: DialogContext, options?: O): Promise<DialogTurnResult> {
    this.save(outer, { flow: undefined, previous: [] });
    return this.apply(outer, undefined, this.spec.begin(options ?? ({} as O), outer.context.activity));
  }

  override async continueDialog(outer: DialogContext): Promise<DialogTurnResult> {
    if (outer.context.activity.type !== (ActivityTypes.Message as string)) return Dialog.EndOfTurn;
    const loaded = this.load(outer);
    if (!loaded) {
      await outer.context.sendActivity(msg.stateLost);
      return outer.endDialog();
    }
    if (hasActiveChild(outer)) {
      const child = await this.createChildContext(outer).continueDialog();
      if (child.status !== DialogTurnStatus.complete) return Dialog.EndOfTurn;
      return this.apply(outer, loaded, this.resume(loaded, child.result));
    }
    return this.apply(outer, loaded, await this.turn(outer, loaded, this.spec.open(loaded)));
  }

  override async resumeDialog(outer: DialogContext, _reason: unknown, result?: unknown): Promise<DialogTurnResult> {
    const loaded = this.load(outer);
    return loaded ? this.apply(outer, loaded, this.resume(loaded, result)) : outer.endDialog();
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    // A child flow that runs (the screening inside an aanmelding) holds the open question.
    if (innerStackOf(instance).length > 0) {
      return super.repromptDialog(context, instance);
    }
    const parsed = this.spec.state.safeParse((instance.state as Partial<Saved>).flow);
    if (parsed.success) await send(context, this.spec.open(parsed.data).render(parsed.data));
  }

  /** For the root, before it cancels this flow: what to keep of the work so far. */
  draftInProgress(instance: DialogInstance | undefined): unknown {
    const state = this.stateIn(instance);
    return state === undefined ? undefined : this.spec.interrupted?.(state);
  }

  /** The flow's saved state in a dialog instance, parsed; undefined when there is none. */
  protected stateIn(instance: DialogInstance | undefined): S | undefined {
    const parsed = this.spec.state.safeParse((instance?.state as Partial<Saved> | undefined)?.flow);
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * For the root, when a command outside the flow changes what the flow must do (the verwijzer's
   * details were forgotten): the saved state, changed. False when there is no valid state.
   */
  changeInProgress(instance: DialogInstance, change: (state: S) => S): boolean {
    const saved = instance.state as Partial<Saved>;
    const parsed = this.spec.state.safeParse(saved.flow);
    if (!parsed.success) return false;
    saved.flow = change(parsed.data);
    this.parsedThisTurn.delete(instance.state as object);
    return true;
  }

  /** One turn at a step: corrections and questions first, then the step's own recognizer. */
  private async turn(dc: DialogContext, state: S, step: Step<S>): Promise<StepResult<S>> {
    const activity = dc.context.activity;
    if (submitOf(activity)?.[SHOW_SUBMIT_KEY] === true && (await this.deps.showEntry?.(dc))) return this.backToStep();
    // A button that stands for typed text ("wijzig mijn gegevens") is read as if it was typed.
    const text =
      typedSubmitOf(activity) ?? (submitOf(activity) || activity.value != null ? undefined : activity.text?.trim());
    if (!text) return step.recognize(activity, state);
    const more = asksForMore(text);
    if (more && typedSubmitOf(activity) && (await this.answeredMore(dc))) return this.backToStep();
    const navigation = navigationOf(text);
    if (navigation?.kind === 'back') return this.back(dc, state);
    if (navigation?.kind === 'edit' && navigation.name) {
      const edited = this.spec.edit?.(state, navigation.name);
      if (edited !== undefined)
        return { kind: 'answered', state: edited, record: step.record?.(state), replies: this.nowShown(state, edited) };
    }
    const explain = explainRequest(text);
    const explanation = explain && this.spec.explain?.(state, step.id, explain.topic);
    if (explanation) return { kind: 'retry', replies: [explanation] };
    // A question is answered before it is read as an answer: a word in it may look like a choice
    // ("wat doet een logistiek medewerker?" is no "werkend"); at a free text field any "?" asks
    const asks = step.freeText ? /\?\s*$/.test(text) : isPlainQuestion(text);
    if (asks && (await this.answered(dc, text))) return this.backToStep();
    const result = await step.recognize(activity, state);
    if (result.kind === 'retry' && looksLikeQuestion(text) && (await this.answered(dc, text))) return this.backToStep();
    if (result.kind === 'retry' && more && (await this.answeredMore(dc))) return this.backToStep();
    return result;
  }

  private async answeredMore(dc: DialogContext): Promise<boolean> {
    return (await this.deps.answerMore?.(dc)) ?? false;
  }

  private async answered(dc: DialogContext, question: string): Promise<boolean> {
    return (await this.deps.answerQuestion?.(dc, question)) ?? false;
  }

  private backToStep(): StepResult<S> {
    return { kind: 'retry', replies: [msg.backToQuestion] };
  }

  /** "terug": the state before the last answer, so its question is asked again. */
  private back(dc: DialogContext, state: S): StepResult<S> {
    const saved = this.saved(dc);
    const previous = saved.previous.at(-1);
    const parsed = this.spec.state.safeParse(previous);
    if (!parsed.success) return { kind: 'retry', replies: [msg.nothingBefore] };
    this.save(dc, { ...saved, previous: saved.previous.slice(0, -1) });
    const replies = [msg.wentBack, ...this.nowShown(state, parsed.data)];
    return { kind: 'answered', state: parsed.data, replies, undo: true };
  }

  /** "Nu: 16 uur": the answer of the question asked again (after terug / wijzig), so the user sees what changes. */
  private nowShown(before: S, after: S): string[] {
    const now = this.spec.current?.(before, after);
    return now ? [msg.current(now)] : [];
  }

  private resume(state: S, result: unknown): StepResult<S> {
    return this.spec.resume?.(state, result) ?? { kind: 'answered', state };
  }

  private async apply(dc: DialogContext, before: S | undefined, result: StepResult<S>): Promise<DialogTurnResult> {
    const context = dc.context;
    if (result.kind !== 'retry' && result.record) await this.replaceCard(dc, result.record);
    for (const reply of result.replies ?? []) await context.sendActivity(reply);
    switch (result.kind) {
      case 'end':
        return dc.endDialog(result.result);
      case 'retry':
        if (before === undefined) return dc.endDialog(); // unreachable: begin never retries
        await this.ask(dc, before);
        return Dialog.EndOfTurn;
      case 'child': {
        this.keep(dc, before, result.state, false);
        const child = await this.createChildContext(dc).beginDialog(result.dialogId, result.options);
        if (child.status !== DialogTurnStatus.complete) return Dialog.EndOfTurn;
        return this.apply(dc, result.state, this.resume(result.state, child.result));
      }
      case 'answered':
        this.keep(dc, before, result.state, !result.undo);
        await this.ask(dc, result.state);
        return Dialog.EndOfTurn;
    }
  }

  private keep(dc: DialogContext, before: S | undefined, state: S, remember: boolean): void {
    const saved = this.saved(dc);
    const previous = remember && before !== undefined ? [...saved.previous, before].slice(-MAX_BACK) : saved.previous;
    this.save(dc, { ...saved, flow: state, previous });
  }

  private async ask(dc: DialogContext, state: S): Promise<void> {
    const sent = await send(dc.context, this.spec.open(state).render(state));
    if (sent) this.save(dc, { ...this.saved(dc), cardId: sent });
  }

  /** The card just answered becomes a record of the answer. Channels that cannot update keep the old card. */
  private async replaceCard(dc: DialogContext, card: AdaptiveCard): Promise<void> {
    const activity = dc.context.activity;
    const id = activity.replyToId ?? this.saved(dc).cardId;
    if (!id || activity.deliveryMode === 'expectReplies') return;
    try {
      const update = { type: ActivityTypes.Message, id, attachments: [CardFactory.adaptiveCard(card)] };
      await dc.context.updateActivity(update);
    } catch {
      // Not every channel can edit a message; the answer is kept all the same.
    }
  }

  private load(dc: DialogContext): S | undefined {
    const parsed = this.spec.state.safeParse(this.saved(dc).flow);
    return parsed.success ? parsed.data : undefined;
  }

  /** Parsed once when the turn loads it; what this engine saved itself during the turn is trusted. */
  private saved(dc: DialogContext): Saved {
    const state = dc.activeDialog!.state as object;
    const known = this.parsedThisTurn.get(state);
    if (known) return known;
    const parsed = Saved.safeParse(state);
    const saved = parsed.success ? parsed.data : { flow: undefined, previous: [] };
    this.parsedThisTurn.set(state, saved);
    return saved;
  }

  private save(dc: DialogContext, saved: Saved): void {
    const state = dc.activeDialog!.state as object;
    Object.assign(state, saved);
    this.parsedThisTurn.set(state, saved);
  }
}

/** Sends a reply as a prompt; returns the id of a sent card (for updating it later). */
async function send(context: TurnContext, reply: Reply): Promise<string | undefined> {
  const activity = typeof reply === 'string' ? { type: ActivityTypes.Message, text: reply } : reply;
  const response = await context.sendActivity({ inputHint: InputHints.ExpectingInput, ...activity });
  return activity.attachments?.length ? response?.id : undefined;
}
