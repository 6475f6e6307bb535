import type { z } from 'zod';
import type { Activity, DialogContext } from '../sdk';
import type { AdaptiveCard } from './adaptiveCard';

/** What the bot sends: a text or a whole activity (usually one card). */
export type Reply = string | Partial<Activity>;

/** What a recognizer made of a turn: an accepted value, or replies before the same question again. */
export type Recognized<T> = { ok: true; value: T } | { ok: false; replies: readonly Reply[] };

/** What one turn at a step meant. */
export type StepResult<S> =
  /** Taken: the flow goes on from `state`. `record` replaces the answered card (read-only). */
  | { kind: 'answered'; state: S; replies?: readonly Reply[]; record?: AdaptiveCard; undo?: boolean }
  /** Not taken: the replies, then the same step again. */
  | { kind: 'retry'; replies: readonly Reply[] }
  /** The flow is done and ends with `result` (undefined: nothing to keep). */
  | { kind: 'end'; result: unknown; replies?: readonly Reply[]; record?: AdaptiveCard }
  /** Run another flow first (the aanmelding runs the screening); `resume` gets its result. */
  | { kind: 'child'; state: S; dialogId: string; options: object; replies?: readonly Reply[]; record?: AdaptiveCard };

/** One question or card of a flow: how it is shown and how a turn at it is read. */
export interface Step<S> {
  id: string;
  render(state: S): Reply;
  recognize(activity: Activity, state: S): StepResult<S> | Promise<StepResult<S>>;
  /** Any typed text is an answer here (a name, a remark), so a question must end with "?". */
  freeText?: boolean;
  /** The card as a read-only record when "wijzig <vraag>" leaves it (a summary, a review). */
  record?(state: S): AdaptiveCard;
}

/**
 * A flow as data for the QuestionFlow engine: its state (parsed with zod each turn), how it
 * begins, which step is open for a state, and the optional corrections it supports.
 */
export interface FlowSpec<S, O = object> {
  id: string;
  state: z.ZodType<S>;
  begin(options: O, activity: Activity): StepResult<S>;
  /** The step to ask now: the next open question, or a closing card (summary, review). */
  open(state: S): Step<S>;
  /** After a child flow: its result (undefined when it was stopped). */
  resume?(state: S, result: unknown): StepResult<S>;
  /** "wijzig <name>": the state that asks that answer again; undefined when no answer has that name. */
  edit?(state: S, name: string): S | undefined;
  /**
   * When terug / wijzig goes from `before` to `after`: the answer that the question now asked had in
   * `before`, as the user reads it ("16 uur"); shown with the question so the user sees what changes.
   */
  current?(before: S, after: S): string | undefined;
  /** "waarom?" / "uitleg <begrip>" at a step: a text, or undefined to try the knowledge base. */
  explain?(state: S, stepId: string, topic: string | undefined): string | undefined;
  /** What the root keeps when the flow is interrupted ("stop", another flow); undefined: nothing. */
  interrupted?(state: S): unknown;
}

/** Answers a free question from the knowledge base (sends the answer itself); false when it could not. */
export type QuestionAnswerer = (dc: DialogContext, question: string) => Promise<boolean>;

/** "meer" after such an answer: the rest of it (sends it itself); false when it could not. */
export type MoreAnswerer = (dc: DialogContext) => Promise<boolean>;

/** "Bekijk dit beroep" under such an answer: shows that entry (sends it itself); false for any other turn. */
export type EntryShower = (dc: DialogContext) => Promise<boolean>;

export function retry<S>(...replies: Reply[]): StepResult<S> {
  return { kind: 'retry', replies };
}
