import type { StructuredChat } from '../../intake/prefill/ports';
import { extractAnswers } from '../../intake/prefill/llmExtractor';
import { extractByRules } from '../../intake/prefill/ruleExtractor';
import type { SearchIndex } from '../../knowledge/search/searchIndex';
import { FLOW } from '../flows';
import type { ScreeningOptions } from '../screening';
import { CardFactory, MessageFactory, type DialogContext } from '../sdk';
import { menuCard } from '../root/cards';
import { normalizeCommandText } from '../root/commands';
import type { MenuTextHandler } from '../root/rootDialog';
import { asksForMore } from '../shared/asksForMore';
import { looksLikeQuestion } from '../shared/typedAnswer';
import { menuTextMessages as msg } from './messages.nl';

export interface MenuTextDeps {
  chat?: StructuredChat;
  /** Tells whether the knowledge base has anything for a word or two ("magazijn", "zorg"). */
  index: Pick<SearchIndex, 'search'>;
  /** Answers a free question from the knowledge base; false when it could not. */
  answerQuestion(dc: DialogContext, question: string): Promise<boolean>;
  /** "meer": the rest of the answer to the last question. */
  answerMore(dc: DialogContext): Promise<boolean>;
}

/** A description gives at least this many screening answers; fewer is treated as a question. */
const MIN_FIELDS = 2;
/** Greetings are a root command (dialogs/root/commands.ts); "dag" may mean goodbye, so it is answered here. */
const GOODBYE = /^(dag|doei|tot ziens|tot later|fijne dag|groetjes)$/;
const THANKS = /^(dank|dank je|dank je wel|dankjewel|dank u|dank u wel|bedankt|thanks|top|super|fijn)$/;

/** "meer", a goodbye or thanks: never content (not an answer, not a question). */
export function isSmallTalk(text: string): boolean {
  const folded = normalizeCommandText(text);
  return asksForMore(text) || GOODBYE.test(folded) || THANKS.test(folded);
}

/** One or two words without a question mark: a keyword ("magazijn", "zorg") or small talk. */
function isKeyword(text: string): boolean {
  return text.trim().split(/\s+/).length < 3 && !/\?\s*$/.test(text);
}

async function sendMenu(dc: DialogContext, lead: string): Promise<true> {
  await dc.context.sendActivity(lead);
  await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(menuCard())));
  return true;
}

/**
 * Free text typed at the menu. "meer" continues the last answer; "dag" a short goodbye,
 * thanks a friendly menu; a description of a client ("cliënt van 34, geen diploma, wil in de zorg, 20
 * uur") starts a screening with what was understood, shown for confirmation first; a word
 * the knowledge base knows ("magazijn") and anything else is answered as a question. Only
 * a word or two the knowledge base does not know is left to the root ("Dat begrijp ik niet").
 * The model (if any) is only asked to read a description when the rules alone cannot tell.
 */
export function menuTextHandler(deps: MenuTextDeps): MenuTextHandler {
  return async (dc, text) => {
    const folded = normalizeCommandText(text);
    if (asksForMore(text)) return deps.answerMore(dc);
    if (GOODBYE.test(folded)) {
      await dc.context.sendActivity(msg.totZiens);
      return true;
    }
    if (THANKS.test(folded)) return sendMenu(dc, msg.bedankt);
    if (isKeyword(text)) return deps.index.search(text, { limit: 1 }).length > 0 && deps.answerQuestion(dc, text);
    const byRules = Object.keys(extractByRules(text)).length;
    const worthAskingModel = deps.chat !== undefined && !looksLikeQuestion(text) && text.length >= 30;
    if (byRules >= MIN_FIELDS || worthAskingModel) {
      const understood = await extractAnswers(text, deps.chat);
      if (Object.keys(understood.answers).length >= MIN_FIELDS) {
        return { flow: FLOW.screening, options: { understood } satisfies ScreeningOptions };
      }
    }
    return deps.answerQuestion(dc, text);
  };
}
