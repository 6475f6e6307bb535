import type { Catalogue, Kwalificatie, WerkprocesInfo } from '../catalogueTypes';
import { gapFor } from './gaps.nl';
import type { SearchIndex, WeighedHit } from './searchIndex';

export interface WerkprocesSuggestie {
  /** Looked up under a concrete kwalificatie where one fits; a basisdeel may stay under its dossier crebo. */
  readonly werkproces: WerkprocesInfo;
  readonly score: number;
  /** Found by its own text, or because its kwalificatie fits the interests. */
  readonly via: 'werkproces' | 'kwalificatie';
}

/** What fits one interest. */
export interface PartFit {
  readonly werkprocessen: readonly WerkprocesSuggestie[];
  readonly kwalificaties: readonly Kwalificatie[];
  /** When nothing fits: kwalificaties that match part of the words, lowest level first. */
  readonly dichtbij: readonly Kwalificatie[];
  readonly hogerNiveau: number;
  /**
   * The best fitting kwalificatie has no loaded werkprocessen and fits clearly better than every
   * kwalificatie of the werkprocessen found ("magazijn": Assistent logistiek, not "Controleert
   * de voorraad" of Gastheer/-vrouw): the kwalificatie is the better answer and comes first.
   */
  readonly beroepenEerst: boolean;
}

export interface FitOptions {
  readonly crebos?: readonly string[] | undefined;
  /** The highest level asked for; undefined: Entree and niveau 2, higher only when clearly best. */
  readonly level?: number | undefined;
}

const SEARCH_DEPTH = 40;
/** Relevance floor: the share of the interest's words an entry must match well. */
const FIT = 0.6;
/** A werkproces must match at least this share in its own name or keywords: a passing mention is no fit. */
const CENTRAL = 0.5;
/** Kwalificaties scoring far below the best one are incidental ("koken" also appears in procestechniek). */
const KWALIFICATIE_SHARE = 0.25;
/** Only the werkprocessen of a strongly fitting kwalificatie are added through it. */
const VIA_SHARE = 0.5;
/** A werkproces reached through its kwalificatie ranks below one that matches by itself. */
const VIA_KWALIFICATIE = 0.5;
/** A niveau 3-4 kwalificatie is clearly the best match when it beats every lower one by this factor. */
const CLEAR_MARGIN = 1.25;
/** Among allowed suggestions, lower levels first: the target group is mostly Entree and niveau 2. */
const LEVEL_FACTOR: Record<number, number> = { 3: 0.8, 4: 0.6 };
const TARGET_LEVEL = 2;
const MAX_DICHTBIJ = 3;

const allowed = (crebo: string, crebos: readonly string[] | undefined) => !crebos || crebos.includes(crebo);

/** A basisdeel werkproces found under its dossier crebo moves to a fitting, allowed profile of that dossier. */
function resolve(
  catalogue: Catalogue,
  hit: WeighedHit,
  fitting: readonly string[],
  crebos?: readonly string[],
): WerkprocesInfo | undefined {
  if (!hit.crebo || !hit.werkproces) return undefined;
  const found = catalogue.werkproces(hit.crebo, hit.werkproces);
  if (!found || found.deel === 'profiel') return found && allowed(found.crebo, crebos) ? found : undefined;
  const dossier = catalogue.dossiers().find((d) => d.id === found.dossier.id);
  const profielen = (dossier?.profielen ?? []).map((p) => p.crebo).filter((c) => allowed(c, crebos));
  const home = profielen.find((c) => fitting.includes(c)) ?? (crebos ? profielen[0] : undefined);
  if (home) return catalogue.werkproces(home, found.code);
  return allowed(found.crebo, crebos) ? found : undefined;
}

function ownWerkprocessen(catalogue: Catalogue, crebo: string): readonly WerkprocesInfo[] {
  const all = catalogue.werkprocessen(crebo);
  const profiel = all.filter((wp) => wp.deel === 'profiel');
  return profiel.length > 0 ? profiel : all;
}

interface Scored {
  readonly kwalificatie: Kwalificatie;
  readonly hit: WeighedHit;
}

/** Which niveau 3-4 kwalificaties may show: the ones asked for, or the top one when it clearly wins. */
function higherAllowed(fitting: readonly Scored[], level: number | undefined): Set<string> {
  if (level !== undefined)
    return new Set(fitting.filter((s) => s.kwalificatie.niveau <= level).map((s) => s.kwalificatie.crebo));
  const top = fitting[0];
  const bestLow = Math.max(0, ...fitting.filter((s) => s.kwalificatie.niveau <= TARGET_LEVEL).map((s) => s.hit.score));
  const clear =
    top &&
    top.kwalificatie.niveau > TARGET_LEVEL &&
    top.hit.coveredCentral >= 0.99 &&
    top.hit.score >= CLEAR_MARGIN * bestLow;
  return new Set(clear ? [top.kwalificatie.crebo] : []);
}

function kwalificatieHits(catalogue: Catalogue, hits: readonly WeighedHit[], crebos?: readonly string[]): Scored[] {
  return hits.flatMap((hit) => {
    const kwalificatie = hit.type === 'kwalificatie' && hit.crebo ? catalogue.kwalificatie(hit.crebo) : undefined;
    return kwalificatie && allowed(kwalificatie.crebo, crebos) ? [{ kwalificatie, hit }] : [];
  });
}

const byLevelThenScore = (a: Scored, b: Scored) =>
  Number(a.kwalificatie.niveau > TARGET_LEVEL) - Number(b.kwalificatie.niveau > TARGET_LEVEL) ||
  b.hit.score - a.hit.score;

interface Candidates {
  readonly found: Map<string, WerkprocesSuggestie>;
  /** Keys of werkprocessen left out for their level. */
  readonly hidden: Set<string>;
}

/** Adds a werkproces when its level may show; lower levels rank first unless a level was asked. */
function addCandidate(
  into: Candidates,
  wp: WerkprocesInfo,
  score: number,
  via: WerkprocesSuggestie['via'],
  levelOk: (wp: WerkprocesInfo) => boolean,
  asked: boolean,
) {
  const key = `${wp.crebo}:${wp.code}`;
  if (!levelOk(wp)) return void into.hidden.add(key);
  const weighted = asked ? score : score * (LEVEL_FACTOR[wp.niveau] ?? 1);
  if ((into.found.get(key)?.score ?? -1) < weighted) into.found.set(key, { werkproces: wp, score: weighted, via });
}

/** The kwalificaties that fit: most of the words matched well, not far below the best one. */
function fittingKwalificaties(scored: readonly Scored[]): Scored[] {
  const strong = scored.filter((s) => s.hit.coveredWell >= FIT);
  const best = strong[0]?.hit.score ?? 0;
  return strong.filter((s) => s.hit.score >= KWALIFICATIE_SHARE * best);
}

/** What fits one interest: kwalificaties first (their keywords are the strongest evidence), then werkprocessen. */
export function fitPart(catalogue: Catalogue, index: SearchIndex, query: string, options: FitOptions): PartFit {
  const hits = index.searchWeighed(query, { limit: SEARCH_DEPTH, types: ['kwalificatie', 'werkproces'] });
  const scored = kwalificatieHits(catalogue, hits, options.crebos);
  const fitting = fittingKwalificaties(scored);
  const higher = higherAllowed(fitting, options.level);
  const shown = fitting.filter((s) => s.kwalificatie.niveau <= TARGET_LEVEL || higher.has(s.kwalificatie.crebo));
  const fittingCrebos = shown.map((s) => s.kwalificatie.crebo);
  const asked = options.level !== undefined;
  const levelOk = (wp: WerkprocesInfo) =>
    asked ? wp.niveau <= options.level : wp.niveau <= TARGET_LEVEL || higher.has(wp.crebo);
  const candidates: Candidates = { found: new Map(), hidden: new Set() };
  for (const hit of hits) {
    if (hit.type !== 'werkproces') continue;
    const wp = resolve(catalogue, hit, fittingCrebos, options.crebos);
    const fits =
      hit.coveredWell >= FIT &&
      (hit.coveredCentral >= CENTRAL || (wp !== undefined && fittingCrebos.includes(wp.crebo)));
    if (wp && fits) addCandidate(candidates, wp, hit.score, 'werkproces', levelOk, asked);
  }
  const best = fitting[0]?.hit.score ?? 0;
  for (const { kwalificatie, hit } of shown) {
    if (!kwalificatie.heeftWerkprocessen || hit.score < VIA_SHARE * best) continue;
    for (const wp of ownWerkprocessen(catalogue, kwalificatie.crebo))
      addCandidate(candidates, wp, VIA_KWALIFICATIE * hit.score, 'kwalificatie', levelOk, asked);
  }
  const werkprocessen = [...candidates.found.values()].sort((a, b) => b.score - a.score);
  const ranked = [...shown].sort(byLevelThenScore);
  const nothing = werkprocessen.length === 0 && shown.length === 0;
  const partly = scored.filter((s) => s.hit.coveredWell > 0).sort(byLevelThenScore);
  // a field we have nothing for ("dieren"): its nearest kwalificaties, named in knowledge/search/gaps.nl.ts
  const nearest = (gapFor(query)?.dichtbij ?? []).flatMap((crebo) => {
    const kwalificatie = catalogue.kwalificatie(crebo);
    return kwalificatie && allowed(crebo, options.crebos) ? [kwalificatie] : [];
  });
  const dichtbij = nothing
    ? (partly.length > 0 ? partly.map((s) => s.kwalificatie) : nearest).slice(0, MAX_DICHTBIJ)
    : [];
  return {
    werkprocessen,
    kwalificaties: ranked.map((s) => s.kwalificatie),
    dichtbij,
    hogerNiveau: [...candidates.hidden].filter((key) => !candidates.found.has(key)).length,
    beroepenEerst: kwalificatieFitsBetter(ranked, werkprocessen),
  };
}

/** A werkproces of a kwalificatie that does not fit the interest counts as a fit of 0. */
function kwalificatieFitsBetter(ranked: readonly Scored[], werkprocessen: readonly WerkprocesSuggestie[]): boolean {
  const best = ranked[0];
  if (!best || best.kwalificatie.heeftWerkprocessen) return false;
  const scoreOf = (crebo: string) => ranked.find((s) => s.kwalificatie.crebo === crebo)?.hit.score ?? 0;
  const rival = Math.max(0, ...werkprocessen.map((s) => scoreOf(s.werkproces.crebo)));
  return best.hit.score >= CLEAR_MARGIN * rival;
}
