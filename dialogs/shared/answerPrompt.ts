import {
  ActivityTypes,
  Dialog,
  InputHints,
  type Activity,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type TurnContext,
} from '../sdk';

import type { Recognized, Reply } from './flowStep';

export type { Recognized, Reply } from './flowStep';

export interface AnswerPromptSpec<O, T> {
  /** The question (usually one card). Options live in dialog state, so keep them plain data. */
  render(options: O): Reply;
  recognize(activity: Activity, options: O): Recognized<T>;
}

/**
 * A prompt that never gives up and never throws on odd input: every turn is either an
 * answer (the dialog ends with it) or a clear reply followed by the same question again.
 * Unlike ActivityPrompt it still re-asks after the validator has replied (explanations).
 */
export class AnswerPrompt<O extends object, T> extends Dialog<O> {
  constructor(
    dialogId: string,
    private readonly spec: AnswerPromptSpec<O, T>,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: O): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as { options: O };
    state.options = options ?? ({} as O);
    await send(dc.context, this.spec.render(state.options));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== (ActivityTypes.Message as string)) return Dialog.EndOfTurn;
    const { options } = dc.activeDialog!.state as { options: O };
    const recognized = this.spec.recognize(dc.context.activity, options);
    if (recognized.ok) return dc.endDialog(recognized.value);
    for (const reply of recognized.replies) await dc.context.sendActivity(reply);
    await send(dc.context, this.spec.render(options));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await send(context, this.spec.render((instance.state as { options: O }).options));
  }
}

async function send(context: TurnContext, reply: Reply): Promise<void> {
  if (typeof reply === 'string') await context.sendActivity(reply, undefined, InputHints.ExpectingInput);
  else await context.sendActivity({ inputHint: InputHints.ExpectingInput, ...reply });
}
