import { ANSWER_FIELDS, type AnswerField } from '../../intake/screening/answers';
import { REASON_KORT } from '../../intake/screening/explanations.nl';
import { isStartkwalificatie } from '../../intake/screening/rules';
import type { ScreeningSummary } from '../../intake/dossier/dossier';
import { textBlock, type CardElement } from '../shared/adaptiveCard';
import { displayValue } from '../screening/cards';
import { fieldMessages, screeningMessages } from '../screening/messages.nl';
import { intakeTeamMessages as msg } from './messages.nl';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Fields worth showing: "diploma nog bruikbaar" only matters for a startkwalificatie. */
function shownFields(answers: ScreeningSummary['answers']): AnswerField[] {
  return ANSWER_FIELDS.filter(
    (field) => field !== 'startkwalificatieBruikbaar' || isStartkwalificatie(answers.opleiding),
  );
}

/**
 * The screening as the intake team reads it: the advice and its reasons in plain Dutch, then
 * the verwijzer's answers. Never the codes: those are for machines (the webhook JSON keeps them).
 */
export function screeningBlocks(screening: ScreeningSummary | null): CardElement[] {
  const c = msg.card;
  if (!screening) return [textBlock(c.geenScreening)];
  const redenen = screening.redenen.map((code) => capitalise(REASON_KORT[code])).join('; ') || c.geenRedenen;
  const answers = shownFields(screening.answers).map((field) => ({
    title: fieldMessages[field].label,
    value: displayValue(field, screening.answers[field]),
  }));
  return [
    {
      type: 'FactSet',
      facts: [
        { title: c.advies, value: screeningMessages.result.advies[screening.advies] },
        { title: c.redenen, value: redenen },
      ],
    },
    textBlock(c.antwoorden, { isSubtle: true, spacing: 'Small' }),
    { type: 'FactSet', spacing: 'None', facts: answers },
  ];
}
