/**
 * The one place where dialogs import the Bot Framework SDK. A move to the Microsoft 365
 * Agents SDK then rewrites bot/ and this file, not every dialog.
 *
 * botbuilder-dialogs is imported by module, not through its index: the index also loads the
 * prompts and their Microsoft.Recognizers.Text libraries (about 5 MB of JavaScript), which
 * this bot does not use and which made up a sixth of its start-up. The `.js` paths resolve in
 * Node's ESM loader (the build keeps packages external) as well as in TypeScript.
 */
export { ActivityTypes, CardFactory, InputHints, MessageFactory, TurnContext } from 'botbuilder';
export type { Activity, Attachment } from 'botbuilder';
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
import type { DialogInstance } from 'botbuilder-dialogs/lib/dialog.js';
export type { DialogInstance, DialogReason, DialogTurnResult } from 'botbuilder-dialogs/lib/dialog.js';
import type { DialogContext } from 'botbuilder-dialogs/lib/dialogContext.js';
export type { DialogContext, DialogState } from 'botbuilder-dialogs/lib/dialogContext.js';
export type { DialogStateManagerConfiguration } from 'botbuilder-dialogs/lib/memory/dialogStateManager.js';
export type { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext.js';

/**
 * The stack of dialogs running inside a ComponentDialog `instance`, read from its state, where
 * ComponentDialog keeps it under `dialogs` (its PERSISTED_DIALOG_STATE); empty when none runs.
 * Asking through createChildContext builds a whole DialogContext (with its memory scopes) and
 * writes an empty stack into the state only to find nothing there.
 */
export function innerStackOf(instance: DialogInstance | undefined): DialogInstance[] {
  const inner = (instance?.state as { dialogs?: { dialogStack?: DialogInstance[] } } | undefined)?.dialogs;
  return inner?.dialogStack ?? [];
}

/** Whether the active ComponentDialog of `outer` has a dialog running inside it. */
export function hasActiveChild(outer: DialogContext): boolean {
  return innerStackOf(outer.activeDialog).length > 0;
}
