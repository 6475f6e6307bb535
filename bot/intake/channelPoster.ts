import type { Activity } from 'botbuilder';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { ConversationReferenceJson, RegistrationStore } from '../../intake/delivery/ports';
import { dossierCard, type CodeNames } from '../../dialogs/intakeTeam/cards';
import type { Logger } from '../logger';
import type { ProactiveSender } from './proactive';

/** Where a dossier's card sits in its team's channel: the channel's reference plus the card's id. */
export type CardReference = ConversationReferenceJson & { activityId?: string };

/**
 * Messages from the verwijzer's side (an answer, "ik kom", an outcome, a reminder) into the
 * intake team's channel: a reply under the dossier's card, and the card itself brought up to
 * date. Without a known card (delivered before cards were remembered) a new message is posted.
 */
export class ChannelPoster {
  constructor(
    private readonly teams: readonly IntakeTeam[],
    private readonly registrations: RegistrationStore,
    private readonly cards: RegistrationStore,
    private readonly sender: ProactiveSender,
    private readonly log: Logger,
    private readonly names?: CodeNames,
  ) {}

  /** Remembers the card just delivered for this dossier. */
  async remember(dossierId: string, channel: ConversationReferenceJson, activityId: string): Promise<void> {
    await this.cards.set(dossierId, { ...channel, activityId });
  }

  /**
   * Posts `activity` under the dossier's card and refreshes the card. False when the team has
   * no Teams channel (a webhook team, or not linked yet); throws when the post failed.
   */
  async post(dossier: PreIntakeDossier, activity: Partial<Activity>): Promise<boolean> {
    const team = this.teams.find((t) => t.id === dossier.intakeTeam);
    const channel = team && !team.webhook ? await this.registrations.get(team.id) : undefined;
    if (!team || !channel) return false;
    const card: CardReference | undefined = await this.cards.get(dossier.id);
    const thread = card?.activityId ? inThread(channel, card.activityId) : channel;
    await this.sender.send(thread, activity);
    if (card?.activityId) await this.refresh(channel, card.activityId, dossier, team);
    return true;
  }

  /** The card shows the new state for everyone; its `refresh` would too, but only when opened. */
  private async refresh(
    channel: ConversationReferenceJson,
    cardId: string,
    dossier: PreIntakeDossier,
    team: IntakeTeam,
  ) {
    try {
      await this.sender.updateCard(channel, cardId, dossierCard(dossier, team.naam, this.names));
    } catch (error) {
      this.log.warn(
        { event: 'channel.card_update_failed', dossierId: dossier.id, code: (error as Error).name },
        'dossier card not updated; it refreshes when opened',
      );
    }
  }
}

/** A reply in a channel goes to the thread: the conversation id carries ";messageid=<root>". */
function inThread(channel: ConversationReferenceJson, rootId: string): ConversationReferenceJson {
  const conversation = channel.conversation as { id: string } | undefined;
  if (!conversation) return channel;
  return { ...channel, conversation: { ...conversation, id: `${conversation.id};messageid=${rootId}` } };
}
