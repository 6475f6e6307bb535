import { ActivityHandler } from 'botbuilder';
import { createAdapter } from '../../bot/adapter';
import { parseConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { createServer } from '../../bot/server';

/**
 * The baseline: the same restify server, body limits, activity validation and CloudAdapter
 * as the product, with a bot that only echoes. Whatever the product costs on top is ours.
 */
export async function startEchoBot(port: number) {
  const config = parseConfig({ PORT: String(port), LOG_LEVEL: 'warn' });
  const log = createLogger(config.LOG_LEVEL);
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  return createServer({
    adapter: createAdapter(config, log),
    bot,
    log,
    health: { storage: 'memory', llm: 'off' },
  }).listen(port, '127.0.0.1');
}
