import MiniSearch from 'minisearch';
import type { Catalogue } from '../catalogueTypes';
import { Lexicon } from './decompound';
import { contentTokens, stem } from './normalize';
import { type Alternative, type Concept, planQuery, SynonymTable } from './queryPlan';
import { buildSearchDocuments, FIELD_BOOST, SEARCH_FIELDS, type SearchDocument, type SearchHit } from './searchDocuments';
import { SYNONYMS } from './synonyms.nl';

export type { SearchHit } from './searchDocuments';

export const MAX_QUERY_LENGTH = 500;
export const DEFAULT_LIMIT = 10;

export interface SearchOptions {
  readonly limit?: number;
  /** Only these hit types (e.g. werkprocessen for suggestions). */
  readonly types?: readonly SearchHit['type'][];
}

export interface SearchIndex {
  /** Best first; an empty question gives no hits. */
  search(query: string, options?: SearchOptions): SearchHit[];
  readonly documentCount: number;
}

/**
 * A question often mixes the work ("zorg") with the person ("statushouder, geen diploma").
 * The best hit of each type (kwalificatie, werkproces, onderwerp) gets a place in the top 3
 * when it scores at least this share of the best hit, so one kind of answer cannot crowd out
 * the others.
 */
const DIVERSITY_SHARE = 0.4;
const TOP = 3;

/** How much a concept adds beyond its best alternative (many synonyms should not outvote the word itself). */
const EXTRA_ALTERNATIVES = 0.2;
/** Typo and prefix matches count a bit less than the word itself. */
const MATCH_WEIGHTS = { fuzzy: 0.6, prefix: 0.5 };
const TERM_CACHE_SIZE = 5000;

type Scores = ReadonlyMap<string, number>;

/**
 * Indexes the documents. Each field is analysed once here (tokens → stems) and every word
 * also goes into the lexicon for compound splitting; MiniSearch then only splits on spaces.
 */
function buildMiniSearch(documents: readonly SearchDocument[], lexicon: Lexicon): MiniSearch<SearchDocument> {
  const analyse = (text: string) =>
    contentTokens(text)
      .map((token) => {
        lexicon.add(token);
        return stem(token);
      })
      .join(' ');
  const analysed = documents.map((doc) => {
    const fields = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, analyse(String(doc[f as keyof SearchDocument]))]));
    // the title's verbs also count in the infinitive form a user types
    return { ...doc, ...fields, titel: [fields.titel, ...doc.werkwoorden].join(' ').trim() };
  });
  const index = new MiniSearch<SearchDocument>({
    fields: SEARCH_FIELDS,
    storeFields: [],
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
    // questions arrive already planned: one processed term per search
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  index.addAll(analysed);
  return index;
}

const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score || a.id.localeCompare(b.id);

/**
 * The best hit of a type missing from the top 3 takes place 3 if it scores well enough and the
 * hit there is not the only one of its type. It takes over that hit's score, so the list stays
 * ordered by score (the score ranks; it is not a probability).
 */
function diversify(sorted: readonly SearchHit[]): SearchHit[] {
  let top = sorted.slice(0, TOP);
  let rest = sorted.slice(TOP);
  const best = top[0]?.score ?? 0;
  for (const type of ['kwalificatie', 'werkproces', 'onderwerp'] as const) {
    if (top.some((h) => h.type === type)) continue;
    const candidate = rest.find((h) => h.type === type);
    if (!candidate || candidate.score < DIVERSITY_SHARE * best) continue;
    const victim = top[TOP - 1];
    if (!victim || top.filter((h) => h.type === victim.type).length < 2) continue;
    top = [...top.filter((h) => h !== victim), { ...candidate, score: victim.score }];
    rest = [victim, ...rest.filter((h) => h !== candidate)];
  }
  return [...top, ...rest];
}

export function createSearchIndex(catalogue: Catalogue): SearchIndex {
  const documents = buildSearchDocuments(catalogue);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const synonyms = new SynonymTable(SYNONYMS);
  const lexicon = new Lexicon();
  for (const word of synonyms.words()) lexicon.add(word);
  const miniSearch = buildMiniSearch(documents, lexicon);
  const cache = new Map<string, Scores>();

  function termScores(alt: Alternative): Scores {
    const key = `${alt.term}|${alt.prefix}|${alt.fuzzy}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const results = miniSearch.search(alt.term, { boost: FIELD_BOOST, prefix: alt.prefix, fuzzy: alt.fuzzy, weights: MATCH_WEIGHTS });
    const scores = new Map(results.map((r) => [String(r.id), r.score]));
    if (cache.size >= TERM_CACHE_SIZE) cache.clear();
    cache.set(key, scores);
    return scores;
  }

  function conceptScores(concept: Concept): Map<string, number> {
    const best = new Map<string, number>();
    const sum = new Map<string, number>();
    for (const alt of concept.alternatives) {
      for (const [id, score] of termScores(alt)) {
        const weighted = alt.weight * score;
        best.set(id, Math.max(best.get(id) ?? 0, weighted));
        sum.set(id, (sum.get(id) ?? 0) + weighted);
      }
    }
    return new Map([...best].map(([id, b]) => [id, concept.weight * (b + EXTRA_ALTERNATIVES * ((sum.get(id) ?? b) - b))]));
  }

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const concepts = planQuery(query.slice(0, MAX_QUERY_LENGTH), lexicon, synonyms);
    if (concepts.length === 0 || limit <= 0) return [];
    const total = new Map<string, number>();
    const covered = new Map<string, number>();
    let coverable = 0;
    for (const concept of concepts) {
      const scores = conceptScores(concept);
      // a word counts for coverage by how strongly it can match at all: a word that matches
      // nothing, or only weakly, hardly penalises documents that miss it
      const strength = Math.max(0, ...scores.values());
      coverable += strength;
      for (const [id, score] of scores) {
        total.set(id, (total.get(id) ?? 0) + score);
        covered.set(id, (covered.get(id) ?? 0) + strength);
      }
    }
    const hits: SearchHit[] = [];
    for (const [id, sum] of total) {
      const doc = byId.get(id);
      if (!doc || (options.types && !options.types.includes(doc.hit.type))) continue;
      const coverage = coverable > 0 ? (covered.get(id) ?? 0) / coverable : 0;
      hits.push({ ...doc.hit, score: Math.round(sum * coverage * 1000) / 1000 });
    }
    return diversify(hits.sort(byScore)).slice(0, limit);
  }

  return { search, documentCount: documents.length };
}
