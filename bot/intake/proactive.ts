import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { ConversationReferenceJson } from '../../intake/delivery/ports';

/**
 * Proactive sends outside a user's turn: a dossier card into an intake channel, a status
 * line to a verwijzer. The bot's app id is empty in local mode, which botbuilder accepts.
 */
export class ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  /** Returns the id of the sent activity (to update the card in place later). */
  async sendCard(reference: ConversationReferenceJson, card: object): Promise<string | undefined> {
    let id: string | undefined;
    await this.continue(reference, async (context) => {
      id = (await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card))))?.id;
    });
    return id;
  }

  async sendText(reference: ConversationReferenceJson, text: string): Promise<void> {
    await this.continue(reference, async (context) => {
      await context.sendActivity(text);
    });
  }

  private async continue(reference: ConversationReferenceJson, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId, reference as Partial<ConversationReference>, logic);
  }
}

/**
 * A reference for posting new messages: in a channel, the conversation id of a reply thread
 * carries ";messageid=…"; without it the post starts a new thread in the channel.
 */
export function channelRootReference(reference: Partial<ConversationReference>): ConversationReferenceJson {
  const conversation = reference.conversation ? { ...reference.conversation, id: reference.conversation.id.split(';messageid=')[0]! } : undefined;
  return JSON.parse(JSON.stringify({ ...reference, conversation, activityId: undefined })) as ConversationReferenceJson;
}
