import type { DossierStatus, PreIntakeDossier } from '../../intake/dossier/dossier';
import { currentStatus } from '../../intake/dossier/dossier';
import type { RegistrationStore } from '../../intake/delivery/ports';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import type { Logger } from '../logger';
import type { ProactiveSender } from './proactive';

/** Tells the verwijzer, in their own chat with the bot, what happened to a dossier. */
export class VerwijzerNotifier {
  constructor(
    private readonly verwijzers: RegistrationStore,
    private readonly sender: ProactiveSender,
    private readonly log: Logger,
  ) {}

  async statusChanged(dossier: PreIntakeDossier, status: DossierStatus): Promise<void> {
    const text = notificationText(dossier, status);
    if (!text) return;
    const reference = await this.verwijzers.get(dossier.verwijzer.teamsId);
    if (!reference) {
      this.log.warn({ event: 'notify.no_reference', dossierId: dossier.id }, 'verwijzer not reachable');
      return;
    }
    try {
      await this.sender.sendText(reference, text);
      this.log.info({ event: 'notify.sent', dossierId: dossier.id, status }, 'verwijzer notified');
    } catch (error) {
      this.log.error(
        { event: 'notify.failed', dossierId: dossier.id, code: (error as Error).name },
        'notification failed',
      );
    }
  }
}

function notificationText(dossier: PreIntakeDossier, status: DossierStatus): string | undefined {
  const toelichting = currentStatus(dossier).toelichting ?? '';
  switch (status) {
    case 'afgeleverd':
    case 'in-behandeling':
    case 'mislukt':
      return msg.notify[status](dossier.id);
    case 'info-nodig':
    case 'adviesgesprek-gepland':
      return msg.notify[status](dossier.id, toelichting);
    default:
      return undefined;
  }
}
