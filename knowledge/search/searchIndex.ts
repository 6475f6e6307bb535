import MiniSearch from 'minisearch';
import type { Catalogue } from '../catalogueTypes';
import { Lexicon } from './decompound';
import { contentTokens, stem } from './normalize';
import { type Alternative, type Concept, planQuery, SynonymTable } from './queryPlan';
import {
  buildSearchDocuments,
  FIELD_BOOST,
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchHit,
} from './searchDocuments';
import { gapFor, gapWords } from './gaps.nl';
import { SYNONYMS } from './synonyms.nl';

export type { SearchHit } from './searchDocuments';

export const MAX_QUERY_LENGTH = 500;
export const DEFAULT_LIMIT = 10;

export interface SearchOptions {
  readonly limit?: number;
  /** Only these hit types (e.g. werkprocessen for suggestions). */
  readonly types?: readonly SearchHit['type'][];
}

/** A hit with how much of the question it matches well (see `coveredWell`). */
export interface WeighedHit extends SearchHit {
  /**
   * Share (0-1) of the question's words this entry matches well: by the word itself, a part of
   * it or a synonym, in its name, keywords or text. A typo-tolerant match ("dieren" ~ "bieren"),
   * a short prefix ("dier" ~ "dierbaar") or a match only in the context field does not count.
   */
  readonly coveredWell: number;
  /** The same, counting only matches in its name or keywords: what the entry is about. */
  readonly coveredCentral: number;
}

export interface SearchIndex {
  /** Best first; an empty question gives no hits. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The same hits in the same order, each with how well it covers the question. */
  searchWeighed(query: string, options?: SearchOptions): WeighedHit[];
  readonly documentCount: number;
}

/**
 * A question often mixes the work ("zorg") with the person ("statushouder, geen diploma").
 * The best hit of each type (kwalificatie, werkproces, onderwerp) gets a place in the top 3
 * when it scores at least this share of the best hit, so one kind of answer cannot crowd out
 * the others.
 */
const DIVERSITY_SHARE = 0.4;
/** Score of a nearest kwalificatie for a field we have nothing for: below every real hit. */
const NEAREST_SCORE = 1;

/**
 * The target group: 72% of the pilots' praktijkverklaringen were Entree and most others niveau 2.
 * Of two entries that fit a question about as well ("magazijn": Assistent logistiek, Logistiek
 * medewerker), the lower level comes first; a clearly better match still wins.
 */
const LEVEL_PRIOR: Readonly<Record<number, number>> = { 1: 1.2, 2: 1, 3: 0.95, 4: 0.9 };
const TOP = 3;

/** How much a concept adds beyond its best alternative (many synonyms should not outvote the word itself). */
const EXTRA_ALTERNATIVES = 0.2;
/** Typo and prefix matches count a bit less than the word itself. */
const MATCH_WEIGHTS = { fuzzy: 0.6, prefix: 0.5 };
const TERM_CACHE_SIZE = 5000;

/** How good a match is as evidence: 2 in a name or keywords, 1 in a text, 0 weak. */
type Evidence = 0 | 1 | 2;
/** Per document: its score for one term, and how good the match is as evidence. */
type Scores = ReadonlyMap<string, { score: number; evidence: Evidence }>;
const CENTRAL_FIELDS = new Set(['titel', 'trefwoorden', 'ids']);

/** A prefix shorter than this says little ("dier" is also the start of "dierbaar"). */
const STRONG_PREFIX = 5;

function evidenceOf(term: string, match: Record<string, string[]>): Evidence {
  let evidence: Evidence = 0;
  for (const [docTerm, fields] of Object.entries(match)) {
    if (docTerm !== term && !(term.length >= STRONG_PREFIX && docTerm.startsWith(term))) continue;
    if (fields.some((f) => CENTRAL_FIELDS.has(f))) return 2;
    if (fields.some((f) => f !== 'context')) evidence = 1;
  }
  return evidence;
}

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
    const fields = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, analyse(doc[f as keyof typeof FIELD_BOOST])]));
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
function diversify<T extends SearchHit>(sorted: readonly T[]): T[] {
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
  for (const word of [...synonyms.words(), ...gapWords()]) lexicon.add(word);
  const miniSearch = buildMiniSearch(documents, lexicon);
  const cache = new Map<string, Scores>();

  function termScores(alt: Alternative): Scores {
    const key = `${alt.term}|${alt.prefix}|${alt.fuzzy}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const results = miniSearch.search(alt.term, {
      boost: FIELD_BOOST,
      prefix: alt.prefix,
      fuzzy: alt.fuzzy,
      weights: MATCH_WEIGHTS,
    });
    const scores = new Map(
      results.map((r) => [String(r.id), { score: r.score, evidence: evidenceOf(alt.term, r.match) }]),
    );
    if (cache.size >= TERM_CACHE_SIZE) cache.clear();
    cache.set(key, scores);
    return scores;
  }

  /** Per document: the concept's score, and the best evidence of any alternative. */
  function conceptScores(concept: Concept): Map<string, { score: number; evidence: Evidence }> {
    const best = new Map<string, number>();
    const sum = new Map<string, number>();
    const evidence = new Map<string, Evidence>();
    for (const alt of concept.alternatives) {
      for (const [id, match] of termScores(alt)) {
        const weighted = alt.weight * match.score;
        best.set(id, Math.max(best.get(id) ?? 0, weighted));
        sum.set(id, (sum.get(id) ?? 0) + weighted);
        evidence.set(id, Math.max(evidence.get(id) ?? 0, match.evidence) as Evidence);
      }
    }
    const score = (id: string, b: number) => concept.weight * (b + EXTRA_ALTERNATIVES * ((sum.get(id) ?? b) - b));
    return new Map([...best].map(([id, b]) => [id, { score: score(id, b), evidence: evidence.get(id) ?? 0 }]));
  }

  function searchWeighed(query: string, options: SearchOptions = {}): WeighedHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const concepts = planQuery(query.slice(0, MAX_QUERY_LENGTH), lexicon, synonyms);
    if (concepts.length === 0 || limit <= 0) return [];
    const total = new Map<string, number>();
    const covered = new Map<string, number>();
    const well = new Map<string, number>();
    const central = new Map<string, number>();
    let coverable = 0;
    const allWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
    for (const concept of concepts) {
      const scores = conceptScores(concept);
      // a word counts for coverage by how strongly it can match at all: a word that matches
      // nothing, or only weakly, hardly penalises documents that miss it
      const strength = Math.max(0, ...[...scores.values()].map((s) => s.score));
      coverable += strength;
      for (const [id, { score, evidence }] of scores) {
        total.set(id, (total.get(id) ?? 0) + score);
        covered.set(id, (covered.get(id) ?? 0) + strength);
        if (evidence >= 1) well.set(id, (well.get(id) ?? 0) + concept.weight);
        if (evidence === 2) central.set(id, (central.get(id) ?? 0) + concept.weight);
      }
    }
    const hits: WeighedHit[] = [];
    for (const [id, sum] of total) {
      const doc = byId.get(id);
      if (!doc || (options.types && !options.types.includes(doc.hit.type))) continue;
      const coverage = coverable > 0 ? (covered.get(id) ?? 0) / coverable : 0;
      const share = (of: Map<string, number>) => Math.round(((of.get(id) ?? 0) / allWeight) * 1000) / 1000;
      const prior = doc.niveau === null ? 1 : (LEVEL_PRIOR[doc.niveau] ?? 1);
      hits.push({
        ...doc.hit,
        score: Math.round(sum * coverage * prior * 1000) / 1000,
        coveredWell: share(well),
        coveredCentral: share(central),
      });
    }
    return withNearest(query, diversify(hits.sort(byScore)), options).slice(0, limit);
  }

  /** A field we have no kwalificatie for ("dieren"): its nearest kwalificaties come after the hits. */
  function withNearest(query: string, hits: WeighedHit[], options: SearchOptions): WeighedHit[] {
    const gap = gapFor(query);
    if (!gap || (options.types && !options.types.includes('kwalificatie'))) return hits;
    const floor = Math.min(NEAREST_SCORE, ...hits.map((h) => h.score));
    const nearest = gap.dichtbij.flatMap((crebo, i) => {
      const doc = byId.get(crebo);
      if (!doc || hits.some((h) => h.id === crebo)) return [];
      return [
        { ...doc.hit, score: Math.round((floor - 0.001 * (i + 1)) * 1000) / 1000, coveredWell: 0, coveredCentral: 0 },
      ];
    });
    return [...hits, ...nearest];
  }

  /** The CLI contract's shape: without the coverage. */
  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    return searchWeighed(query, options).map(({ coveredWell: _w, coveredCentral: _c, ...hit }) => hit);
  }

  return { search, searchWeighed, documentCount: documents.length };
}
