import type { Catalogue } from '../../knowledge/catalogue';
import { adaptiveCard, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import { subtle } from '../werkprocessen/cardParts';
import { hitContext, hitsBody } from '../werkprocessen/searchCard';
import type { ResolvedHit } from '../werkprocessen/viewContent';
import { menuTextMessages as msg } from './messages.nl';
import { nextStepFor, type OpenFlow } from './nextStep';
import { hitModeOf, nextStepActions, topicSummary } from './shortAnswer';

/**
 * What "meer" adds to the short answer: the rest of the best topic and the other entries;
 * after a model-written answer all entries it was written from. Undefined when nothing.
 */
export function moreCard(
  hits: readonly ResolvedHit[],
  catalogue: Catalogue,
  question: string,
  afterGenerated = false,
  open?: OpenFlow,
): AdaptiveCard | undefined {
  const [best, ...others] = hits;
  if (!best) return undefined;
  if (afterGenerated)
    return adaptiveCard(
      hitsBody(
        hits,
        hitContext(catalogue, () => false, hitModeOf(open)),
      ),
      nextStepActions(nextStepFor(best), false, open),
    );
  const rest = best.type === 'onderwerp' ? topicSummary(best.onderwerp, question).rest : '';
  if (rest === '' && others.length === 0) return undefined;
  const restBlocks =
    best.type === 'onderwerp' && rest !== ''
      ? [
          textBlock(msg.vervolg(best.onderwerp.titel)),
          textBlock(rest, { spacing: 'Small' }),
          subtle(msg.bron(best.onderwerp.bron)),
        ]
      : [];
  const body = [
    ...restBlocks,
    ...hitsBody(
      others,
      hitContext(catalogue, () => false, hitModeOf(open)),
    ),
  ];
  return adaptiveCard(body, nextStepActions(nextStepFor(best), false, open));
}
