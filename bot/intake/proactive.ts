import {
  type Activity,
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { ConversationReferenceJson } from '../../intake/delivery/ports';

/** A proactive send that took longer than allowed; the caller counts it as a failed attempt. */
export class ProactiveTimeoutError extends Error {
  override readonly name = 'ProactiveTimeoutError';
  readonly code = 'TIMEOUT';
}

/**
 * Proactive sends outside a user's turn: a dossier card into an intake channel, a status
 * line to a verwijzer. The bot's app id is empty in local mode, which botbuilder accepts.
 * A failed send rejects: botbuilder would hand it to onTurnError, which only apologises.
 */
export class ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    /** Per send (default 15 s); a channel that does not answer is a failure, not a hang. */
    private readonly timeoutMs = 15_000,
  ) {}

  /** Returns the id of the sent activity (to update the card in place later). */
  sendCard(reference: ConversationReferenceJson, card: object): Promise<string | undefined> {
    return this.send(reference, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  /** Any message (text with its format, or a card); returns the id of the sent activity. */
  async send(reference: ConversationReferenceJson, activity: Partial<Activity>): Promise<string | undefined> {
    let id: string | undefined;
    await this.continue(reference, async (context) => {
      id = (await context.sendActivity(activity))?.id;
    });
    return id;
  }

  /** Replaces a sent card (e.g. the dossier card in the channel) with a new one. */
  async updateCard(reference: ConversationReferenceJson, activityId: string, card: object): Promise<void> {
    await this.continue(reference, async (context) => {
      await context.updateActivity({ type: 'message', id: activityId, attachments: [CardFactory.adaptiveCard(card)] });
    });
  }

  private async continue(
    reference: ConversationReferenceJson,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    let failure: { error: unknown } | undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProactiveTimeoutError('proactive send timed out')), this.timeoutMs);
    });
    const guarded = async (context: TurnContext) => {
      try {
        withoutConnectorRetries(context);
        await logic(context);
      } catch (error) {
        failure = { error }; // caught here, so the adapter's onTurnError never swallows it
      }
    };
    try {
      await Promise.race([
        this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, guarded),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
    if (failure) throw failure.error;
  }
}

/**
 * botbuilder's connector retries 5xx and network errors itself, for up to a minute. For a
 * proactive send that hides a failed attempt from the worker, and a retry that lands after
 * our time limit posts a card the worker already counted as not sent (then sends again: a
 * duplicate). The worker retries instead, with its own backoff. The adapter creates a new
 * connector client for each proactive call, so this changes no other request.
 */
function withoutConnectorRetries(context: TurnContext): void {
  // The connector's @azure/core-rest-pipeline pipeline; its retry policy sits in the 'Retry' phase.
  type Pipeline = { removePolicy(options: { phase: 'Retry' }): unknown };
  const connector = context.turnState.get<{ client?: { pipeline?: Pipeline } }>(context.adapter.ConnectorClientKey);
  connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

/**
 * A reference for posting new messages: in a channel, the conversation id of a reply thread
 * carries ";messageid=…"; without it the post starts a new thread in the channel.
 */
export function channelRootReference(reference: Partial<ConversationReference>): ConversationReferenceJson {
  const conversation = reference.conversation
    ? { ...reference.conversation, id: reference.conversation.id.split(';messageid=')[0]! }
    : undefined;
  return JSON.parse(JSON.stringify({ ...reference, conversation, activityId: undefined })) as ConversationReferenceJson;
}
