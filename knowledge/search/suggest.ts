import type { Catalogue, Kwalificatie } from '../catalogueTypes';
import { askedLevel, interestParts } from './interestParts';
import { fitPart, type PartFit, type WerkprocesSuggestie } from './fitPart';
import type { SearchIndex } from './searchIndex';

export type { WerkprocesSuggestie } from './fitPart';

export interface SuggestOptions {
  /** Maximum number of werkprocessen; default 8. */
  readonly limit?: number;
  /** The workplace in everyday words ("verpleeghuis", "groothandel"); looked up like an interest. */
  readonly werkplek?: string;
  /** Only these kwalificaties, e.g. the ones the regional mbo offers in the derde leerweg. */
  readonly crebos?: readonly string[];
}

/** An interest nothing in the knowledge base fits, with what comes closest (may be empty). */
export interface NietGevonden {
  readonly onderwerp: string;
  readonly dichtbij: readonly Kwalificatie[];
}

export interface Suggesties {
  /** Werkprocessen that fit, best first, one interest after the other. */
  readonly werkprocessen: readonly WerkprocesSuggestie[];
  /** Kwalificaties that fit, with or without loaded werkprocessen: also an answer by themselves. */
  readonly kwalificaties: readonly Kwalificatie[];
  /** The fitting kwalificaties whose werkprocessen are not loaded (Entree today): never invent codes. */
  readonly zonderWerkprocessen: readonly Kwalificatie[];
  /** Interests for which nothing fits: the bot says so instead of showing something unrelated. */
  readonly nietGevonden: readonly NietGevonden[];
  /** Werkprocessen left out because they are niveau 3 or 4 and not asked for. */
  readonly hogerNiveau: number;
  /** The fitting kwalificaties without loaded werkprocessen answer better than the werkprocessen: show them first. */
  readonly beroepenEerst: boolean;
}

const DEFAULT_LIMIT = 8;
const MAX_KWALIFICATIES = 4;
const EMPTY: Suggesties = {
  werkprocessen: [],
  kwalificaties: [],
  zonderWerkprocessen: [],
  nietGevonden: [],
  hogerNiveau: 0,
  beroepenEerst: false,
};

/** One from each list in turn, so one interest does not crowd out another. */
function interleave<T>(lists: readonly (readonly T[])[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (let i = 0; i < Math.max(0, ...lists.map((l) => l.length)); i++) {
    for (const item of lists.map((l) => l[i])) {
      if (item === undefined || seen.has(key(item))) continue;
      seen.add(key(item));
      out.push(item);
    }
  }
  return out;
}

const werkprocesKey = (s: WerkprocesSuggestie) => `${s.werkproces.dossier.id}|${s.werkproces.code}`;

/**
 * Werkprocessen and kwalificaties that fit a client's interests (and the workplace). Most
 * praktijkverklaringen are Entree and niveau 2, so niveau 3-4 only appear when the verwijzer
 * asks for a level ("niveau 3") or when such a kwalificatie is clearly the best match.
 */
export function suggestWerkprocessen(
  catalogue: Catalogue,
  index: SearchIndex,
  interesses: string,
  options: SuggestOptions = {},
): Suggesties {
  const parts = interestParts(interesses, options.werkplek ?? '');
  if (parts.length === 0) return EMPTY;
  const level = askedLevel(`${interesses} ${options.werkplek ?? ''}`);
  const fits: PartFit[] = parts.map((part) => fitPart(catalogue, index, part.query, { crebos: options.crebos, level }));
  const werkprocessen = interleave(
    fits.map((f) => f.werkprocessen),
    werkprocesKey,
  ).slice(0, options.limit ?? DEFAULT_LIMIT);
  const kwalificaties = interleave(
    fits.map((f) => f.kwalificaties),
    (k: Kwalificatie) => k.crebo,
  ).slice(0, MAX_KWALIFICATIES);
  const nietGevonden = parts.flatMap((part, i) => {
    const fit = fits[i] as PartFit;
    return fit.werkprocessen.length === 0 && fit.kwalificaties.length === 0
      ? [{ onderwerp: part.onderwerp, dichtbij: fit.dichtbij }]
      : [];
  });
  return {
    werkprocessen,
    kwalificaties,
    zonderWerkprocessen: kwalificaties.filter((k) => !k.heeftWerkprocessen),
    nietGevonden,
    hogerNiveau: fits.reduce((sum, f) => sum + f.hogerNiveau, 0),
    // the first interest with an answer leads, as its suggestions come first in the lists
    beroepenEerst: fits.find((f) => f.kwalificaties.length > 0 || f.werkprocessen.length > 0)?.beroepenEerst ?? false,
  };
}
