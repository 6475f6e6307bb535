import { FLOW, type WerkprocesSelection } from '../flows';
import {
  ActivityTypes,
  CardFactory,
  Dialog,
  InputHints,
  MessageFactory,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type TurnContext,
} from '../sdk';
import type { AdaptiveCard } from '../shared/adaptiveCard';
import { flowMessages } from '../shared/messages.nl';
import { submitOf } from '../shared/submitOf';
import { applyAction } from './applyAction';
import { beginState, type WerkprocessenOptions } from './beginState';
import type { ExplorerState } from './explorerState';
import { recognizeAction } from './recognizeAction';
import { renderView } from './renderView';
import { finishCard } from './selectionCards';
import type { ExplorerDeps } from './viewContent';

/** The catalogue and the search index built from it once at start-up. */
export type WerkprocessenDeps = ExplorerDeps;

/** What this dialog keeps in its own instance state: the whole exploration, plain data. */
interface Saved {
  explorer?: ExplorerState;
}

export function cardActivity(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * "Werkprocessen verkennen": suggestions from the client's interests, free questions,
 * browsing domain → kwalificatie → kerntaak → werkprocessen, and a selection that ends the
 * flow. One card per turn; the dialog reads the turn (recognizeAction), pure functions
 * (applyAction) decide. The exploration is the dialog's own state, so the root can read what
 * was chosen so far without knowing how botbuilder stores dialogs.
 */
export class WerkprocessenDialog extends Dialog<WerkprocessenOptions> {
  constructor(private readonly deps: WerkprocessenDeps) {
    super(FLOW.werkprocessen);
  }

  override async beginDialog(dc: DialogContext, options?: WerkprocessenOptions): Promise<DialogTurnResult> {
    const { state, replies } = beginState(options ?? {}, submitOf(dc.context.activity), this.deps);
    for (const reply of replies) await dc.context.sendActivity(reply);
    return this.show(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== (ActivityTypes.Message as string)) return Dialog.EndOfTurn;
    const state = explorerOf(dc.activeDialog);
    if (!state) {
      await dc.context.sendActivity(flowMessages.stateLost); // saved by an older version
      return dc.endDialog();
    }
    const recognized = recognizeAction(dc.context.activity, state, this.deps);
    if (!recognized.ok) {
      for (const reply of recognized.replies) await dc.context.sendActivity(reply);
      return this.show(dc, state);
    }
    const outcome = applyAction(state, recognized.value, this.deps);
    for (const reply of outcome.replies) await dc.context.sendActivity(reply);
    if (!outcome.done) return this.show(dc, outcome.state);
    if (outcome.state.terugNaarAanmelding) return dc.endDialog(outcome.state.selection); // the review card follows
    await dc.context.sendActivity(cardActivity(finishCard(outcome.state.selection)));
    return dc.endDialog(outcome.state.selection);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = explorerOf(instance);
    if (state) await ask(context, state, this.deps);
  }

  /** For the root, before it cancels this dialog: the selection so far, if the verwijzer changed it. */
  draftInProgress(instance: DialogInstance | undefined): WerkprocesSelection | undefined {
    const state = explorerOf(instance);
    if (!state?.gewijzigd) return undefined;
    return {
      kwalificaties: [...state.selection.kwalificaties],
      werkprocessen: [...state.selection.werkprocessen],
    };
  }

  private async show(dc: DialogContext, state: ExplorerState): Promise<DialogTurnResult> {
    (dc.activeDialog!.state as Saved).explorer = state;
    await ask(dc.context, state, this.deps);
    return Dialog.EndOfTurn;
  }
}

function explorerOf(instance: DialogInstance | undefined): ExplorerState | undefined {
  return (instance?.state as Saved | undefined)?.explorer;
}

async function ask(context: TurnContext, state: ExplorerState, deps: WerkprocessenDeps): Promise<void> {
  await context.sendActivity({ ...cardActivity(renderView(state, deps)), inputHint: InputHints.ExpectingInput });
}
