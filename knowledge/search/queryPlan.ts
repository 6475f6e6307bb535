import { fieldOfEmptyHead, type Lexicon, splitCompound } from './decompound';
import {
  contentTokens,
  GENERIC_WORDS,
  isCode,
  foldAccents,
  looseParticles,
  PARTICLES,
  QUERY_FILLERS,
  queryTokens,
  stem,
  STOPWORDS,
} from './normalize';

/**
 * A question becomes a list of concepts, one per meaningful word. Each concept can be found
 * through several alternative terms: the word itself (with typo tolerance and prefixes), the
 * parts of an unknown compound, and its synonyms, each with a weight.
 */

export interface Alternative {
  readonly term: string;
  readonly weight: number;
  readonly prefix: boolean;
  /** Maximum edit distance, or 0 for exact matches only. */
  readonly fuzzy: number;
}

export interface Concept {
  readonly word: string;
  /** How much this word counts in the question (a generic verb counts less than its object). */
  readonly weight: number;
  readonly alternatives: readonly Alternative[];
  /** Asks about the scheme itself (see SCHEME_WORDS): it counts for onderwerpen only. */
  readonly schemeOnly: boolean;
}

/**
 * Words that ask about the scheme, not the work: "doelgroep", "voorwaarden", "leeftijd". Question
 * phrases add them as markers ("is dit iets voor haar" → doelgroep, "hij is 60" → leeftijd
 * voorwaarden), and the verwijzer types them too; in a kwalificatie or werkproces they mean
 * something else ("Begeleider specifieke doelgroepen", "Voert voorwaardelijke werkzaamheden uit",
 * an activity for the children's "leeftijd"), and found that work before the topic. By stem.
 */
const SCHEME_WORDS: ReadonlySet<string> = new Set(
  ['doelgroep', 'doelgroepen', 'voorwaarde', 'voorwaarden', 'criteria', 'criterium', 'leeftijd', 'leeftijdsgrens'].map(
    stem,
  ),
);

const WEIGHT = { word: 1, surface: 0.9, part: 0.7, synonym: 0.5, partSynonym: 0.4, generic: 0.5 } as const;

/** Two rows for `editDistance`, reused: an unknown word is compared with every synonym key. */
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/** The edit distance of a and b when it is at most `max`; otherwise some number above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(2 * b.length), new Int32Array(2 * b.length)];
  // only the cells 0..b.length are written and read
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return max + 1; // every later row is at least as far
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Edits allowed for a word the index does not know (a known word is taken as meant). */
const typoBudget = (token: string) => (token.length >= 8 ? 2 : token.length >= 6 ? 1 : 0);

/** Everyday word → dossier words, found by stem, and by a small typo for unknown words. */
export class SynonymTable {
  private readonly byStem = new Map<string, string[]>();
  private readonly keys: string[];

  constructor(synonyms: Readonly<Record<string, readonly string[]>>) {
    this.keys = Object.keys(synonyms);
    for (const [key, values] of Object.entries(synonyms)) {
      const expansions = values.flatMap((v) => contentTokens(v));
      this.byStem.set(stem(key), [...(this.byStem.get(stem(key)) ?? []), ...expansions]);
    }
  }

  /** Whether the table names this word itself (not by a typo). */
  has(token: string): boolean {
    return this.byStem.has(stem(token));
  }

  /** All words of the table, so compound splitting knows them. */
  words(): string[] {
    return [...this.keys, ...[...this.byStem.values()].flat()];
  }

  expand(token: string, lexicon: Lexicon): readonly string[] {
    const exact =
      this.byStem.get(stem(token)) ?? (token.endsWith('t') ? this.byStem.get(stem(token.slice(0, -1))) : undefined);
    if (exact) return exact;
    const budget = typoBudget(token);
    if (budget === 0 || lexicon.has(token)) return [];
    const near = this.keys.find((key) => editDistance(key, token, budget) <= budget);
    return near ? (this.byStem.get(stem(near)) ?? []) : [];
  }
}

function wordAlternatives(token: string, known: boolean): Alternative[] {
  if (isCode(token) || /\d/.test(token)) return [{ term: token, weight: WEIGHT.word, prefix: false, fuzzy: 0 }];
  const stemmed = stem(token);
  const own: Alternative = {
    term: stemmed,
    weight: WEIGHT.word,
    prefix: stemmed.length >= 4,
    fuzzy: known ? 0 : typoBudget(token),
  };
  // "schoonmaak" stems to "schoonmak", which is no prefix of "schoonmaakkar": also try the word as written.
  const surface: Alternative[] =
    stemmed !== token && token.length >= 4 ? [{ term: token, weight: WEIGHT.surface, prefix: true, fuzzy: 0 }] : [];
  // an unknown verb form like "klust" or "sleutelt": its root ("klus") finds "klussen", "klusjes"
  const root: Alternative[] =
    !known && token.length >= 5 && token.endsWith('t')
      ? [{ term: token.slice(0, -1), weight: WEIGHT.surface, prefix: true, fuzzy: 0 }]
      : [];
  return [own, ...surface, ...root];
}

function expansionAlternatives(words: readonly string[], weight: number): Alternative[] {
  return words.map((w) => {
    const term = stem(w);
    return { term, weight, prefix: term.length >= 5, fuzzy: 0 };
  });
}

/** Keeps the strongest alternative per term. */
function dedupe(alternatives: readonly Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const alt of alternatives) {
    const seen = best.get(alt.term);
    if (!seen || alt.weight > seen.weight) best.set(alt.term, alt);
  }
  return [...best.values()];
}

const meaningful = (part: string) => !STOPWORDS.has(part) && !QUERY_FILLERS.has(part) && !GENERIC_WORDS.has(part);

/** "meld ... aan" → "aanmeld(en)" when the index knows that verb. */
function separableVerbs(token: string, particles: readonly string[], lexicon: Lexicon): string[] {
  if (isCode(token) || /\d/.test(token)) return [];
  return particles
    .flatMap((p) => [`${p}${token}`, `${p}${stem(token)}`, ...infinitiveOf(token).map((i) => `${p}${i}`)])
    .filter((joined) => joined.length >= 6 && lexicon.has(joined));
}

/** A particle closing the question or a clause: "wie schrijft hem in?", "meldt zich aan, en dan". */
const endsWithParticle = (query: string) =>
  new RegExp(`\\b(?:${[...PARTICLES].join('|')})\\s*(?:[,.;:!?]|$)`).test(foldAccents(query));

/**
 * The infinitive of a verb in the third person, which a separable verb's dictionary form uses:
 * "reikt" → "reiken" ("wie reikt uit": uitreiken), "schrijft" → "schrijven", "haalt" → "halen".
 */
function infinitiveOf(token: string): string[] {
  if (token.length < 4 || !token.endsWith('t')) return [];
  const root = token
    .slice(0, -1)
    .replace(/f$/, 'v')
    .replace(/s$/, 'z')
    .replace(/([aeou])\1([^aeiou])$/, '$1$2');
  return [`${root}en`];
}

function conceptOf(
  token: string,
  verbs: readonly string[],
  lexicon: Lexicon,
  synonyms: SynonymTable,
  separated = false,
): Concept {
  const parts = splitCompound(token, lexicon).filter(meaningful);
  // "horecawerk" is "horeca", even when a text uses the whole word; a compound the synonym table
  // names keeps its own meaning there ("huiswerk" is no "huis")
  const field = synonyms.has(token) ? undefined : fieldOfEmptyHead(token, lexicon);
  const alternatives = [
    ...wordAlternatives(token, lexicon.has(token)),
    ...(field ? wordAlternatives(field, true).map((a) => ({ ...a, prefix: false })) : []),
    ...(field ? expansionAlternatives(synonyms.expand(field, lexicon), WEIGHT.synonym) : []),
    ...verbs.flatMap((verb) => wordAlternatives(verb, true)),
    ...parts.flatMap((p) => wordAlternatives(p, true).map((a) => ({ ...a, weight: WEIGHT.part, prefix: false }))),
    ...expansionAlternatives(synonyms.expand(token, lexicon), WEIGHT.synonym),
    ...parts.flatMap((p) => expansionAlternatives(synonyms.expand(p, lexicon), WEIGHT.partSynonym)),
  ];
  return {
    word: token,
    // a generic verb joined with a particle at the end of the clause is a verb of its own: "wie schrijft
    // hem in" is inschrijven (a particle before a noun is a preposition: "schrijven in het dossier")
    weight: GENERIC_WORDS.has(token) && !separated ? WEIGHT.generic : 1,
    alternatives: dedupe(alternatives),
    schemeOnly: SCHEME_WORDS.has(stem(token)),
  };
}

const CONCEPT_CACHE_SIZE = 5000;

/**
 * Plans questions for one index. A word's concept depends only on the word, unless a loose
 * particle makes it a separable verb ("meld ... aan"), so it is worked out once: splitting
 * compounds, stemming the parts and the typo check against the synonym keys were a third of a
 * search's time.
 */
export class QueryPlanner {
  private readonly concepts = new Map<string, Concept>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly synonyms: SynonymTable,
  ) {}

  plan(query: string): Concept[] {
    const tokens = [...new Set(queryTokens(query))];
    const particles = looseParticles(query);
    return tokens.map((token) => {
      const verbs = particles.length > 0 ? separableVerbs(token, particles, this.lexicon) : [];
      if (verbs.length > 0) return conceptOf(token, verbs, this.lexicon, this.synonyms, endsWithParticle(query));
      const cached = this.concepts.get(token);
      if (cached) return cached;
      const concept = conceptOf(token, verbs, this.lexicon, this.synonyms);
      if (this.concepts.size >= CONCEPT_CACHE_SIZE) this.concepts.clear();
      this.concepts.set(token, concept);
      return concept;
    });
  }
}
