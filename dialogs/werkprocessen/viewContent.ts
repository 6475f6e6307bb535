import { gapBefore, type Gap } from '../../knowledge/search/gaps.nl';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { offeringNote } from '../shared/offering';
import type { Catalogue, KerntaakInfo, Kwalificatie, WerkprocesInfo } from '../../knowledge/catalogue';
import type { Onderwerp } from '../../knowledge/model';
import type { SearchHit, SearchIndex } from '../../knowledge/search/searchIndex';
import { suggestWerkprocessen, type NietGevonden } from '../../knowledge/search/suggest';
import type { Action, ExplorerState, View } from './explorerState';
import { lookupWerkproces, werkprocesId } from './selection';

/** What the dialog needs from the knowledge base: the catalogue and the index built from it. */
export interface ExplorerDeps {
  catalogue: Catalogue;
  index: SearchIndex;
  /** The intake teams: a kwalificatie a team does not offer in the derde leerweg is flagged, never hidden. */
  teams?: readonly IntakeTeam[];
}

export const SEARCH_LIMIT = 5;
export const SUGGESTION_LIMIT = 5;

/** A search hit joined with its catalogue entry; hits the catalogue does not know are dropped. */
export type ResolvedHit =
  | { type: 'onderwerp'; onderwerp: Onderwerp }
  | { type: 'kwalificatie'; kwalificatie: Kwalificatie }
  | { type: 'werkproces'; werkproces: WerkprocesInfo };

/** A field we have nothing for ("dieren") whose nearest kwalificatie is the best hit: say so first. */
export function gapOf(vraag: string, best: ResolvedHit | undefined): Gap | undefined {
  return gapBefore(vraag, best?.type === 'kwalificatie' ? best.kwalificatie.crebo : undefined);
}

export function resolveHits(hits: readonly SearchHit[], catalogue: Catalogue): ResolvedHit[] {
  return hits.flatMap((hit): ResolvedHit[] => {
    if (hit.type === 'onderwerp') {
      const onderwerp = catalogue.onderwerp(hit.id);
      return onderwerp ? [{ type: 'onderwerp', onderwerp }] : [];
    }
    if (hit.type === 'kwalificatie') {
      const kwalificatie = hit.crebo ? catalogue.kwalificatie(hit.crebo) : undefined;
      return kwalificatie ? [{ type: 'kwalificatie', kwalificatie }] : [];
    }
    const werkproces = lookupWerkproces(catalogue, hit.id);
    return werkproces ? [{ type: 'werkproces', werkproces }] : [];
  });
}

export interface StartContent {
  interesses: string;
  werkplek: string;
  suggesties: WerkprocesInfo[];
  /** Fitting kwalificaties without loaded werkprocessen: the mbo shows those at the intake. */
  zonderWerkprocessen: Kwalificatie[];
  nietGevonden: NietGevonden[];
  hogerNiveau: number;
  /** Those kwalificaties fit better than the werkprocessen found: they come first. */
  beroepenEerst: boolean;
  /** The warning for a crebo an intake team does not offer (undefined: nothing to say). */
  offering(crebo: string): string | undefined;
}

/** The one place the explorer's cards get their "not offered" warning from (the rule is `offeringNote`). */
export function offeringFor(teams: readonly IntakeTeam[] | undefined): (crebo: string) => string | undefined {
  return (crebo) => (teams ? offeringNote(teams, crebo) : undefined);
}

export function startContent(state: ExplorerState, { catalogue, index, teams }: ExplorerDeps): StartContent {
  const { interesses, werkplek } = state;
  const found = suggestWerkprocessen(catalogue, index, interesses, { werkplek, limit: SUGGESTION_LIMIT });
  return {
    interesses,
    werkplek,
    suggesties: found.werkprocessen.map((s) => s.werkproces),
    zonderWerkprocessen: [...found.zonderWerkprocessen],
    nietGevonden: [...found.nietGevonden],
    hogerNiveau: found.hogerNiveau,
    beroepenEerst: found.beroepenEerst && found.zonderWerkprocessen.length > 0,
    offering: offeringFor(teams),
  };
}

export function searchContent(vraag: string, { catalogue, index }: ExplorerDeps): ResolvedHit[] {
  const hits = resolveHits(index.search(vraag, { limit: SEARCH_LIMIT }), catalogue);
  // most praktijkverklaringen are Entree or niveau 2: a niveau 3-4 werkproces only when asked for or the best match
  return asksForLevel(vraag)
    ? hits
    : hits.filter((hit, i) => i === 0 || hit.type !== 'werkproces' || niveauOf(hit) < 3);
}

/** "zorg niveau 3", "mbo 4": the verwijzer asks for a higher level. */
export function asksForLevel(vraag: string): boolean {
  return /\b(?:niveau|mbo) ?[34]\b/.test(vraag.toLowerCase());
}

/** The mbo level of a hit (0 for a topic). */
export function niveauOf(hit: ResolvedHit): number {
  return hit.type === 'werkproces' ? hit.werkproces.niveau : hit.type === 'kwalificatie' ? hit.kwalificatie.niveau : 0;
}

export function kerntaakOf(catalogue: Catalogue, crebo: string, code: string): KerntaakInfo | undefined {
  return catalogue.kerntaken(crebo).find((kt) => kt.code === code);
}

/** One numbered line of a view, for typed numbers: a werkproces to choose, or a place to go. */
export type Item = { kind: 'werkproces'; id: string } | { kind: 'ga'; action: Action } | { kind: 'uitleg' };

const choose = (wp: WerkprocesInfo): Item => ({ kind: 'werkproces', id: werkprocesId(wp) });
const go = (action: Action): Item => ({ kind: 'ga', action });

function hitItem(hit: ResolvedHit): Item {
  if (hit.type === 'werkproces') return choose(hit.werkproces);
  if (hit.type === 'kwalificatie') return go({ kind: 'kwalificatie', crebo: hit.kwalificatie.crebo });
  return { kind: 'uitleg' };
}

/** The numbered lines of a view, in the order its card shows them. */
export function numberedItems(view: View, state: ExplorerState, deps: ExplorerDeps): Item[] {
  const { catalogue } = deps;
  switch (view.kind) {
    case 'start':
      return startContent(state, deps).suggesties.map(choose);
    case 'zoeken':
      return searchContent(view.vraag, deps).map(hitItem);
    case 'domeinen':
      return catalogue.domeinen().map((domein) => go({ kind: 'domein', domein }));
    case 'domein':
      return catalogue.kwalificatiesInDomein(view.domein).map((k) => go({ kind: 'kwalificatie', crebo: k.crebo }));
    case 'kwalificatie':
      return catalogue.kerntaken(view.crebo).map((kt) => go({ kind: 'kerntaak', crebo: view.crebo, code: kt.code }));
    case 'kerntaak':
      return (kerntaakOf(catalogue, view.crebo, view.code)?.werkprocessen ?? []).map(choose);
    case 'werkproces':
    case 'selectie':
      return [];
  }
}
