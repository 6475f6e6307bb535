import type { ChannelAccount } from 'botbuilder';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';

/** Longest name shown in a channel message; a longer name (a forged one) is cut. */
const MAX_SHOWN_NAME = 100;

/** The member's name as shown to the team ("Iemand van het intaketeam" without one). */
export function shownName(from: Partial<ChannelAccount> | undefined): string {
  return (from?.name?.trim() || msg.teamAction.someone).slice(0, MAX_SHOWN_NAME);
}
