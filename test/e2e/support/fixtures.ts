import { basename, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { test as base } from 'vitest';
import { rootMessages } from '../../../dialogs/root/messages.nl';
import { PlaygroundChat } from '../playground';
import { readE2eEnv } from './e2eEnv';
import { slug, unreadableParts } from './text';

const env = readE2eEnv();

/** Headless Debian chromium, offline: no sandbox (containers), no GPU, no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `test` with the fixture `chat`: the Playground page with the personal chat open and the
 * bot's conversation reset with "opnieuw", so nothing of an earlier scenario leaks in.
 * Per scenario file there is one chromium (Playwright gives it a fresh temporary profile)
 * and one page: loading the Playground takes seconds, a reset takes half a second.
 * After each scenario: the last screenshot, and a check that no bot message shows markup
 * or programming artefacts and the card renderer logged no warning. On failure: the log
 * panel, the last bot messages and the browser's warnings are printed.
 */
export const test = base
  // eslint-disable-next-line no-empty-pattern -- vitest requires a destructuring pattern as a fixture's first argument
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await chromium.launch({ executablePath: env.CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('playground', { scope: 'file' }, async ({ browser }, { onCleanup }): Promise<PlaygroundChat> => {
    const playground = await PlaygroundChat.open(browser, { url: env.PLAYGROUND_URL });
    onCleanup(() => playground.close());
    // The Playground adds the user to the personal chat on load; the bot answers with its welcome.
    await playground.waitForBotMessage(rootMessages.welcomeTitle, { timeoutMs: 20_000 });
    return playground;
  })
  .extend('chat', async ({ playground, task }, { onCleanup }): Promise<PlaygroundChat> => {
    await playground.startScenario(
      join(env.E2E_ARTIFACTS_DIR, slug(basename(task.file.name, '.test.ts')), slug(task.name)),
    );
    onCleanup(async () => {
      const failed = task.result?.state === 'fail';
      if (failed && !task.fails) await reportFailure(playground); // `test.fails` marks a known bug
      await playground.finishScenario();
      if (!failed) await expectCleanRendering(playground);
    });
    await playground.send('opnieuw');
    // "opnieuw" asks first when there is something to lose (an earlier scenario's answers).
    const first = await playground.waitForBotMessage(
      new RegExp(`${rootMessages.restartQuestion}|${rootMessages.restarted}`),
    );
    if (first.text.includes(rootMessages.restartQuestion)) await playground.clickButton(rootMessages.restartYes);
    await playground.waitForBotMessage(rootMessages.restarted);
    await playground.waitForBotMessage(rootMessages.welcomeTitle);
    return playground;
  });

/** The Adaptive Cards renderer reports what it cannot parse or does not support to the console. */
const CARD_WARNING = /card|not supported|duplicate id|unknown (element|action)|invalid/i;

/** Every bot message reads cleanly (rendered markdown, no artefacts) and no card warned. */
async function expectCleanRendering(chat: PlaygroundChat): Promise<void> {
  const problems = (await chat.allBotMessages()).flatMap((m) => unreadableParts(m.text));
  problems.push(...chat.consoleProblems.filter((p) => CARD_WARNING.test(p)));
  if (problems.length) throw new Error(`Bot messages did not render cleanly:\n${problems.join('\n')}`);
}

async function reportFailure(chat: PlaygroundChat): Promise<void> {
  const shot = await chat.screenshot('failure').catch(() => '(no screenshot)');
  const messages = await chat.lastBotMessages(4).catch(() => []);
  const lines = [
    `Failure screenshot: ${shot}`,
    'Last bot messages:',
    ...messages.map(
      (m) => `  - ${m.text.slice(0, 400)}${m.buttons.length ? ` [buttons: ${m.buttons.join(' | ')}]` : ''}`,
    ),
    'Browser warnings and errors:',
    ...(chat.consoleProblems.length ? chat.consoleProblems.map((p) => `  ${p.slice(0, 400)}`) : ['  (none)']),
    'Playground log panel:',
    await chat.logPanelText().catch((e: Error) => `(not readable: ${e.message})`),
  ];
  console.error(lines.join('\n'));
}
