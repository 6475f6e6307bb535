import {
  ActivityTypes,
  DeliveryModes,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type BotState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
// botbuilder-dialogs by module, without its prompts: see dialogs/sdk.ts.
import { DialogSet, DialogTurnStatus, type DialogState } from '../dialogs/sdk';
import { DialogTurnCarry } from './dialogTurnCarry';
import type { RootDialog } from '../dialogs/root/rootDialog';
import { intakeTeamMessages } from '../dialogs/intakeTeam/messages.nl';
import { hashId, type Logger } from './logger';
import { tenantsOf } from './incomingActivity';
import { holdsBsn } from './typedText';
import { turnErrorMessages } from './messages.nl';
import { CONVERSATION_TURN_LOCK, type ReleaseTurnLock, type TurnLock } from './storage/turnLock';
import { FEEDBACK_INVOKE, feedbackReaction } from './feedback';
import type { Metrics } from './metrics';
import type { RateLimiter } from './rateLimiter';

/** ActivityTypes.Message as a plain string, to compare with an activity's (string) type. */
const MESSAGE: string = ActivityTypes.Message;

export interface TeamsBotOptions {
  /** Typing indicator after this many ms of work (not on expectReplies turns). */
  typingAfterMs?: number;
  maxTextLength?: number;
  /** Largest card submit (JSON characters) accepted. */
  maxSubmitLength?: number;
  rateLimiter?: RateLimiter;
  turnLock?: TurnLock;
  metrics?: Pick<Metrics, 'turns' | 'turnSeconds' | 'aiFeedback'>;
  /** Tenant ids that may use the bot (ALLOWED_TENANTS); undefined = every tenant. */
  allowedTenants?: readonly string[];
  /** Handles a message before the dialogs (e.g. intake channel commands); true = handled. */
  beforeDialogs?: (context: TurnContext) => Promise<boolean>;
  /** Answers Universal Actions (`adaptiveCard/action` invokes); undefined = not handled. */
  cardAction?: (
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ) => Promise<AdaptiveCardInvokeResponse | undefined>;
}

/**
 * Routes activities: messages to the root dialog, a welcome when the bot joins, and
 * saves state after every turn. Turn logs carry hashed ids only.
 */
export class TeamsBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;
  private readonly carry = new DialogTurnCarry();

  constructor(
    private readonly conversationState: BotState,
    private readonly root: RootDialog,
    private readonly log: Logger,
    private readonly options: TeamsBotOptions = {},
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(root);

    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    // Built only when something is logged: a child logger per turn is garbage on the hot path.
    let child: Logger | undefined;
    const log = () =>
      (child ??= this.log.child({ conv: hashId(context.activity.conversation?.id), activityId: context.activity.id }));
    if (!this.tenantAllowed(context)) {
      log().warn({ event: 'turn.tenant_refused', type: context.activity.type }, 'tenant not allowed');
      if (context.activity.type === MESSAGE) await context.sendActivity(turnErrorMessages.tenantNotAllowed);
      return; // before any state is read or written: nothing of this conversation is stored
    }
    const started = Date.now();
    const stopTyping = this.startTyping(context);
    const release = await this.lock(context);
    if (release === null) {
      stopTyping();
      log().warn({ event: 'turn.lock_timeout' }, 'conversation busy');
      await context.sendActivity(turnErrorMessages.busy);
      return;
    }
    try {
      // A message goes straight to the dialogs: ActivityHandler's chain of turn, message and
      // dialog handlers has nothing registered for it here. Everything else takes the chain.
      if (context.activity.type === MESSAGE) await this.handleMessage(context);
      else await super.run(context);
      await this.conversationState.saveChanges(context, false);
      const ms = Date.now() - started;
      if (this.log.isLevelEnabled('info')) {
        // One line per turn with the ids inline: no child logger object for the common case.
        const conv = hashId(context.activity.conversation?.id);
        const { id: activityId, type } = context.activity;
        this.log.info({ conv, activityId, event: 'turn.done', type, ms }, 'turn');
      }
      this.options.metrics?.turns.inc({ type: context.activity.type });
      this.options.metrics?.turnSeconds.observe(ms / 1000);
    } finally {
      stopTyping();
      if (release && !(await release().catch(() => false)))
        log().warn({ event: 'turn.lock_expired' }, 'turn outlived its lock');
    }
  }

  /** Feedback buttons under a model-written answer: counted by reaction, the typed text is not kept. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== FEEDBACK_INVOKE) return super.onInvokeActivity(context);
    const reaction = feedbackReaction(context.activity.value);
    if (reaction) this.options.metrics?.aiFeedback.inc({ reaction });
    this.log.info({ event: 'feedback.received', reaction: reaction ?? 'unknown' }, 'feedback');
    return { status: 200, body: {} };
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const response = await this.options.cardAction?.(context, value);
    return response ?? super.onAdaptiveCardInvoke(context, value);
  }

  /**
   * Greets once: in a chat when the bot or the user joins; in a team channel only when the bot
   * itself is added (then with the intake team's instructions), never when colleagues join.
   */
  private async welcome(context: TurnContext): Promise<void> {
    const { activity } = context;
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
    if (activity.conversation?.conversationType === 'channel') {
      if (botAdded) await context.sendActivity(intakeTeamMessages.registration.channelWelcome);
      return;
    }
    if (botAdded || activity.conversation?.conversationType !== 'groupChat') {
      await context.sendActivity(this.root.welcomeActivity());
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    if (context.activity.text && context.activity.recipient) TurnContext.removeRecipientMention(context.activity);
    const refusal = this.refusal(context);
    if (refusal) {
      this.log.warn(
        { event: 'turn.refused', reason: refusalReason(refusal), conv: hashId(context.activity.conversation?.id) },
        'refused',
      );
      await context.sendActivity(refusal);
      // The message was dropped, not answered: the open question (if any) comes back, as after a wrong answer.
      if (refusal !== turnErrorMessages.rateLimited) await this.askAgain(context);
      return;
    }
    if (await this.options.beforeDialogs?.(context)) return;
    this.carry.prepare(context);
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.root.id);
    this.carry.learn(context);
  }

  private async askAgain(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /** Limits that protect the bot, each with a Dutch explanation instead of a silent drop. */
  private refusal(context: TurnContext): string | undefined {
    const { activity } = context;
    if ((activity.text?.length ?? 0) > (this.options.maxTextLength ?? 4_000)) return turnErrorMessages.tooLong;
    if (
      activity.value !== undefined &&
      JSON.stringify(activity.value).length > (this.options.maxSubmitLength ?? 16_000)
    ) {
      return turnErrorMessages.submitTooLarge;
    }
    if (holdsBsn(activity)) return turnErrorMessages.bsnRefused;
    const conversation = activity.conversation?.id;
    if (conversation && this.options.rateLimiter && !this.options.rateLimiter.allow(conversation))
      return turnErrorMessages.rateLimited;
    return undefined;
  }

  /** Every tenant the activity names must be on the list, and it must name one. */
  private tenantAllowed(context: TurnContext): boolean {
    const allowed = this.options.allowedTenants;
    if (!allowed) return true;
    const named = tenantsOf(context.activity);
    return named.length > 0 && named.every((tenant) => allowed.includes(tenant));
  }

  private async lock(context: TurnContext): Promise<ReleaseTurnLock | null | undefined> {
    const conversationId = context.activity.conversation?.id;
    if (!this.options.turnLock || !conversationId || context.activity.type !== MESSAGE) return undefined;
    return this.options.turnLock.acquire(conversationId, CONVERSATION_TURN_LOCK);
  }

  /** Typing on slow turns. expectReplies turns are skipped: typing would bypass the reply buffer. */
  private startTyping(context: TurnContext): () => void {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return () => undefined;
    if (context.activity.type !== MESSAGE) return () => undefined;
    const send = () => void context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
    const first = setTimeout(() => {
      send();
      repeat = setInterval(send, 3_000);
    }, this.options.typingAfterMs ?? 1_000);
    let repeat: NodeJS.Timeout | undefined;
    return () => {
      clearTimeout(first);
      if (repeat) clearInterval(repeat);
    };
  }
}

/** The key of a refusal text, for the log (never the text the user sent). */
function refusalReason(refusal: string): string {
  return Object.entries(turnErrorMessages).find(([, text]) => text === refusal)?.[0] ?? 'other';
}
