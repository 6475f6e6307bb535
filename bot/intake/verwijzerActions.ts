import {
  CardFactory,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { Clock } from '../../intake/dossier/clock';
import { currentStatus, type PreIntakeDossier } from '../../intake/dossier/dossier';
import { clientMessageText, CONTAINS_BSN, CONTAINS_HEALTH_DETAIL } from '../../intake/dossier/fields';
import {
  applyAttendance,
  applyOutcome,
  Outcome,
  type OutcomeMoment,
  type TransitionResult,
} from '../../intake/dossier/lifecycle';
import { OUTCOME_LABELS } from '../../intake/dossier/statusLabels.nl';
import { DomainError } from '../../intake/errors';
import { verwijzerIdOf } from '../../dialogs/aanmelding/verwijzer';
import { channelAnswerCard, doneCard } from '../../dialogs/verwijzerLoop/cards';
import { loopMessages as msg } from '../../dialogs/verwijzerLoop/messages.nl';
import {
  answerInputId,
  isVerwijzerActionValue,
  outcomeInputId,
  VERWIJZER_ACTION_KEY,
  VerwijzerAction,
} from '../../dialogs/verwijzerLoop/submits';
import type { AdaptiveCard } from '../../dialogs/shared/adaptiveCard';
import { isPersonalChat } from '../../dialogs/shared/personalChat';
import type { Logger } from '../logger';
import type { ChannelPoster } from './channelPoster';
import type { IntakeServices } from './intakeServices';

const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
const Answer = clientMessageText(1000);
const a = msg.verwijzerAction;

/** Why an answer is refused, in Dutch: a BSN, a health detail, or no answer at all. */
function answerProblem(code: string | undefined): string {
  if (code === CONTAINS_BSN) return a.answerHasBsn;
  if (code === CONTAINS_HEALTH_DETAIL) return a.answerHasHealthDetail;
  return a.missingAnswer;
}

type Result = { kind: 'text'; text: string } | { kind: 'card'; card: AdaptiveCard };

/**
 * The verwijzer's side of the loop: answer the team's question, say whether they join the
 * adviesgesprek, tell the client's outcome. The rule: only the verwijzer who owns the dossier,
 * from a personal chat. Anyone else, anywhere else, changes nothing and learns nothing (not
 * even whether the dossier exists). After a change the team hears it in its channel.
 */
export class VerwijzerActions {
  constructor(
    private readonly intake: Pick<IntakeServices, 'store'>,
    private readonly channel: Pick<ChannelPoster, 'post'>,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** An `adaptiveCard/action` invoke; undefined when it is not a verwijzer action. */
  async cardAction(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse | undefined> {
    const data = value.action?.data;
    if (!isVerwijzerActionValue(data)) return undefined;
    const result = await this.act(context, { ...data, [VERWIJZER_ACTION_KEY]: value.action.verb });
    if (result.kind === 'card') return { statusCode: 200, type: CARD, value: result.card };
    return { statusCode: 200, type: MESSAGE, value: result.text as unknown as Record<string, unknown> };
  }

  private async act(context: TurnContext, value: Record<string, unknown>): Promise<Result> {
    const parsed = VerwijzerAction.safeParse(value);
    if (!parsed.success) return { kind: 'text', text: a.invalid };
    const action = parsed.data;
    const dossier = await this.ownDossier(context, action.dossierId);
    if (!dossier) {
      this.log.warn({ event: 'verwijzer.action_refused', code: 'NOT_OWNER' }, 'verwijzer action refused');
      return { kind: 'text', text: a.notYours };
    }
    switch (action.verwijzerActie) {
      case 'antwoord':
        return this.answer(dossier, value[answerInputId(dossier.id)]);
      case 'bij-gesprek':
        return this.attendance(dossier, action.komt === 'ja');
      case 'uitkomst':
        return this.outcome(dossier, action.moment, value[outcomeInputId(dossier.id)]);
    }
  }

  /** The dossier when the sender owns it and writes from a personal chat; else undefined. */
  private async ownDossier(context: TurnContext, id: string): Promise<PreIntakeDossier | undefined> {
    const sender = verwijzerIdOf(context.activity.from);
    if (!isPersonalChat(context.activity.conversation) || !sender) return undefined;
    const dossier = await this.intake.store.get(id);
    return dossier?.verwijzer.teamsId === sender ? dossier : undefined;
  }

  private async answer(dossier: PreIntakeDossier, raw: unknown): Promise<Result> {
    const answer = Answer.safeParse(raw);
    if (!answer.success)
      return {
        kind: 'text',
        text: answerProblem(answer.error.issues[0]?.message),
      };
    let updated: PreIntakeDossier | undefined;
    try {
      updated = await this.intake.store.updateStatus(dossier.id, {
        status: 'aangevuld',
        op: this.clock().toISOString(),
        door: 'verwijzer',
        toelichting: answer.data,
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'TRANSITION_NOT_ALLOWED')
        return { kind: 'text', text: a.notOpen };
      throw error;
    }
    if (!updated) return { kind: 'text', text: a.notYours };
    this.log.info({ event: 'intake.status_changed', dossierId: updated.id, status: 'aangevuld' }, 'verwijzer answered');
    await this.tellChannel(updated, {
      attachments: [CardFactory.adaptiveCard(channelAnswerCard(updated.id, answer.data))],
    });
    return { kind: 'card', card: doneCard(a.answered, { label: a.yourAnswer, text: answer.data }) };
  }

  private async attendance(dossier: PreIntakeDossier, komt: boolean): Promise<Result> {
    const updated = await this.change(dossier, (current) => applyAttendance(current, komt, 'verwijzer'));
    if (!updated) return { kind: 'text', text: a.invitationClosed };
    await this.tellChannel(updated, { text: msg.toChannel.attendance(updated.id, komt) });
    return { kind: 'card', card: doneCard(a.attendance(komt)) };
  }

  private async outcome(dossier: PreIntakeDossier, moment: OutcomeMoment, raw: unknown): Promise<Result> {
    const uitkomst = Outcome.safeParse(raw);
    if (!uitkomst.success) return { kind: 'text', text: a.missingOutcome };
    const entry = { moment, uitkomst: uitkomst.data, op: this.clock().toISOString() };
    const updated = await this.change(dossier, (current) => applyOutcome(current, entry, 'verwijzer'));
    if (!updated) return { kind: 'text', text: a.outcomeNotNow };
    const label = OUTCOME_LABELS[uitkomst.data];
    this.log.info({ event: 'intake.outcome_recorded', dossierId: updated.id, moment }, 'outcome recorded');
    await this.tellChannel(updated, { text: msg.toChannel.outcome(updated.id, msg.momentLabels[entry.moment], label) });
    return { kind: 'card', card: doneCard(a.outcome(label)) };
  }

  /** Applies a lifecycle step atomically; undefined when the lifecycle refuses it (nothing written). */
  private async change(
    dossier: PreIntakeDossier,
    step: (current: PreIntakeDossier) => TransitionResult,
  ): Promise<PreIntakeDossier | undefined> {
    try {
      return await this.intake.store.update(dossier.id, (current) => {
        const result = step(current);
        if (!result.ok) throw new DomainError('TRANSITION_NOT_ALLOWED', 'verwijzer step not allowed', [dossier.id]);
        return result.dossier;
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'TRANSITION_NOT_ALLOWED') return undefined;
      throw error;
    }
  }

  /** The change is stored either way; a channel that cannot be reached is logged, the card refreshes later. */
  private async tellChannel(dossier: PreIntakeDossier, activity: Record<string, unknown>): Promise<void> {
    try {
      await this.channel.post(dossier, {
        type: 'message',
        ...(activity.text ? { textFormat: 'plain' } : {}),
        ...activity,
      });
    } catch (error) {
      this.log.error(
        {
          event: 'channel.post_failed',
          dossierId: dossier.id,
          status: currentStatus(dossier).status,
          code: (error as Error).name,
        },
        'message to the intake channel failed',
      );
    }
  }
}
