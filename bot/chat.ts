import 'dotenv/config';
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { parseConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { startApp } from './app';
import { buttonFor, renderActivities, type RenderedReply } from './chatRenderer';

/**
 * `npm run chat`: the same bot (same dialogs, same state code) on a private loopback port,
 * talked to over HTTP with expectReplies, rendered as text. Type a number to choose or press
 * a button (or the button's text); anything else is sent as typed.
 */
async function chat(): Promise<void> {
  const config = parseConfig({
    ...process.env,
    PORT: '0',
    MicrosoftAppId: '',
    LOG_LEVEL: process.env.CHAT_LOG_LEVEL ?? 'silent',
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL, process.stderr));
  const conversationId = `terminal-${Date.now()}`;
  let buttons: RenderedReply['buttons'] = [];

  const send = async (fields: Record<string, unknown>) => {
    const res = await fetch(`${app.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId: 'terminal',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        conversation: { id: conversationId },
        from: { id: 'terminal-user', name: 'Verwijzer' },
        recipient: { id: 'bot', name: 'Bot' },
        ...fields,
      }),
    });
    if (res.status !== 200) {
      stdout.write(`(fout ${res.status})\n`);
      return;
    }
    const rendered = renderActivities(((await res.json()) as { activities?: [] }).activities ?? []);
    buttons = rendered.buttons;
    stdout.write(`\n${rendered.lines.join('\n')}\n`);
  };

  stdout.write(
    'Terminalchat met de verwijsassistent. Typ het nummer van een keuze of knop, of typ gewoon je antwoord. ' +
      '"exit" stopt.\n',
  );
  await send({ type: 'conversationUpdate', membersAdded: [{ id: 'terminal-user' }] });
  const rl = createInterface({ input: stdin, output: stdout });
  const prompt = () => stdout.write('\njij> ');
  prompt();
  try {
    // The async iterator buffers lines, so pasted or piped input is never dropped.
    for await (const raw of rl) {
      const line = raw.trim();
      if (!stdin.isTTY) stdout.write(`${line}\n`);
      if (line === 'exit' || line === 'quit') break;
      if (line) {
        const button = buttonFor(line, buttons);
        await send(button ? { value: button.data } : { text: line });
      }
      prompt();
    }
  } finally {
    rl.close();
    await app.stop();
  }
}

chat().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `Chat gestopt: ${(error as Error).message}\n`,
  );
  process.exit(1);
});
