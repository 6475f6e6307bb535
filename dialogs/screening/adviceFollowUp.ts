import type { Policy } from '../../intake/screening/policy';
import { explainRequest } from '../shared/typedAnswer';
import { navigationOf } from '../shared/navigation';
import { adviceReasons } from './explain';
import { displayValue } from './cards';
import { withoutAnswer } from './questions';
import { answeredFieldNamed } from './recognizeSummary';
import type { ScreeningOptions, ScreeningOutcome } from './screeningState';

/** Typed at the menu right after an advice: explain it, or change one answer and screen again. */
export type AdviceFollowUp = { kind: 'explain'; text: string } | { kind: 'edit'; options: ScreeningOptions };

/** "waarom?" explains the last advice (not a search); "wijzig leeftijd" asks that answer again. */
export function adviceFollowUp(
  text: string,
  outcome: ScreeningOutcome | undefined,
  policy: Policy,
): AdviceFollowUp | undefined {
  if (!outcome) return undefined;
  const explain = explainRequest(text);
  if (explain && !explain.topic)
    return { kind: 'explain', text: adviceReasons(outcome.advice, outcome.answers, policy)! };
  const navigation = navigationOf(text);
  const field = navigation?.kind === 'edit' ? answeredFieldNamed(navigation.name, outcome.answers) : undefined;
  if (!field) return undefined;
  const nu = displayValue(field, outcome.answers[field]);
  return { kind: 'edit', options: { answers: withoutAnswer(outcome.answers, field), nu } };
}
