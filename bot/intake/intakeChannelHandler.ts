import { CardFactory, TurnContext, type Activity } from 'botbuilder';
import type { Clock } from '../../intake/dossier/clock';
import type { DossierStatus, PreIntakeDossier } from '../../intake/dossier/dossier';
import { CONTAINS_BSN } from '../../intake/dossier/fields';
import type { StatusChange } from '../../intake/delivery/dossierRecord';
import { DomainError } from '../../intake/errors';
import type { Metrics } from '../metrics';
import { dossierCard, type CodeNames } from '../../dialogs/intakeTeam/cards';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { IntakeAction, isIntakeActionValue } from '../../dialogs/intakeTeam/submits';
import { normalizeCommandText } from '../../dialogs/root/commands';
import type { Logger } from '../logger';
import { channelRootReference } from './proactive';
import type { IntakeServices } from './intakeServices';

const KOPPEL = /^koppel intake(?:\s+(\S+))?$/;

/**
 * The intake team's side in its channel: "koppel intake <team-id>" links the channel, and
 * the buttons on a dossier card change its status, update the card in place and tell the
 * verwijzer. Returns false for anything else, which then goes to the dialogs.
 */
export class IntakeChannelHandler {
  constructor(
    private readonly intake: Pick<IntakeServices, 'teams' | 'store' | 'registrations' | 'notifier'>,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly metrics?: Pick<Metrics, 'dossiers' | 'timeToFirstAction' | 'sinceSent'>,
    private readonly names?: CodeNames,
  ) {}

  async handle(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    if (isIntakeActionValue(activity.value)) {
      await this.teamAction(context, activity.value);
      return true;
    }
    // Teams strips the mention through its entity; other clients may leave the <at> tag.
    const koppel = KOPPEL.exec(normalizeCommandText((activity.text ?? '').replace(/<at>.*?<\/at>/g, '')));
    if (!koppel) return false;
    await this.register(context, koppel[1]);
    return true;
  }

  private async register(context: TurnContext, teamId: string | undefined): Promise<void> {
    if (context.activity.conversation?.conversationType === 'personal') {
      await context.sendActivity(msg.registration.notInChannel);
      return;
    }
    const known = this.intake.teams.map((t) => t.id).join(', ');
    if (!teamId) {
      await context.sendActivity(`${msg.registration.usage} Bekende teams: ${known}.`);
      return;
    }
    const team = this.intake.teams.find((t) => t.id.toLowerCase() === teamId.toLowerCase());
    if (!team) {
      await context.sendActivity(msg.registration.unknownTeam(teamId, known));
      return;
    }
    await this.intake.registrations.set(team.id, channelRootReference(TurnContext.getConversationReference(context.activity)));
    this.log.info({ event: 'intake.channel_registered', teamId: team.id }, 'intake channel registered');
    await context.sendActivity(msg.registration.done(team.naam));
  }

  private async teamAction(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const parsed = IntakeAction.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const missing = issue?.path[0];
      const text =
        issue?.message === CONTAINS_BSN ? msg.teamAction.questionHasBsn
        : missing === 'vraag' ? msg.teamAction.missingQuestion
        : missing === 'datum' ? msg.teamAction.missingDate
        : msg.teamAction.invalid;
      await context.sendActivity(text);
      return;
    }
    const action = parsed.data;
    const door = context.activity.from?.name || 'Iemand van het intaketeam';
    const entry: StatusChange = { status: action.intakeActie, op: this.clock().toISOString(), door: 'intaketeam', ...toelichting(action) };
    let updated: PreIntakeDossier | undefined;
    try {
      updated = await this.intake.store.updateStatus(action.dossierId, entry);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'TRANSITION_NOT_ALLOWED') throw error;
      const current = (await this.intake.store.get(action.dossierId))?.statusHistory.at(-1)?.status;
      await context.sendActivity(current ? msg.teamAction.notNow(msg.statusLabels[current]) : msg.teamAction.unknownDossier);
      return;
    }
    if (!updated) {
      await context.sendActivity(msg.teamAction.unknownDossier);
      return;
    }
    this.log.info({ event: 'intake.status_changed', dossierId: updated.id, status: entry.status }, 'status changed');
    this.countAction(updated);
    const team = this.intake.teams.find((t) => t.id === updated.intakeTeam);
    await this.updateCard(context, dossierCard(updated, team?.naam ?? updated.intakeTeam, this.names), entry.status, door);
    await this.intake.notifier.statusChanged(updated, entry.status);
  }

  private countAction(dossier: PreIntakeDossier): void {
    const status = dossier.statusHistory.at(-1)!.status;
    this.metrics?.dossiers.inc({ status });
    const seconds = this.metrics?.sinceSent(dossier);
    if (isFirstTeamAction(dossier) && seconds !== undefined) this.metrics?.timeToFirstAction.observe(seconds);
  }

  /** Replace the card the button was on; if the channel cannot update, post the new state. */
  private async updateCard(context: TurnContext, card: object, status: DossierStatus, door: string): Promise<void> {
    const replyToId = context.activity.replyToId;
    const attachments = [CardFactory.adaptiveCard(card)];
    try {
      if (!replyToId) throw new Error('no replyToId');
      await context.updateActivity({ type: 'message', id: replyToId, attachments } as Partial<Activity>);
    } catch {
      await context.sendActivity({ type: 'message', attachments });
    }
    await context.sendActivity(msg.teamAction.done(msg.statusLabels[status], door));
  }
}

const TEAM_ACTIONS = new Set(['in-behandeling', 'info-nodig', 'adviesgesprek-gepland']);

function isFirstTeamAction(dossier: PreIntakeDossier): boolean {
  return dossier.statusHistory.filter((s) => TEAM_ACTIONS.has(s.status)).length === 1;
}

function toelichting(action: IntakeAction): { toelichting?: string } {
  if (action.intakeActie === 'info-nodig') return { toelichting: action.vraag };
  if (action.intakeActie === 'adviesgesprek-gepland') return { toelichting: action.datum };
  return {};
}
