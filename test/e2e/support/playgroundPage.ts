import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/**
 * What the scenarios know about the Playground's page (0.2.28: Fluent UI with hashed class
 * names, Adaptive Cards renderer). If a Playground update breaks the scenarios, look here.
 */
export const SELECTOR = {
  editor: '[data-lexical-editor="true"]', // chat box, channel "new post" and thread replies
  chatBotMessage: '.fai-OutputCard', // personal and group chat: one per bot activity, text or card
  channelPost: '.fui-Card', // channel: a post with its replies
  card: '.ac-adaptiveCard',
  cardButton: '.ac-actionSet button',
};

/** The bot's display name in the Playground's built-in mock tenant. */
export const BOT_NAME = 'Test Bot';

/** Conversations of the built-in mock tenant, as named in the sidebar. */
export const CONVERSATION = {
  personal: 'Personal Chat',
  group: 'Group Chat',
  general: 'My Team - General',
  announcements: 'My Team - Announcements',
} as const;
export type Conversation = (typeof CONVERSATION)[keyof typeof CONVERSATION];

export function isChannel(conversation: Conversation): boolean {
  return conversation === CONVERSATION.general || conversation === CONVERSATION.announcements;
}

export interface BotMessage {
  /** Visible text, whitespace collapsed. */
  text: string;
  /** Titles of the card's buttons (empty for a text message). */
  buttons: string[];
}

export interface PageWatchers {
  /** A browser console warning or error, or an uncaught page error. */
  onProblem(text: string): void;
  /** An Adaptive Card the page received from the Playground server (bot message or update). */
  onCard(card: Record<string, unknown>): void;
}

/** A fresh browser context and page on the Playground; nothing may leave the machine. */
export async function openPlaygroundPage(
  browser: Browser,
  url: string,
  watch: PageWatchers,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1200 } });
  // Offline: the page asks a CDN for fonts and an animation worklet; refuse, it falls back.
  await context.route(
    (target) => !['localhost', '127.0.0.1'].includes(target.hostname),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  page.on('console', (m) => {
    if ((m.type() === 'warning' || m.type() === 'error') && !isBlockedNetworkNoise(m.text()))
      watch.onProblem(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => watch.onProblem(`page error: ${error.message}`));
  // The conversation stream carries the bot's activities as the client receives them.
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/_ws_conversation/')) return;
    socket.on('framereceived', (frame) => adaptiveCardsIn(String(frame.payload)).forEach((card) => watch.onCard(card)));
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(SELECTOR.editor).first().waitFor({ timeout: 30_000 });
  return { context, page };
}

/** The bot's messages in the open conversation, oldest first. */
export function botMessageLocator(page: Page, conversation: Conversation): Locator {
  if (!isChannel(conversation)) return page.locator(SELECTOR.chatBotMessage);
  // A channel post or reply by the bot: the element right after the header with its avatar.
  const avatar = `span[role="img"][aria-label="${BOT_NAME}"]`;
  const post = SELECTOR.channelPost;
  return page.locator(`${post} .fui-CardHeader:has(${avatar}) + *, ${post} div:has(> ${avatar}) + *`);
}

/**
 * Marks the messages shown now, so the next read can skip them. Marks, not counts: in a
 * channel the newest post is on top while replies go to the bottom of their thread.
 */
export async function markSeen(messages: Locator): Promise<void> {
  await messages.evaluateAll((nodes) => nodes.forEach((node) => node.setAttribute('data-e2e-seen', '')));
}

/** Visible text and buttons of the messages in document order; `unseenOnly` skips marked ones. */
export function readBotMessages(messages: Locator, options: { unseenOnly?: boolean } = {}): Promise<BotMessage[]> {
  return messages.evaluateAll(
    (nodes, { unseenOnly, buttonSelector }) =>
      nodes
        .filter((node) => !unseenOnly || !node.hasAttribute('data-e2e-seen'))
        .map((node) => ({
          text: (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          buttons: [...node.querySelectorAll(buttonSelector)].map(
            (b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '',
          ),
        })),
    { unseenOnly: options.unseenOnly ?? false, buttonSelector: SELECTOR.cardButton },
  );
}

/** The Playground's log panel (requests to and from the bot, warnings), for failure output. */
export function logPanelText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const title = [...document.querySelectorAll('span')].find((s) => s.textContent?.trim() === 'Log Panel');
    let panel: HTMLElement | null | undefined = title?.parentElement;
    while (panel && panel.innerText.length < 200 && panel !== document.body) panel = panel.parentElement;
    return panel?.innerText ?? '(log panel not found)';
  });
}

/** Adaptive Card contents in a conversation stream frame ({ action, message: { attachments } }). */
function adaptiveCardsIn(payload: string): Record<string, unknown>[] {
  try {
    const frame = JSON.parse(payload) as { message?: { attachments?: { contentType?: string; content?: unknown }[] } };
    return (frame.message?.attachments ?? [])
      .filter(
        (a) =>
          a.contentType === 'application/vnd.microsoft.card.adaptive' &&
          typeof a.content === 'object' &&
          a.content !== null,
      )
      .map((a) => a.content as Record<string, unknown>);
  } catch {
    return [];
  }
}

/** The page's own requests to the internet fail on purpose (offline run); not a finding. */
function isBlockedNetworkNoise(text: string): boolean {
  return /Failed to load resource|ERR_FAILED|ERR_NAME_NOT_RESOLVED|worklet module|ERR_BLOCKED/i.test(text);
}
