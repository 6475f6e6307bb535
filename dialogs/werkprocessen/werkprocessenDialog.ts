import { FLOW, type WerkprocesSelection } from '../flows';
import {
  CardFactory,
  ComponentDialog,
  MessageFactory,
  WaterfallDialog,
  type DialogInstance,
  type DialogTurnResult,
  type WaterfallStepContext,
} from '../sdk';
import { AnswerPrompt } from '../shared/answerPrompt';
import type { AdaptiveCard } from '../shared/adaptiveCard';
import { applyAction } from './applyAction';
import { beginState, type WerkprocessenOptions } from './beginState';
import { draftInProgress } from './draftInProgress';
import type { Action, ExplorerState } from './explorerState';
import { recognizeAction } from './recognizeAction';
import { renderView } from './renderView';
import { finishCard } from './selectionCards';
import type { ExplorerDeps } from './viewContent';

/** The catalogue and the search index built from it once at start-up. */
export type WerkprocessenDeps = ExplorerDeps;

const START = 'werkprocessen.start';
const LOOP = 'werkprocessen.loop';
const VIEW = 'werkprocessen.view';

export function cardActivity(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * "Werkprocessen verkennen": suggestions from the client's interests, free questions,
 * browsing domain → kwalificatie → kerntaak → werkprocessen, and a selection that ends the
 * flow. One card per turn; steps collect, pure functions (applyAction) decide.
 */
export class WerkprocessenDialog extends ComponentDialog {
  constructor(private readonly deps: WerkprocessenDeps) {
    super(FLOW.werkprocessen);
    this.addDialog(new WaterfallDialog(START, [this.begin.bind(this)]));
    this.addDialog(new WaterfallDialog(LOOP, [this.show.bind(this), this.act.bind(this)]));
    this.addDialog(
      new AnswerPrompt<ExplorerState, Action>(VIEW, {
        render: (state) => cardActivity(renderView(state, deps)),
        recognize: (activity, state) => recognizeAction(activity, state, deps),
      }),
    );
    this.initialDialogId = START;
  }

  /** For the root, before it cancels this dialog: the selection so far, if the verwijzer changed it. */
  draftInProgress(instance: DialogInstance | undefined): WerkprocesSelection | undefined {
    return draftInProgress(instance, LOOP);
  }

  private async begin(step: WaterfallStepContext<WerkprocessenOptions>): Promise<DialogTurnResult> {
    const { state, replies } = beginState(step.options ?? {}, step.context.activity.value, this.deps);
    for (const reply of replies) await step.context.sendActivity(reply);
    return step.replaceDialog(LOOP, state);
  }

  private async show(step: WaterfallStepContext<ExplorerState>): Promise<DialogTurnResult> {
    return step.beginDialog(VIEW, step.options);
  }

  private async act(step: WaterfallStepContext<ExplorerState>): Promise<DialogTurnResult> {
    const { state, replies, done } = applyAction(step.options, step.result as Action, this.deps);
    for (const reply of replies) await step.context.sendActivity(reply);
    if (!done) return step.replaceDialog(LOOP, state);
    await step.context.sendActivity(cardActivity(finishCard(state.selection)));
    return step.endDialog(state.selection);
  }
}
