import {
  CardFactory,
  MessageFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { Clock } from '../../intake/dossier/clock';
import type { Metrics } from '../metrics';
import type { CodeNames } from '../../dialogs/intakeTeam/cards';
import { channelInfoCard } from '../../dialogs/intakeTeam/channelInfoCard';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { isIntakeActionValue } from '../../dialogs/intakeTeam/submits';
import { normalizeCommandText } from '../../dialogs/root/commands';
import { submitOf } from '../../dialogs/shared/submitOf';
import type { Logger } from '../logger';
import { isTeamChannel, originOf, teamsBoundTo } from './channelBinding';
import { channelRootReference } from './proactive';
import type { IntakeServices } from './intakeServices';
import { TeamActions, type ActionOutcome } from './teamActions';

const KOPPEL = /^koppel intake(?:\s+(\S+))?$/;
const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

/**
 * The intake team's side in its channel: "koppel intake <team-id>" links a channel of the
 * Teams team the intake team is bound to; the dossier card's buttons (Universal Actions, or
 * message submits from older cards) act only from the channel linked for that dossier's team.
 * `handle` returns false for messages that are not for it; they go to the dialogs.
 */
export class IntakeChannelHandler {
  private readonly actions: TeamActions;

  constructor(
    private readonly intake: Pick<
      IntakeServices,
      'teams' | 'store' | 'registrations' | 'notifier' | 'linkChannel' | 'cards'
    >,
    clock: Clock,
    private readonly log: Logger,
    metrics?: Pick<Metrics, 'dossiers' | 'timeToFirstAction' | 'sinceSent'>,
    names?: CodeNames,
  ) {
    this.actions = new TeamActions(intake, clock, log, metrics, names);
  }

  async handle(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    const submit = submitOf(activity);
    if (isIntakeActionValue(submit)) {
      await this.messageSubmit(context, submit);
      return true;
    }
    // Teams strips the mention through its entity; other clients may leave the <at> tag.
    const koppel = KOPPEL.exec(normalizeCommandText((activity.text ?? '').replace(/<at>.*?<\/at>/g, '')));
    if (!koppel) return false;
    await this.link(context, koppel[1]);
    return true;
  }

  /** An `adaptiveCard/action` invoke: a button or the card's refresh. Undefined: not ours. */
  async cardAction(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse | undefined> {
    const data = value.action?.data;
    if (!isIntakeActionValue(data)) return undefined;
    const outcome = await this.actions.act(context, { ...data, intakeActie: value.action.verb });
    if (outcome.kind === 'card' || outcome.kind === 'changed') {
      if (outcome.kind === 'changed') await context.sendActivity(outcome.announcement);
      return { statusCode: 200, type: CARD, value: outcome.card };
    }
    return { statusCode: 200, type: MESSAGE, value: outcome.text as unknown as Record<string, unknown> };
  }

  /** A submit from an older card (Action.Submit): same rules; the card is updated in place. */
  private async messageSubmit(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const outcome: ActionOutcome = await this.actions.act(context, value);
    if (outcome.kind === 'text') {
      await context.sendActivity(outcome.text);
      return;
    }
    await this.replaceCard(context, outcome.card);
    if (outcome.kind === 'changed') await context.sendActivity(outcome.announcement);
  }

  /** Only reached from the linked channel: if the card cannot be updated there, post it anew. */
  private async replaceCard(context: TurnContext, card: object): Promise<void> {
    const replyToId = context.activity.replyToId;
    const attachments = [CardFactory.adaptiveCard(card)];
    try {
      if (!replyToId) throw new Error('no replyToId');
      await context.updateActivity({ type: 'message', id: replyToId, attachments });
    } catch {
      await context.sendActivity({ type: 'message', attachments });
    }
  }

  private async link(context: TurnContext, requested: string | undefined): Promise<void> {
    const origin = originOf(context.activity);
    if (!isTeamChannel(origin)) {
      await context.sendActivity(msg.registration.notInChannel);
      return;
    }
    const bound = teamsBoundTo(origin, this.intake.teams);
    if (!requested) {
      const info = {
        tenantId: origin.tenantId,
        teamId: origin.teamId,
        boundTeams: bound.map(({ id, naam }) => ({ id, naam })),
      };
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(channelInfoCard(info))));
      return;
    }
    // An unknown id and a team bound elsewhere get the same answer: nothing about other teams.
    const team = bound.find((t) => t.id.toLowerCase() === requested.toLowerCase());
    if (!team) {
      this.log.warn({ event: 'intake.link_refused' }, 'koppel intake refused: channel not of the bound team');
      await context.sendActivity(msg.registration.notThisTeam);
      return;
    }
    await this.intake.linkChannel(
      team.id,
      channelRootReference(TurnContext.getConversationReference(context.activity)),
    );
    this.log.info({ event: 'intake.channel_registered', teamId: team.id }, 'intake channel registered');
    await context.sendActivity(msg.registration.done(team.naam));
  }
}
