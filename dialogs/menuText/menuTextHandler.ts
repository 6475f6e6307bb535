import type { StructuredChat } from '../../intake/prefill/ports';
import { extractAnswers } from '../../intake/prefill/llmExtractor';
import { extractByRules } from '../../intake/prefill/ruleExtractor';
import { FLOW } from '../flows';
import type { ScreeningOptions } from '../screening';
import type { DialogContext } from '../sdk';
import type { MenuTextHandler } from '../root/rootDialog';

export interface MenuTextDeps {
  chat?: StructuredChat;
  /** Answers a free question from the knowledge base; false when it could not. */
  answerQuestion(dc: DialogContext, question: string): Promise<boolean>;
}

const QUESTION_START = /^(wat|welke|welk|hoe|wie|waar|wanneer|waarom|kan|kun|mag|moet|is|zijn|heeft|hebben|geldt)\b/i;
/** A description gives at least this many screening answers; fewer is treated as a question. */
const MIN_FIELDS = 2;

/** "hallo", "ok", "blabla": too short to be a question or a description. */
function tooShort(text: string): boolean {
  return text.trim().split(/\s+/).length < 3 && !/\?\s*$/.test(text);
}

function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_START.test(text.trim());
}

/**
 * Free text typed at the menu. A description of a client ("cliënt van 34, geen diploma,
 * wil in de zorg, 20 uur") starts a screening with what was understood, shown for
 * confirmation first; anything else is answered as a question from the knowledge base.
 * The model (if any) is only asked when the rules alone cannot tell.
 */
export function menuTextHandler(deps: MenuTextDeps): MenuTextHandler {
  return async (dc, text) => {
    if (tooShort(text)) return false;
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
