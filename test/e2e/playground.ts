import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  BOT_NAME,
  botMessageLocator,
  CONVERSATION,
  isChannel,
  logPanelText,
  markSeen,
  openPlaygroundPage,
  readBotMessages,
  SELECTOR,
  type BotMessage,
  type Conversation,
} from './support/playgroundPage';
import { cardProblems } from './support/cardCheck';
import { slug, visible } from './support/text';

export { CONVERSATION, type BotMessage, type Conversation };

/**
 * Drives the Microsoft 365 Agents Playground page like a verwijzer would. Only what the
 * page shows counts: rendered text, buttons and inputs of the Adaptive Cards.
 *
 * Every action (send, post, click) starts a new step: the screenshot of the step before is
 * taken first, the messages on screen are marked as seen, and waitForBotMessage looks only
 * at bot messages that arrived after the action. So a scenario reads: act, wait, assert.
 */
export class PlaygroundChat {
  private conversation: Conversation = CONVERSATION.personal;
  private step = 0;
  private pendingShot: string | undefined;
  private screenshotDir = 'artifacts/e2e';
  /** Inputs filled or chosen since the last step; they name the next step ("choose Ja, click Volgende"). */
  private inputs: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly timeoutMs: number,
    /**
     * The current scenario's rendering problems: browser warnings and errors, and what the
     * Playground cannot render of the cards it received (see support/cardCheck.ts).
     */
    readonly consoleProblems: string[],
  ) {}

  /** Loading the Playground takes seconds (a 5 MB bundle): scenarios share one page per file. */
  static async open(browser: Browser, options: { url: string; timeoutMs?: number }): Promise<PlaygroundChat> {
    const problems: string[] = [];
    const { context, page } = await openPlaygroundPage(browser, options.url, {
      onProblem: (problem) => problems.push(problem),
      onCard: (card) => problems.push(...cardProblems(card).map((p) => `card: ${p}`)),
    });
    return new PlaygroundChat(page, context, options.timeoutMs ?? 10_000, problems);
  }

  /** A new scenario on this page: back to the personal chat; screenshots numbered from 01. */
  async startScenario(screenshotDir: string): Promise<void> {
    await mkdir(screenshotDir, { recursive: true });
    Object.assign(this, { screenshotDir, step: 0, pendingShot: undefined, inputs: [] });
    this.consoleProblems.length = 0;
    if (this.conversation !== CONVERSATION.personal) await this.openConversation(CONVERSATION.personal);
  }

  /** Takes the screenshot of the scenario's last step; keeps the browser's warnings beside it. */
  async finishScenario(): Promise<void> {
    if (this.pendingShot) await this.screenshot();
    if (this.consoleProblems.length)
      await writeFile(join(this.screenshotDir, 'browser-console.txt'), `${this.consoleProblems.join('\n')}\n`);
  }

  /**
   * Types in the chat box (a Lexical rich-text editor) and sends with Enter. In a group chat
   * or channel it @mentions the bot first, as Teams requires; in a channel it replies in the
   * newest thread (the channel lists threads newest first, under the "new post" box).
   */
  async send(text: string): Promise<void> {
    await this.beginStep(`send ${text}`);
    const editors = this.page.locator(SELECTOR.editor);
    await (isChannel(this.conversation) ? editors.nth(1) : editors.last()).click();
    if (this.conversation !== CONVERSATION.personal) await this.mentionBot();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
  }

  /**
   * Starts a new post (thread) in the open channel, by default with "@Test Bot " in front.
   * Playground race: the bot's reply to a brand-new post can reach the page before the page
   * knows the thread ("Invalid conversation id" in the console) and is then not shown. So a
   * scenario that needs the reply posts without mention and talks to the bot with send().
   */
  async post(text: string, options: { mentionBot?: boolean } = {}): Promise<void> {
    if (!isChannel(this.conversation))
      throw new Error(`post() needs a channel; the open conversation is ${this.conversation}`);
    await this.beginStep(`post ${text}`);
    await this.page.locator(SELECTOR.editor).first().click();
    if (options.mentionBot ?? true) await this.mentionBot();
    await this.page.keyboard.insertText(text);
    await this.page.getByRole('button', { name: 'Post', exact: true }).click();
    await this.page
      .locator(SELECTOR.channelPost)
      .filter({ hasText: text })
      .first()
      .waitFor({ timeout: this.timeoutMs });
  }

  /**
   * Clicks a button (Action.Submit) by its exact title on the newest card that has it; with
   * `inMessage`, on the card whose text contains that (say a dossier number; a channel lists
   * its newest post on top, so "newest" there is ambiguous).
   */
  async clickButton(title: string, options: { inMessage?: string } = {}): Promise<void> {
    await this.beginStep(`click ${title}`);
    const button = (scope: Locator | Page) => scope.getByRole('button', { name: title, exact: true });
    let cards = this.botMessages().filter({ has: button(this.page) });
    if (options.inMessage) cards = cards.filter({ hasText: options.inMessage });
    await button(cards.last()).click({ timeout: this.timeoutMs });
  }

  /**
   * Picks a choice in the newest card's Input.ChoiceSet (radio buttons when expanded, a
   * combobox when compact). Does not submit: click the card's button next.
   */
  async choose(choiceTitle: string, options: { label?: string; inMessage?: string } = {}): Promise<void> {
    this.inputs.push(`choose ${choiceTitle}`);
    const card = this.latestCard(options.inMessage);
    const radio = card.getByRole('radio', { name: choiceTitle, exact: true });
    if ((await radio.count()) > 0) return radio.check({ timeout: this.timeoutMs });
    const combobox = options.label
      ? card.getByRole('combobox', { name: options.label })
      : card.getByRole('combobox').first();
    await combobox.click({ timeout: this.timeoutMs });
    await this.page.getByRole('option', { name: choiceTitle, exact: true }).click({ timeout: this.timeoutMs });
  }

  /** Ticks a checkbox of the newest card: a choice of a multi-select ChoiceSet, or an Input.Toggle (by its title). */
  async tick(title: string): Promise<void> {
    this.inputs.push(`tick ${title}`);
    // The accessible name starts with the ChoiceSet's label (aria-labelledby) and ends with the title.
    const name = new RegExp(`(^|\\s)${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await this.latestCard().getByRole('checkbox', { name }).check({ timeout: this.timeoutMs });
  }

  /**
   * Fills an Input.Text, Input.Number or Input.Date (value YYYY-MM-DD) of the newest card, found by
   * its label; with `inMessage`, of the card whose text contains that (in a channel).
   */
  async fill(label: string, value: string | number, options: { inMessage?: string } = {}): Promise<void> {
    this.inputs.push(`fill ${value}`);
    const field = this.latestCard(options.inMessage).getByLabel(label);
    // Into the field first, as a person does: the Playground re-renders a card on the first mouse
    // click in it (seen on a card that arrived while another conversation was open), and a value
    // filled before that click is lost, so a required field would block the send without a word.
    await field.click({ timeout: this.timeoutMs });
    await field.fill(String(value), { timeout: this.timeoutMs });
  }

  /**
   * Waits for a bot message, after the last action, whose visible text contains `expected`.
   * `includeEarlier`: any message of the open conversation counts, also one shown before the
   * last action: a proactive message that came in while another conversation was open, or a
   * card updated in place. Then match on something unique, such as a dossier number.
   */
  async waitForBotMessage(
    expected: string | RegExp,
    options: { timeoutMs?: number; includeEarlier?: boolean } = {},
  ): Promise<BotMessage> {
    const matches = (text: string) =>
      typeof expected === 'string' ? text.includes(visible(expected)) : expected.test(text);
    const deadline = Date.now() + (options.timeoutMs ?? this.timeoutMs);
    for (;;) {
      const replies = await (options.includeEarlier ? this.allBotMessages() : this.botMessagesSinceLastAction());
      const found = replies.find((m) => matches(m.text));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = replies.length
          ? replies.map((m) => `  - ${m.text.slice(0, 300)}`).join('\n')
          : '  (no bot message)';
        throw new Error(
          `No bot message containing ${String(expected)} after "${this.pendingShot ?? 'the last action'}". Replies seen:\n${seen}`,
        );
      }
      await this.page.waitForTimeout(100);
    }
  }

  /** The bot messages that arrived after the last action (page order). */
  botMessagesSinceLastAction(): Promise<BotMessage[]> {
    return readBotMessages(this.botMessages(), { unseenOnly: true });
  }

  /** The last `count` bot messages in page order (in a chat: the newest; channels put new posts on top). */
  async lastBotMessages(count: number): Promise<BotMessage[]> {
    return (await readBotMessages(this.botMessages())).slice(-count);
  }

  /** All bot messages of the open conversation, in page order. */
  allBotMessages(): Promise<BotMessage[]> {
    return readBotMessages(this.botMessages());
  }

  /** Switches to another chat or channel of the mock tenant (sidebar). */
  async openConversation(name: Conversation): Promise<void> {
    await this.beginStep(`open ${name}`);
    await this.page.getByRole('treeitem', { name, exact: true }).click();
    this.conversation = name;
    await this.page.locator(SELECTOR.editor).first().waitFor();
    await this.page.waitForTimeout(500); // let the conversation's history render before marking it
    await markSeen(this.botMessages());
  }

  /** Screenshot of the page; named after the step that led to it. */
  async screenshot(name = this.pendingShot ?? 'state'): Promise<string> {
    // A chat scrolls to its newest message; a channel does not, so show the newest reply.
    const fresh = this.botMessages().and(this.page.locator(':not([data-e2e-seen])'));
    if (isChannel(this.conversation))
      await fresh
        .last()
        .scrollIntoViewIfNeeded({ timeout: 1_000 })
        .catch(() => undefined);
    this.step += 1;
    const file = join(this.screenshotDir, `${String(this.step).padStart(2, '0')}-${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    this.pendingShot = undefined;
    return file;
  }

  logPanelText(): Promise<string> {
    return logPanelText(this.page);
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  private async beginStep(name: string): Promise<void> {
    if (this.pendingShot) await this.screenshot();
    await markSeen(this.botMessages());
    this.pendingShot = [...this.inputs, name].join(', ');
    this.inputs = [];
  }

  private async mentionBot(): Promise<void> {
    await this.page.keyboard.type(`@${BOT_NAME.split(' ')[0]}`);
    await this.page.getByRole('menuitem', { name: BOT_NAME }).first().click({ timeout: this.timeoutMs });
    await this.page.keyboard.type(' ');
  }

  private botMessages(): Locator {
    return botMessageLocator(this.page, this.conversation);
  }

  private latestCard(inMessage?: string): Locator {
    const cards = this.botMessages().filter({ has: this.page.locator(SELECTOR.card) });
    return (inMessage ? cards.filter({ hasText: inMessage }) : cards).last();
  }
}
