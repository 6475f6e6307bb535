import { withStatus, type PreIntakeDossier } from '../../intake/dossier/dossier';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type {
  ConversationReferenceJson,
  DeliveryResult,
  DeliveryTarget,
  RegistrationStore,
} from '../../intake/delivery/ports';
import { dossierCard, type CodeNames } from '../../dialogs/intakeTeam/cards';
import type { ProactiveSender } from './proactive';

/**
 * Delivers a dossier as a card into the team's registered Teams channel. No channel
 * registered yet is no failed attempt: the dossier waits until the team links one.
 */
export function teamsChannelTarget(
  registrations: RegistrationStore,
  sender: ProactiveSender,
  names?: CodeNames,
  /** Told where the card went, so later messages can go under it (a failure here is no failed delivery). */
  onCard?: (dossierId: string, channel: ConversationReferenceJson, cardId: string) => Promise<void>,
): DeliveryTarget {
  return {
    async deliver(dossier: PreIntakeDossier, team: IntakeTeam): Promise<DeliveryResult> {
      const reference = await registrations.get(team.id);
      if (!reference) return { ok: false, waiting: true, reason: 'NO_CHANNEL_REGISTERED' };
      try {
        // The card arrives delivered: show that status, not the 'verzonden' it had in the outbox.
        const delivered = withStatus(dossier, { status: 'afgeleverd', op: new Date().toISOString() });
        const cardId = await sender.sendCard(reference, dossierCard(delivered, team.naam, names));
        if (cardId) await onCard?.(dossier.id, reference, cardId).catch(() => undefined);
        return { ok: true };
      } catch (error) {
        return sendFailure(error);
      }
    },
  };
}

/** The channel answered with an error, did not answer in time, or could not be reached. */
function sendFailure(error: unknown): DeliveryResult {
  const status = (error as { statusCode?: number }).statusCode;
  if (typeof status === 'number' && status > 0) {
    const retryable = status >= 500 || status === 429 || status === 408;
    return { ok: false, retryable, reason: `TEAMS_HTTP_${status}` };
  }
  const timedOut = (error as { code?: string }).code === 'TIMEOUT';
  return { ok: false, retryable: true, reason: timedOut ? 'TEAMS_TIMEOUT' : 'TEAMS_NETWORK_ERROR' };
}
