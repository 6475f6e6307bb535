import { CardFactory, type Activity } from 'botbuilder';
import { currentStatus, type DossierStatus, type PreIntakeDossier } from '../../intake/dossier/dossier';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { RegistrationStore } from '../../intake/delivery/ports';
import { NOT_STARTED_REASON_LABELS } from '../../intake/dossier/statusLabels.nl';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { decisionCard, followUpCard, invitationCard, questionCard } from '../../dialogs/verwijzerLoop/cards';
import { contactText } from '../../dialogs/verwijzerLoop/format';
import { loopMessages } from '../../dialogs/verwijzerLoop/messages.nl';
import type { AdaptiveCard } from '../../dialogs/shared/adaptiveCard';
import type { Logger } from '../logger';
import type { ProactiveSender } from './proactive';

/**
 * Tells the verwijzer, in their own chat with the bot, what happened to a dossier: every step
 * the intake team takes, with the team's contact on every message. A question comes with a
 * field to answer in, an invitation with "Ik kom" / "Ik kom niet". Text typed by the team is
 * shown literally (plain text, or a card's TextRun), never as Markdown.
 */
export class VerwijzerNotifier {
  constructor(
    private readonly verwijzers: RegistrationStore,
    private readonly sender: ProactiveSender,
    private readonly log: Logger,
    private readonly teams: readonly IntakeTeam[] = [],
  ) {}

  async statusChanged(dossier: PreIntakeDossier, status: DossierStatus): Promise<void> {
    const activity = this.notification(dossier, status);
    if (!activity) return;
    try {
      if (await this.deliver(dossier, activity))
        this.log.info({ event: 'notify.sent', dossierId: dossier.id, status }, 'verwijzer notified');
    } catch (error) {
      this.log.error(
        { event: 'notify.failed', dossierId: dossier.id, code: (error as Error).name },
        'notification failed',
      );
    }
  }

  /** The follow-up question; false when the verwijzer cannot be reached, throws when the send failed. */
  async askOutcome(dossier: PreIntakeDossier, moment: '3-maanden' | '6-maanden'): Promise<boolean> {
    return this.deliver(dossier, cardMessage(followUpCard(dossier, moment, this.contactOf(dossier))));
  }

  /** The team's contact line for this dossier (also on the verwijzer's cards in Mijn aanmeldingen). */
  contactOf(dossier: PreIntakeDossier): string {
    return contactText(
      this.teams.find((t) => t.id === dossier.intakeTeam),
      dossier.intakeTeam,
    );
  }

  private async deliver(dossier: PreIntakeDossier, activity: Partial<Activity>): Promise<boolean> {
    const reference = await this.verwijzers.get(dossier.verwijzer.teamsId);
    if (!reference) {
      this.log.warn({ event: 'notify.no_reference', dossierId: dossier.id }, 'verwijzer not reachable');
      return false;
    }
    await this.sender.send(reference, activity);
    return true;
  }

  private notification(dossier: PreIntakeDossier, status: DossierStatus): Partial<Activity> | undefined {
    const contact = this.contactOf(dossier);
    const entry = currentStatus(dossier);
    const v = loopMessages.toVerwijzer;
    switch (status) {
      case 'afgeleverd':
      case 'in-behandeling':
      case 'mislukt':
        return plainText(`${msg.notify[status](dossier.id)}\n\n${contact}`);
      case 'info-nodig':
        return cardMessage(questionCard(dossier, contact));
      case 'adviesgesprek-gepland':
        return cardMessage(invitationCard(dossier, contact));
      case 'gestart':
        return cardMessage(decisionCard(v.gestart(dossier.id), entry.toelichting, contact));
      case 'niet-gestart': {
        const reden = entry.reden ? NOT_STARTED_REASON_LABELS[entry.reden] : '';
        return cardMessage(decisionCard(v.nietGestart(dossier.id, reden), entry.toelichting, contact));
      }
      case 'afgerond':
        return cardMessage(
          decisionCard(v.afgerond(dossier.id, entry.resultaat?.praktijkverklaring ?? false), undefined, contact),
        );
      default:
        return undefined; // 'aangevuld' is the verwijzer's own step; 'verzonden' they were told at once
    }
  }
}

/** Plain text: Teams shows it as typed, so configured or typed values cannot become Markdown. */
function plainText(text: string): Partial<Activity> {
  return { type: 'message', text, textFormat: 'plain' };
}

function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}
