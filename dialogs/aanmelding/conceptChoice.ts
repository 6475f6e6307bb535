import { z } from 'zod';
import type { DossierDraft } from '../../intake/dossier/draft';
import type { Activity } from '../sdk';
import type { ScreeningOutcome } from '../screening';
import { adaptiveCard, recordCard, submitAction, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import { cardActivity } from '../shared/cardActivity';
import type { Step, StepResult } from '../shared/flowStep';
import { submitOf } from '../shared/submitOf';
import { foldText } from '../shared/typedAnswer';
import type { FlowState } from './flowState';
import { conceptChoiceMessages as msg } from './messages.nl';

export type ConceptChoice = 'verder' | 'nieuw';
const ChoiceSubmit = z.strictObject({ concept: z.enum(['verder', 'nieuw']) });

const TYPED: Record<string, ConceptChoice> = {
  verder: 'verder',
  'verder met concept': 'verder',
  'verder met het concept': 'verder',
  concept: 'verder',
  nieuw: 'nieuw',
  nieuwe: 'nieuw',
  'nieuwe aanmelding': 'nieuw',
  'nieuwe client': 'nieuw',
};

/**
 * A saved concept belongs to this screening only when it holds the same answers. A concept with
 * another screening, or none, may be another client's: the verwijzer chooses, nothing is guessed.
 */
export function conceptIsForOtherScreening(draft: DossierDraft | undefined, screening: ScreeningOutcome | undefined) {
  if (!draft || !screening || Object.keys(draft).length === 0) return false;
  return JSON.stringify(draft.screening?.answers ?? null) !== JSON.stringify(screening.answers);
}

/** The choice: go on with the concept (resumed as it was) or start a new aanmelding with this screening. */
export function conceptChoiceStep(decide: (state: FlowState, choice: ConceptChoice) => StepResult<FlowState>) {
  const step: Step<FlowState> = {
    id: 'conceptKeuze',
    render: (state) => cardActivity(conceptChoiceCard(state.draft.kandidaat?.naam)),
    recognize: (activity, state) => {
      const choice = recognizeChoice(activity);
      if (!choice) return { kind: 'retry', replies: [msg.notUnderstood] };
      const naam = state.draft.kandidaat?.naam;
      const chosen = choice === 'verder' ? msg.verderButton(naam) : msg.nieuwButton;
      const decided = decide(state, choice);
      return decided.kind === 'retry' ? decided : { ...decided, record: recordCard(msg.title, [[msg.chosen, chosen]]) };
    },
  };
  return step;
}

function recognizeChoice(activity: Activity): ConceptChoice | undefined {
  const submit = submitOf(activity);
  if (submit) return ChoiceSubmit.safeParse(submit).data?.concept;
  return TYPED[foldText(activity.text ?? '')];
}

/** Two ways on; the concept stays saved whichever is chosen. */
export function conceptChoiceCard(naam: string | undefined): AdaptiveCard {
  return adaptiveCard(
    [
      textBlock(msg.title, { weight: 'Bolder', size: 'Medium' }),
      textBlock(msg.intro(naam)),
      textBlock(msg.typeHint, { isSubtle: true, size: 'Small' }),
    ],
    [
      submitAction(msg.verderButton(naam), { concept: 'verder' }),
      submitAction(msg.nieuwButton, { concept: 'nieuw' }, { style: 'positive' }),
    ],
  );
}
