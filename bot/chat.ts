import 'dotenv/config';
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { parseConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { startApp } from './app';
import { TerminalChat } from './terminalChat';

/**
 * `npm run chat`: the same bot (same dialogs, same state code) on a private loopback port,
 * talked to over HTTP with expectReplies, rendered as text (bot/terminalChat.ts). Type a number to choose or press
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
  const chat = new TerminalChat(app.server.url);

  stdout.write(
    'Terminalchat met de verwijsassistent. Typ het nummer van een keuze of knop, of typ gewoon je antwoord. ' +
      '"exit" stopt.\n',
  );
  stdout.write(`\n${await chat.open()}\n`);
  const rl = createInterface({ input: stdin, output: stdout });
  const prompt = () => stdout.write('\njij> ');
  prompt();
  try {
    // The async iterator buffers lines, so pasted or piped input is never dropped.
    for await (const raw of rl) {
      const line = raw.trim();
      if (!stdin.isTTY) stdout.write(`${line}\n`);
      if (line === 'exit' || line === 'quit') break;
      if (line) stdout.write(`\n${await chat.line(line)}\n`);
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
