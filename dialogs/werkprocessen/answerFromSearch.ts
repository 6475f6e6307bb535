import type { Catalogue } from '../../knowledge/catalogue';
import { MAX_QUERY_LENGTH, type SearchHit, type SearchIndex } from '../../knowledge/search/searchIndex';
import { validateQuery } from '../../knowledge/search/validateQuery';
import type { AdaptiveCard } from '../shared/adaptiveCard';
import { werkprocessenMessages as msg } from './messages.nl';
import { hitContext, menuAnswerCard } from './searchCard';
import { resolveHits } from './viewContent';

export interface SearchAnswer {
  /** One plain sentence to send first. */
  text: string;
  /** The top hits with buttons into "Werkprocessen verkennen"; absent for an empty or over-long question. */
  card?: AdaptiveCard;
  hits: SearchHit[];
}

export const MENU_ANSWER_LIMIT = 3;

/**
 * Pure: answers a question typed at the menu with the top hits of the search, composed from
 * the retrieved entries (topic text with its source, kwalificatie, werkproces with code and
 * dossier). It does not start the flow; its buttons do, through the root (`{ menu: 'werkprocessen' }`).
 */
export function answerFromSearch(catalogue: Catalogue, index: SearchIndex, question: string): SearchAnswer {
  const check = validateQuery(question);
  if (!check.ok)
    return { text: check.reden === 'leeg' ? msg.zoek.leeg : msg.zoek.teLang(check.lengte, MAX_QUERY_LENGTH), hits: [] };
  const hits = index.search(check.query, { limit: MENU_ANSWER_LIMIT });
  const resolved = resolveHits(hits, catalogue);
  const context = hitContext(catalogue, () => false, 'menu');
  const text = resolved.length > 0 ? msg.menuAntwoord.gevonden : msg.zoek.geenHits(check.query);
  return { text, card: menuAnswerCard(resolved, context), hits };
}
