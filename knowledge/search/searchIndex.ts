import MiniSearch from 'minisearch';
import type { Catalogue } from '../catalogueTypes';
import { Lexicon } from './decompound';
import { clientGroupsIn, servesAskedGroup } from './clientGroups.nl';
import { contentTokens, documentText, stem } from './normalize';
import { type Alternative, type Concept, QueryPlanner, SynonymTable } from './queryPlan';
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
/**
 * Asked once when the index is built: a split verb, a level, a field we have no kwalificatie
 * for, a typo, a compound, a werkproces code.
 */
const WARM_UP_QUESTION =
  'hij meldt zich aan voor niveau 2: iets met dieren, een magazjin, vorkheftruckchauffeur of P2-K1-W3';

/** How good a match is as evidence: 2 in a name or keywords, 1 in a text, 0 weak. */
type Evidence = 0 | 1 | 2;
/**
 * The documents one term matches, by document number (position in the document list), with
 * the term's score and how good the match is as evidence. Arrays, not maps: a question adds up
 * a few of these per word, and the search runs on the turn's path.
 */
interface TermScores {
  readonly docs: Int32Array;
  readonly scores: Float64Array;
  readonly evidence: Uint8Array;
}
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
  const analyse = (text: string, name: boolean) =>
    contentTokens(documentText(text))
      .map((token) => {
        lexicon.add(token, name);
        return stem(token);
      })
      .join(' ');
  const analysed = documents.map((doc) => {
    const fields = Object.fromEntries(
      SEARCH_FIELDS.map((f) => [f, analyse(doc[f as keyof typeof FIELD_BOOST], CENTRAL_FIELDS.has(f))]),
    );
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

/**
 * The best hit of a type missing from the top 3 takes place 3 if it scores well enough and the
 * hit there is not the only one of its type (an onderwerp may also take a lone werkproces's
 * place). It takes over that hit's score, so the list stays ordered by score (the score ranks;
 * it is not a probability). Works on document numbers with
 * their scores in `score`, which it updates, so only the hits a search returns become objects.
 */
function diversify(sorted: readonly number[], typeOf: (d: number) => SearchHit['type'], score: Float64Array): number[] {
  let top = sorted.slice(0, TOP);
  let rest = sorted.slice(TOP);
  const best = top.length > 0 ? score[top[0]!]! : 0;
  for (const type of ['kwalificatie', 'werkproces', 'onderwerp'] as const) {
    if (top.some((d) => typeOf(d) === type)) continue;
    const candidate = rest.find((d) => typeOf(d) === type);
    if (candidate === undefined || score[candidate]! < DIVERSITY_SHARE * best) continue;
    const victim = top[TOP - 1];
    if (victim === undefined) continue;
    // Kwalificaties and werkprocessen are both answers about the work: a question about the scheme
    // with work as its context ("wil in een verpleeghuis werken, lukt dat met haar taal?") keeps
    // its onderwerp, also when the hit giving way is the only werkproces.
    const sameType = top.filter((d) => typeOf(d) === typeOf(victim)).length;
    if (type !== 'onderwerp' && sameType < 2) continue;
    score[candidate] = score[victim]!;
    top = [...top.filter((d) => d !== victim), candidate];
    rest = [victim, ...rest.filter((d) => d !== candidate)];
  }
  return [...top, ...rest];
}

export function createSearchIndex(catalogue: Catalogue): SearchIndex {
  const documents = buildSearchDocuments(catalogue);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const numberOf = new Map(documents.map((d, i) => [d.id, i]));
  // Equal scores rank by id in locale order. Sorting the ids once here, instead of comparing
  // them with localeCompare for every tie in every search (which set up a collator per call and
  // took most of a search's time), gives each document its rank.
  const idRank = new Int32Array(documents.length);
  const collator = new Intl.Collator();
  documents
    .map((d, i) => ({ id: d.id, i }))
    .sort((a, b) => collator.compare(a.id, b.id))
    .forEach(({ i }, rank) => (idRank[i] = rank));
  const synonyms = new SynonymTable(SYNONYMS);
  const lexicon = new Lexicon();
  for (const word of [...synonyms.words(), ...gapWords()]) lexicon.add(word);
  const miniSearch = buildMiniSearch(documents, lexicon);
  const planner = new QueryPlanner(lexicon, synonyms);
  const cache = new Map<string, TermScores>();

  // Scratch space per document number, reused by every search (a search runs to completion
  // synchronously, so two never share it); `touched` lists the documents a step wrote to.
  const n = documents.length;
  const isOnderwerp = Uint8Array.from(documents, (d) => (d.hit.type === 'onderwerp' ? 1 : 0));
  const conceptBest = new Float64Array(n);
  const conceptSum = new Float64Array(n);
  const conceptEvidence = new Uint8Array(n);
  const conceptTouched = new Int32Array(n);
  const conceptScore = new Float64Array(n);
  const total = new Float64Array(n);
  const covered = new Float64Array(n);
  const well = new Float64Array(n);
  const central = new Float64Array(n);
  const inTotal = new Uint8Array(n);
  const totalTouched = new Int32Array(n);

  function termScores(alt: Alternative): TermScores {
    const key = `${alt.term}|${alt.prefix}|${alt.fuzzy}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const results = miniSearch.search(alt.term, {
      boost: FIELD_BOOST,
      prefix: alt.prefix,
      fuzzy: alt.fuzzy,
      weights: MATCH_WEIGHTS,
    });
    const scores: TermScores = {
      docs: Int32Array.from(results, (r) => numberOf.get(String(r.id))!),
      scores: Float64Array.from(results, (r) => r.score),
      evidence: Uint8Array.from(results, (r) => evidenceOf(alt.term, r.match)),
    };
    if (cache.size >= TERM_CACHE_SIZE) cache.clear();
    cache.set(key, scores);
    return scores;
  }

  /**
   * Per document the concept's score (`conceptScore`) and the best evidence of any alternative
   * (`conceptEvidence`), for the documents it returns the count of in `conceptTouched`.
   */
  function conceptScores(concept: Concept): number {
    let count = 0;
    for (const alt of concept.alternatives) {
      const { docs, scores, evidence } = termScores(alt);
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k]!;
        if (concept.schemeOnly && !isOnderwerp[d]) continue; // "doelgroep" asks the topic, not "specifieke doelgroepen"
        const weighted = alt.weight * scores[k]!;
        if (conceptEvidence[d] === 255) {
          conceptTouched[count++] = d;
          conceptBest[d] = weighted;
          conceptSum[d] = weighted;
          conceptEvidence[d] = evidence[k]!;
        } else {
          conceptBest[d] = Math.max(conceptBest[d]!, weighted);
          conceptSum[d] = conceptSum[d]! + weighted;
          conceptEvidence[d] = Math.max(conceptEvidence[d]!, evidence[k]!);
        }
      }
    }
    for (let k = 0; k < count; k++) {
      const d = conceptTouched[k]!;
      const b = conceptBest[d]!;
      conceptScore[d] = concept.weight * (b + EXTRA_ALTERNATIVES * (conceptSum[d]! - b));
    }
    return count;
  }
  conceptEvidence.fill(255); // 255: not touched by the current concept

  /** The ranked document numbers of a search; their scores are in `total` until it is cleared. */
  interface Ranking {
    readonly ranked: readonly number[];
    /** Share (0-1) of the question's weight a document matches well, and matches centrally. */
    readonly well: (d: number) => number;
    readonly central: (d: number) => number;
  }

  /** How many documents the current search touched (listed in `totalTouched`). */
  let touchedCount = 0;

  function clearScratch(): void {
    for (let k = 0; k < touchedCount; k++) {
      const d = totalTouched[k]!;
      inTotal[d] = 0;
      total[d] = 0;
      covered[d] = 0;
      well[d] = 0;
      central[d] = 0;
    }
    touchedCount = 0;
  }

  /** Scores every document the question touches and ranks them; the caller clears the scratch space. */
  function rank(query: string, options: SearchOptions): Ranking | undefined {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const concepts = planner.plan(query.slice(0, MAX_QUERY_LENGTH));
    if (concepts.length === 0 || limit <= 0) return undefined;
    let coverable = 0;
    const allWeight = concepts.reduce((sum, c) => sum + c.weight, 0);
    for (const concept of concepts) {
      const count = conceptScores(concept);
      // a word counts for coverage by how strongly it can match at all: a word that matches
      // nothing, or only weakly, hardly penalises documents that miss it
      let strength = 0;
      for (let k = 0; k < count; k++) strength = Math.max(strength, conceptScore[conceptTouched[k]!]!);
      coverable += strength;
      for (let k = 0; k < count; k++) {
        const d = conceptTouched[k]!;
        const evidence = conceptEvidence[d]!;
        conceptEvidence[d] = 255;
        if (!inTotal[d]) {
          inTotal[d] = 1;
          totalTouched[touchedCount++] = d;
        }
        total[d] = total[d]! + conceptScore[d]!;
        covered[d] = covered[d]! + strength;
        if (evidence >= 1) well[d] = well[d]! + concept.weight;
        if (evidence === 2) central[d] = central[d]! + concept.weight;
      }
    }
    const share = (of: number) => Math.round((of / allWeight) * 1000) / 1000;
    const ranked: number[] = [];
    const asked = clientGroupsIn(query);
    for (let k = 0; k < touchedCount; k++) {
      const d = totalTouched[k]!;
      const doc = documents[d]!;
      // "ouderenzorg": no kinderopvang through "verzorging", which both fields share
      if ((!options.types || options.types.includes(doc.hit.type)) && servesAskedGroup(asked, doc.groepen)) {
        const coverage = coverable > 0 ? covered[d]! / coverable : 0;
        const prior = doc.niveau === null ? 1 : (LEVEL_PRIOR[doc.niveau] ?? 1);
        total[d] = Math.round(total[d]! * coverage * prior * 1000) / 1000; // from here on: the hit's score
        ranked.push(d);
      }
    }
    ranked.sort((a, b) => total[b]! - total[a]! || idRank[a]! - idRank[b]!); // best first, ties by id
    return {
      ranked: diversify(ranked, (d) => documents[d]!.hit.type, total),
      well: (d) => share(well[d]!),
      central: (d) => share(central[d]!),
    };
  }

  /**
   * A field we have no kwalificatie for ("dieren"): its nearest kwalificaties come after the
   * hits, scored just below the lowest hit.
   */
  function nearestFor(query: string, ranked: readonly number[], options: SearchOptions): WeighedHit[] {
    const gap = gapFor(query);
    if (!gap || (options.types && !options.types.includes('kwalificatie'))) return [];
    let floor = NEAREST_SCORE;
    for (const d of ranked) floor = Math.min(floor, total[d]!);
    return gap.dichtbij.flatMap((crebo, i) => {
      const doc = byId.get(crebo);
      if (!doc || ranked.includes(numberOf.get(crebo)!)) return [];
      return [
        { ...doc.hit, score: Math.round((floor - 0.001 * (i + 1)) * 1000) / 1000, coveredWell: 0, coveredCentral: 0 },
      ];
    });
  }

  /**
   * The first `limit` hits, made into objects by `make`. A question touches up to all documents;
   * only the few it returns are built (building them all was most of a search's time and garbage).
   */
  function hits<T>(
    query: string,
    options: SearchOptions,
    make: (hit: SearchDocument['hit'], score: number, d: number, found: Ranking) => T,
    fromNearest: (hit: WeighedHit) => T,
  ): T[] {
    try {
      const found = rank(query, options);
      if (!found) return [];
      const limit = options.limit ?? DEFAULT_LIMIT;
      const out: T[] = [];
      for (const d of found.ranked) {
        if (out.length >= limit) return out;
        out.push(make(documents[d]!.hit, total[d]!, d, found));
      }
      for (const near of nearestFor(query, found.ranked, options)) {
        if (out.length >= limit) break;
        out.push(fromNearest(near));
      }
      return out;
    } catch (error) {
      conceptEvidence.fill(255); // a concept may have stopped half-way
      throw error;
    } finally {
      clearScratch(); // the next search starts from zeros
    }
  }

  function searchWeighed(query: string, options: SearchOptions = {}): WeighedHit[] {
    return hits(
      query,
      options,
      (hit, score, d, found) => ({ ...hit, score, coveredWell: found.well(d), coveredCentral: found.central(d) }),
      (near) => near,
    );
  }

  /** The CLI contract's shape: without the coverage. */
  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    return hits(
      query,
      options,
      // written out, not spread: the same fields in the same order, several times faster
      (hit, score) => ({
        type: hit.type,
        id: hit.id,
        crebo: hit.crebo,
        kwalificatie: hit.kwalificatie,
        werkproces: hit.werkproces,
        titel: hit.titel,
        score,
      }),
      ({ coveredWell: _w, coveredCentral: _c, ...hit }) => hit,
    );
  }

  // Otherwise the first question after start-up pays for compiling the search code: 10-40 ms
  // where a warm search takes 0.05 ms. One question through every step does that here.
  searchWeighed(WARM_UP_QUESTION, { limit: n + 10, types: ['kwalificatie', 'werkproces'] });
  search(WARM_UP_QUESTION);

  return { search, searchWeighed, documentCount: documents.length };
}
