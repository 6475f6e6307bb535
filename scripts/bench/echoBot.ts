import * as restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';

/**
 * The baseline: botbuilder's stock TypeScript echo bot (botbuilder-samples, 02.echo-bot) as it
 * ships: restify with its body parser, CloudAdapter.process with configuration authentication
 * (no app id: local), and an ActivityHandler that echoes. It does nothing, so any bot on this
 * stack pays at least its cost. Only the port and the loopback address differ from the sample.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const replyText = `Echo: ${context.activity.text}`;
      await context.sendActivity(MessageFactory.text(replyText, replyText));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) await context.sendActivity('Hello and welcome!');
      }
      await next();
    });
  }
}

export async function startEchoBot(port: number): Promise<{ url: string }> {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    console.error(`\n [onTurnError] unhandled error: ${String(error)}`);
    await context.sendActivity('The bot encountered an error or bug.');
  };
  const bot = new EchoBot();
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${bound}` };
}

/**
 * A second reference, not the baseline: the same echo on this bot's own server (body reader,
 * activity validation) and adapter (cached connector clients). The gap between the two echoes is
 * what this bot's plumbing saves; the gap between this one and the bot is what its dialogs cost.
 */
export async function startPlumbingEcho(port: number): Promise<{ url: string }> {
  const { createAdapter } = await import('../../bot/adapter');
  const { parseConfig } = await import('../../bot/config');
  const { createLogger } = await import('../../bot/logger');
  const { createServer } = await import('../../bot/server');
  const config = parseConfig({ PORT: String(port), LOG_LEVEL: 'warn' });
  const log = createLogger(config.LOG_LEVEL);
  return createServer({
    adapter: createAdapter(config, log),
    bot: new EchoBot(),
    log,
    health: { storage: 'memory', llm: 'off' },
  }).listen(port, '127.0.0.1');
}
