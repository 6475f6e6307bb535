import {
  CardFactory,
  MessageFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { Clock } from '../../intake/dossier/clock';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { ConversationReferenceJson } from '../../intake/delivery/ports';
import type { Metrics } from '../metrics';
import type { CodeNames } from '../../dialogs/intakeTeam/cards';
import { channelInfoCard } from '../../dialogs/intakeTeam/channelInfoCard';
import { channelMoveCard } from '../../dialogs/intakeTeam/channelMoveCard';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { isIntakeActionValue } from '../../dialogs/intakeTeam/submits';
import { submitOf, typedOf } from '../../dialogs/shared/submitOf';
import type { Logger } from '../logger';
import { isSameChannel, isTeamChannel, originOf, teamsBoundTo, type TeamChannel } from './channelBinding';
import { confirmation, MOVE_CONFIRM_MINUTES, moveRequest } from './channelMove';
import { channelRootReference } from './proactive';
import type { IntakeServices } from './intakeServices';
import { readKoppelCommand } from './koppelCommand';
import { shownName } from './shownName';
import { TeamActions, type ActionOutcome } from './teamActions';

const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';

/**
 * The intake team's side in its channel: "koppel intake <team-id>" links a channel of the
 * Teams team the intake team is bound to (moving it from another linked channel takes
 * "koppel intake <team-id> bevestig" in the new channel); the dossier card's buttons (Universal Actions, or
 * message submits from older cards) act only from the channel linked for that dossier's team.
 * `handle` returns false for messages that are not for it; they go to the dialogs.
 */
export class IntakeChannelHandler {
  private readonly actions: TeamActions;

  constructor(
    private readonly intake: Pick<
      IntakeServices,
      'teams' | 'store' | 'registrations' | 'notifier' | 'linkChannel' | 'cards' | 'pendingMoves' | 'moveChannel'
    >,
    private readonly clock: Clock,
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
    // The move card's button sends the typed command: it passes the very same checks.
    const koppel = readKoppelCommand(typedOf(submit) ?? activity.text ?? '');
    if (!koppel) return false;
    await this.link(context, koppel.teamId, koppel.confirmed);
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

  private async link(context: TurnContext, requested: string | undefined, confirmed: boolean): Promise<void> {
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
    const linked = await this.intake.registrations.get(team.id);
    const here = channelRootReference(TurnContext.getConversationReference(context.activity));
    // The move card's button pressed again after the move: the channel is linked, nothing to do.
    if (confirmed && linked && isSameChannel(origin, linked)) {
      this.log.info({ event: 'intake.channel_move_refused', teamId: team.id, reason: 'here' }, 'already linked here');
      await context.sendActivity(msg.registration.move.alreadyHere(team.naam));
      return;
    }
    // First link, or this channel again (a fresh reference): nothing moves, nothing to confirm.
    if (!linked || isSameChannel(origin, linked)) {
      await this.intake.linkChannel(team.id, here);
      this.log.info({ event: 'intake.channel_registered', teamId: team.id }, 'intake channel registered');
      await context.sendActivity(msg.registration.done(team.naam));
      return;
    }
    if (confirmed) await this.confirmMove(context, origin, team, linked, here);
    else await this.askToMove(context, origin, team);
  }

  /**
   * The team's channel is another one: a move is only asked here, never done at once. Any member
   * of a channel of the team may ask, so the linked channel is named no further.
   */
  private async askToMove(context: TurnContext, origin: TeamChannel, team: IntakeTeam): Promise<void> {
    await this.intake.pendingMoves.put(team.id, moveRequest(origin, this.clock()));
    this.log.info({ event: 'intake.channel_move_requested', teamId: team.id }, 'intake channel move asked');
    const card = channelMoveCard(team, MOVE_CONFIRM_MINUTES);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  private async confirmMove(
    context: TurnContext,
    origin: TeamChannel,
    team: IntakeTeam,
    linked: ConversationReferenceJson,
    here: ConversationReferenceJson,
  ): Promise<void> {
    const move = msg.registration.move;
    const request = await this.intake.pendingMoves.get(team.id);
    const state = confirmation(request, origin, this.clock());
    if (request && state === 'expired') await this.intake.pendingMoves.claim(team.id, request);
    // Claiming takes the request away: of two confirmations (two instances, a button pressed
    // twice at once) only one moves.
    if (!request || state !== 'confirmed' || !(await this.intake.pendingMoves.claim(team.id, request))) {
      this.log.warn({ event: 'intake.channel_move_refused', teamId: team.id, reason: state }, 'move not confirmed');
      await context.sendActivity(
        state === 'expired' ? move.expired(team.id, MOVE_CONFIRM_MINUTES) : move.nothingToConfirm(team.id),
      );
      return;
    }
    const told = await this.intake.moveChannel(
      team.id,
      linked,
      here,
      move.notice(team.naam, shownName(context.activity.from)),
    );
    // Audit: which team's channel moved, not who or where (ids of people stay out of the logs).
    this.log.info({ event: 'intake.channel_moved', teamId: team.id, oldChannelTold: told }, 'intake channel moved');
    await context.sendActivity(`${move.done(team.naam)} ${told ? move.oldTold : move.oldNotTold}`);
  }
}
