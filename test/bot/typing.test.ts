import nock from 'nock';
import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsBot } from '../../bot/teamsBot';
import { createLogger } from '../../bot/logger';
import { RootDialog } from '../../dialogs/root/rootDialog';
import { LogCapture } from '../support/testApp';

/** A root dialog whose menu text handler is slow, like a model call. */
function slowRoot(ms: number) {
  return new RootDialog({
    flows: [],
    startFlow: () => ({}),
    onMenuText: async (dc) => {
      await new Promise((r) => setTimeout(r, ms));
      await dc.context.sendActivity('klaar met denken');
      return true;
    },
  });
}

describe('typing indicator on slow turns', () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.enableNetConnect());

  const run = async (deliveryMode?: string) => {
    const bot = new TeamsBot(
      new ConversationState(new MemoryStorage()),
      slowRoot(150),
      createLogger('silent', new LogCapture()),
      { typingAfterMs: 20 },
    );
    const adapter = new TestAdapter((context: TurnContext) => bot.run(context));
    const sent: string[] = [];
    adapter.use(async (context, next) => {
      context.onSendActivities(async (_ctx, activities, nextSend) => {
        sent.push(...activities.map((a) => a.type ?? ''));
        return nextSend();
      });
      await next();
    });
    await adapter.send({ type: 'message', text: 'wat is een praktijkverklaring eigenlijk?', deliveryMode });
    return sent;
  };

  it('shows typing while a slow turn works, before the answer', async () => {
    const sent = await run();
    expect(sent[0]).toBe('typing');
    expect(sent).toContain('message');
  });

  it('sends no typing on expectReplies turns (it would bypass the reply buffer)', async () => {
    expect(await run('expectReplies')).not.toContain('typing');
  });
});
