import type { Catalogue } from '../../knowledge/catalogue';
import type { SearchHit, SearchIndex } from '../../knowledge/search/searchIndex';
import { answerQuestion, type KnowledgeSource } from '../../knowledge/answer/groundedAnswer';
import type { Redactor, StructuredChat } from '../../knowledge/answer/ports';
import { answerFromSearch } from '../werkprocessen/answerFromSearch';
import { CardFactory, MessageFactory, type DialogContext } from '../sdk';
import { adaptiveCard, textBlock } from '../shared/adaptiveCard';
import { menuTextMessages as msg } from './messages.nl';

export interface KnowledgeAnswerDeps {
  catalogue: Catalogue;
  index: SearchIndex;
  chat?: StructuredChat;
  redact: Redactor;
}

const SOURCES = 6;

/** The retrieved entries as numbered sources for the model: the text we wrote or SBB's, with its origin. */
export function sourcesFor(hits: readonly SearchHit[], catalogue: Catalogue): KnowledgeSource[] {
  return hits.flatMap((hit): KnowledgeSource[] => {
    if (hit.type === 'onderwerp') {
      const topic = catalogue.onderwerp(hit.id);
      return topic ? [{ id: hit.id, titel: topic.titel, tekst: topic.tekst.join(' '), bron: topic.bron }] : [];
    }
    if (hit.type === 'kwalificatie') {
      const k = catalogue.kwalificatie(hit.id);
      return k ? [{ id: hit.id, titel: `${k.naam} (crebo ${k.crebo}, niveau ${k.niveau})`, tekst: k.beschrijving ?? k.naam, bron: k.bron }] : [];
    }
    const w = hit.crebo && hit.werkproces ? catalogue.werkproces(hit.crebo, hit.werkproces) : undefined;
    if (!w) return [];
    const tekst = [w.uitleg, w.voorbeeldtaken.join('; '), w.officieleOmschrijving?.tekst].filter(Boolean).join(' ');
    return [{ id: hit.id, titel: `${w.code} ${w.titel} (${w.kwalificatie})`, tekst, bron: w.bron }];
  });
}

/**
 * Answers a free question: with a model, a short answer written only from the retrieved
 * entries, with the cited sources listed; always followed by the entries themselves, with
 * buttons into "Werkprocessen verkennen". Without a model (or when it fails) the entries are the answer.
 */
export function knowledgeAnswerer(deps: KnowledgeAnswerDeps) {
  return async (dc: DialogContext, question: string): Promise<boolean> => {
    const found = answerFromSearch(deps.catalogue, deps.index, question);
    if (deps.chat && found.hits.length > 0) {
      const sources = sourcesFor(deps.index.search(question, { limit: SOURCES }), deps.catalogue);
      const answer = await answerQuestion({ question, sources }, deps.chat, deps.redact);
      if (answer.mode === 'llm') {
        const cited = sources.filter((s) => answer.citations.includes(s.id));
        await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(generatedCard(answer.text, cited))));
      }
    }
    await dc.context.sendActivity(found.text);
    if (found.card) await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(found.card)));
    return true;
  };
}

function generatedCard(text: string, cited: readonly KnowledgeSource[]) {
  return adaptiveCard([
    textBlock(text),
    ...(cited.length > 0 ? [textBlock(msg.sources, { weight: 'Bolder', spacing: 'Medium' }), ...cited.map((s) => textBlock(`• ${s.titel}: ${s.bron}`, { size: 'Small' }))] : []),
    textBlock(msg.generatedNote, { isSubtle: true, size: 'Small' }),
  ]);
}
