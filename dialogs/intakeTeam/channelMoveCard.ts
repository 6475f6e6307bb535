import { adaptiveCard, submitAction, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import { TYPED_SUBMIT_KEY } from '../flows';
import { intakeTeamMessages } from './messages.nl';

const msg = intakeTeamMessages.registration.move;

/** The command that confirms moving team `teamId`'s intake channel here (typed, or sent by the button). */
export function confirmMoveCommand(teamId: string): string {
  return `koppel intake ${teamId} bevestig`;
}

/**
 * "koppel intake <team>" in another channel of the team than the linked one: what moving means
 * and a button to confirm. The button sends the typed command, so both take the same checks.
 */
export function channelMoveCard(team: { id: string; naam: string }, minutes: number): AdaptiveCard {
  return adaptiveCard(
    [
      textBlock(msg.title, { weight: 'Bolder', size: 'Medium' }),
      textBlock(msg.ask(team.naam, minutes)),
      textBlock(msg.typed(team.id), { isSubtle: true }),
    ],
    [submitAction(msg.button, { [TYPED_SUBMIT_KEY]: confirmMoveCommand(team.id) }, { style: 'positive' })],
  );
}
