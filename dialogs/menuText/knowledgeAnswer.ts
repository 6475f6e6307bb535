import type { Catalogue } from '../../knowledge/catalogue';
import { readableSource } from '../../knowledge/readableSource';
import { werkprocessenMessages } from '../werkprocessen/messages.nl';
import type { SearchHit, SearchIndex } from '../../knowledge/search/searchIndex';
import { answerQuestion, type GroundedAnswer, type KnowledgeSource } from '../../knowledge/answer/groundedAnswer';
import type { Redactor, StructuredChat } from '../../knowledge/answer/ports';
import { answerFromSearch } from '../werkprocessen/answerFromSearch';
import { gapOf, resolveHits, type ResolvedHit } from '../werkprocessen/viewContent';
import { CardFactory, MessageFactory, type DialogContext } from '../sdk';
import { adaptiveCard, type AdaptiveCard } from '../shared/adaptiveCard';
import { subtle } from '../werkprocessen/cardParts';
import { AnswerStream } from './answerStream';
import { generatedAnswerActivity } from './generatedMessage';
import { menuTextMessages as msg } from './messages.nl';
import { moreCard } from './moreAnswer';
import { nextStepFor, openFlowOf, type OpenFlow } from './nextStep';
import { runningFlow } from '../shared/runningFlow';
import { nextStepActions, shortAnswerCard } from './shortAnswer';

export interface KnowledgeAnswerDeps {
  catalogue: Catalogue;
  index: SearchIndex;
  chat?: StructuredChat;
  redact: Redactor;
  /** Time between streamed updates (Teams: about once a second). */
  streamPaceMs?: number;
}

const SOURCES = 6;
/** Kept in the root dialog's state so that "meer" knows the last question and how it was answered. */
const LAST_QUESTION = 'laatsteVraag';
type LastQuestion = { vraag: string; geschreven: boolean };

function remember(dc: DialogContext, last: LastQuestion): void {
  if (dc.activeDialog) (dc.activeDialog.state as Record<string, unknown>)[LAST_QUESTION] = last;
}

/** The retrieved entries as numbered sources for the model: the text we wrote or SBB's, with its origin. */
export function sourcesFor(hits: readonly SearchHit[], catalogue: Catalogue): KnowledgeSource[] {
  return hits.flatMap((hit): KnowledgeSource[] => {
    if (hit.type === 'onderwerp') {
      const topic = catalogue.onderwerp(hit.id);
      return topic
        ? [{ id: hit.id, titel: topic.titel, tekst: topic.tekst.join(' '), bron: readableSource(topic.bron) }]
        : [];
    }
    if (hit.type === 'kwalificatie') {
      const k = catalogue.kwalificatie(hit.id);
      return k
        ? [
            {
              id: hit.id,
              titel: `${k.naam} (crebo ${k.crebo}, niveau ${k.niveau})`,
              tekst: k.beschrijving ?? k.naam,
              bron: readableSource(k.bron),
            },
          ]
        : [];
    }
    const w = hit.crebo && hit.werkproces ? catalogue.werkproces(hit.crebo, hit.werkproces) : undefined;
    if (!w) return [];
    const tekst = [w.uitleg, w.voorbeeldtaken.join('; '), w.officieleOmschrijving?.tekst].filter(Boolean).join(' ');
    return [{ id: hit.id, titel: `${w.code} ${w.titel} (${w.kwalificatie})`, tekst, bron: readableSource(w.bron) }];
  });
}

const cardActivity = (card: AdaptiveCard) => MessageFactory.attachment(CardFactory.adaptiveCard(card));

/** Up to two growing prefixes of the final text, cut at word ends, for the streamed updates. */
export function streamPrefixes(text: string): string[] {
  const cuts = [0.4, 0.75].map((share) => text.lastIndexOf(' ', Math.floor(text.length * share))).filter((i) => i > 0);
  return [...new Set(cuts)].map((i) => text.slice(0, i));
}

/**
 * Answers a question typed at the menu. Without a model: the best entry in at most five
 * sentences with its source, "meer" and a button to the likely next step. With a model: a
 * short answer written only from the retrieved entries, streamed in a personal chat and sent
 * with Teams' AI label, citations and feedback buttons, followed by the same buttons. When the
 * model is slow, down or replies invalidly, the rule-based answer is sent instead.
 */
export function knowledgeAnswerer(deps: KnowledgeAnswerDeps) {
  return async (dc: DialogContext, question: string): Promise<boolean> => {
    const found = answerFromSearch(deps.catalogue, deps.index, question);
    const [best, ...others] = resolveHits(found.hits, deps.catalogue);
    const open = openFlowOf(runningFlow(dc));
    if (!best) {
      await dc.context.sendActivity(found.text);
      // its buttons lead into the werkprocessen: in the middle of a flow the flow's question follows instead
      if (found.card && !open) await dc.context.sendActivity(cardActivity(found.card));
      return true;
    }
    remember(dc, { vraag: question, geschreven: false });
    // "dieren": nothing fits; say so before showing the nearest kwalificatie
    const gap = gapOf(question, best);
    if (gap) await dc.context.sendActivity(werkprocessenMessages.zoek.geenBeroep(gap.onderwerp));
    const shortCard = shortAnswerCard(best, others.length, deps.catalogue, question, open);
    if (!deps.chat) {
      await dc.context.sendActivity(cardActivity(shortCard));
      return true;
    }
    const stream = new AnswerStream(dc.context, deps.streamPaceMs);
    await stream.inform(msg.bezig);
    const sources = sourcesFor(deps.index.search(question, { limit: SOURCES }), deps.catalogue);
    const answer = await answerQuestion({ question, sources }, deps.chat, deps.redact);
    if (answer.mode !== 'llm') {
      await stream.finish(cardActivity(shortCard)); // the search answer, never labelled as AI
      return true;
    }
    await sendGenerated(stream, answer, sources);
    remember(dc, { vraag: question, geschreven: true });
    await dc.context.sendActivity(cardActivity(nextStepCard(best, open)));
    return true;
  };
}

async function sendGenerated(
  stream: AnswerStream,
  answer: GroundedAnswer,
  sources: readonly KnowledgeSource[],
): Promise<void> {
  for (const prefix of streamPrefixes(answer.text)) await stream.update(prefix);
  const cited = answer.citations.flatMap((id) => sources.filter((s) => s.id === id));
  await stream.finish(generatedAnswerActivity(answer.text, cited));
}

/** Rule-based buttons after a generated answer: the next step and "meer" (the entries themselves). */
function nextStepCard(best: ResolvedHit, open: OpenFlow | undefined): AdaptiveCard {
  return adaptiveCard([subtle(msg.meerHint)], nextStepActions(nextStepFor(best), true, open));
}

/** "meer": the rest of the best entry and the other entries for the last question. */
export function moreAnswerer(deps: Pick<KnowledgeAnswerDeps, 'catalogue' | 'index'>) {
  return async (dc: DialogContext): Promise<true> => {
    const last = (dc.activeDialog?.state as Record<string, unknown> | undefined)?.[LAST_QUESTION] as
      LastQuestion | undefined;
    if (!last) {
      await dc.context.sendActivity(msg.geenVraag);
      return true;
    }
    const hits = resolveHits(answerFromSearch(deps.catalogue, deps.index, last.vraag).hits, deps.catalogue);
    const card = moreCard(hits, deps.catalogue, last.vraag, last.geschreven, openFlowOf(runningFlow(dc)));
    await dc.context.sendActivity(card ? cardActivity(card) : msg.geenMeer);
    return true;
  };
}
