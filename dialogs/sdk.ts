/**
 * The one place where dialogs import the Bot Framework SDK. A move to the Microsoft 365
 * Agents SDK then rewrites bot/ and this file, not every dialog.
 */
export { ActivityTypes, CardFactory, InputHints, MessageFactory, TurnContext } from 'botbuilder';
export type { Activity, Attachment } from 'botbuilder';
export { ComponentDialog, Dialog, DialogSet, DialogTurnStatus, WaterfallDialog } from 'botbuilder-dialogs';
export type {
  DialogContext,
  DialogInstance,
  DialogReason,
  DialogTurnResult,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
