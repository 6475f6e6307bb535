import type { Catalogue } from '../../knowledge/catalogue';
import { sentencesOf } from '../../knowledge/answer/fallbackAnswer';
import type { Onderwerp } from '../../knowledge/model';
import { topicParagraphs } from '../../knowledge/topicParagraphs';
import { MENU_SUBMIT_KEY, TYPED_SUBMIT_KEY } from '../flows';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard, type CardElement } from '../shared/adaptiveCard';
import { subtle } from '../werkprocessen/cardParts';
import { hitContext, hitsBody } from '../werkprocessen/searchCard';
import type { ResolvedHit } from '../werkprocessen/viewContent';
import { menuTextMessages as msg } from './messages.nl';
import { nextStepFor, type NextFlow, type OpenFlow } from './nextStep';

/** The first answer shows at most this many sentences; "meer" shows the rest. */
export const SHORT_SENTENCES = 5;

/** A topic's first sentences for this question and whether there is more of it. */
export function topicSummary(o: Onderwerp, question = '', max = SHORT_SENTENCES): { kort: string; rest: string } {
  const sentences = sentencesOf(topicParagraphs(o, question).join(' '));
  return { kort: sentences.slice(0, max).join(' '), rest: sentences.slice(max).join(' ') };
}

/** How the buttons of an entry in an answer work: at the menu they start a flow; in a flow they show it there. */
export const hitModeOf = (open: OpenFlow | undefined) => (open ? 'inFlow' : 'menu');

function bestBlocks(best: ResolvedHit, catalogue: Catalogue, question: string, open?: OpenFlow): CardElement[] {
  if (best.type !== 'onderwerp')
    return hitsBody(
      [best],
      hitContext(catalogue, () => false, hitModeOf(open)),
    );
  return [
    textBlock(`**${best.onderwerp.titel}**`),
    textBlock(topicSummary(best.onderwerp, question).kort, { spacing: 'Small' }),
    subtle(msg.bron(best.onderwerp.bron), { spacing: 'Small' }),
  ];
}

export function hasMore(best: ResolvedHit, others: number): boolean {
  // the order of the paragraphs does not change whether there is more
  return others > 0 || (best.type === 'onderwerp' && topicSummary(best.onderwerp).rest !== '');
}

/**
 * The buttons under an answer: the likely next step (primary) and, when there is more, "meer".
 * In the middle of a flow the next step is going on with it, not starting another.
 */
export function nextStepActions(flow: NextFlow, more: boolean, open?: OpenFlow): CardElement[] {
  const next = open
    ? submitAction(msg.verderMet[open], { [MENU_SUBMIT_KEY]: open }, { style: 'positive' })
    : submitAction(msg.volgendeStap[flow], { [MENU_SUBMIT_KEY]: flow }, { style: 'positive' });
  return [next, ...(more ? [submitAction(msg.meerKnop, { [TYPED_SUBMIT_KEY]: 'meer' })] : [])];
}

/** Rule-based short answer: the best entry for the question in at most five sentences, "meer" and the next step. */
export function shortAnswerCard(
  best: ResolvedHit,
  others: number,
  catalogue: Catalogue,
  question: string,
  open?: OpenFlow,
): AdaptiveCard {
  const more = hasMore(best, others);
  const body = [
    ...bestBlocks(best, catalogue, question, open),
    ...(more ? [subtle(msg.meerHint, { spacing: 'Medium' })] : []),
  ];
  return adaptiveCard(body, nextStepActions(nextStepFor(best), more, open));
}
