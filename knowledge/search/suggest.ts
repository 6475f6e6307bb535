import type { Catalogue, Kwalificatie, WerkprocesInfo } from '../catalogueTypes';
import type { SearchHit, SearchIndex } from './searchIndex';

export interface SuggestOptions {
  /** Maximum number of werkprocessen; default 8. */
  readonly limit?: number;
  /** The workplace in everyday words ("verpleeghuis", "groothandel"); searched together with the interests. */
  readonly werkplek?: string;
  /** Only these kwalificaties, e.g. the ones the regional mbo offers in the derde leerweg. */
  readonly crebos?: readonly string[];
}

export interface WerkprocesSuggestie {
  /** Looked up under a concrete kwalificatie where one fits; a basisdeel may stay under its dossier crebo. */
  readonly werkproces: WerkprocesInfo;
  readonly score: number;
  /** Found by its own text, or because its kwalificatie fits the interests. */
  readonly via: 'werkproces' | 'kwalificatie';
}

export interface Suggesties {
  readonly werkprocessen: readonly WerkprocesSuggestie[];
  /** Fitting kwalificaties without loaded werkprocessen (Entree today): the bot says so instead of inventing codes. */
  readonly zonderWerkprocessen: readonly Kwalificatie[];
}

const DEFAULT_LIMIT = 8;
const SEARCH_DEPTH = 30;
/** A werkproces reached through its kwalificatie ranks below one that matches by itself. */
const VIA_KWALIFICATIE = 0.5;
const MAX_ZONDER = 3;

function allowed(crebo: string, crebos: readonly string[] | undefined): boolean {
  return !crebos || crebos.includes(crebo);
}

/** A basisdeel werkproces found under its dossier crebo moves to a fitting, allowed profile of that dossier. */
function resolve(catalogue: Catalogue, hit: SearchHit, fitting: readonly string[], crebos?: readonly string[]): WerkprocesInfo | undefined {
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

/** Werkprocessen that fit a client's interests (and the workplace), best first. */
export function suggestWerkprocessen(catalogue: Catalogue, index: SearchIndex, interesses: string, options: SuggestOptions = {}): Suggesties {
  const query = [interesses, options.werkplek ?? ''].join(' ').trim();
  if (!query) return { werkprocessen: [], zonderWerkprocessen: [] };
  const hits = index.search(query, { limit: SEARCH_DEPTH, types: ['kwalificatie', 'werkproces'] });
  const fitting = hits.filter((h) => h.type === 'kwalificatie' && h.crebo).map((h) => h.crebo as string);
  const found = new Map<string, WerkprocesSuggestie>();
  const add = (wp: WerkprocesInfo, score: number, via: WerkprocesSuggestie['via']) => {
    const key = `${wp.crebo}:${wp.code}`;
    if ((found.get(key)?.score ?? -1) < score) found.set(key, { werkproces: wp, score, via });
  };
  const zonder: Kwalificatie[] = [];
  for (const hit of hits) {
    if (hit.type === 'werkproces') {
      const wp = resolve(catalogue, hit, fitting, options.crebos);
      if (wp) add(wp, hit.score, 'werkproces');
      continue;
    }
    const kwalificatie = hit.crebo ? catalogue.kwalificatie(hit.crebo) : undefined;
    if (!kwalificatie || !allowed(kwalificatie.crebo, options.crebos)) continue;
    if (!kwalificatie.heeftWerkprocessen) zonder.push(kwalificatie);
    else for (const wp of ownWerkprocessen(catalogue, kwalificatie.crebo)) add(wp, VIA_KWALIFICATIE * hit.score, 'kwalificatie');
  }
  const werkprocessen = [...found.values()].sort((a, b) => b.score - a.score).slice(0, options.limit ?? DEFAULT_LIMIT);
  return { werkprocessen, zonderWerkprocessen: zonder.slice(0, MAX_ZONDER) };
}
