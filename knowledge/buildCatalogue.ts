import type { Catalogue, DossierRef, KerntaakInfo, Kwalificatie, WerkprocesInfo } from './catalogueTypes';
import type { Dossier, Kerntaak, KwalificatieInfo, Onderwerp, Profiel } from './model';

export interface CatalogueData {
  readonly kwalificaties: readonly KwalificatieInfo[];
  readonly dossiers: readonly Dossier[];
  readonly onderwerpen: readonly Onderwerp[];
}

interface Owner {
  readonly crebo: string;
  readonly naam: string;
  readonly niveau: number;
}

type ProfielIndex = ReadonlyMap<string, { readonly profiel: Profiel; readonly dossier: Dossier }>;

const byNiveauEnNaam = (a: Kwalificatie, b: Kwalificatie) =>
  a.niveau - b.niveau || a.naam.localeCompare(b.naam, 'nl') || a.crebo.localeCompare(b.crebo);

function refOf(d: Dossier): DossierRef {
  return {
    id: d.id,
    naam: d.naam,
    dossierCrebo: d.dossierCrebo,
    versie: d.versie,
    cohort: d.cohort,
    geldigVanaf: d.geldigVanaf,
  };
}

function kerntaakInfo(kt: Kerntaak, deel: 'basis' | 'profiel', owner: Owner, dossier: DossierRef): KerntaakInfo {
  const kerntaak = { code: kt.code, titel: kt.titel };
  const werkprocessen = kt.werkprocessen.map((wp) => ({
    ...wp,
    crebo: owner.crebo,
    kwalificatie: owner.naam,
    niveau: owner.niveau,
    deel,
    kerntaak,
    dossier,
  }));
  return { code: kt.code, titel: kt.titel, deel, werkprocessen };
}

/** The first dossier that holds a crebo as profiel wins. */
function indexProfielen(dossiers: readonly Dossier[]): ProfielIndex {
  const index = new Map<string, { profiel: Profiel; dossier: Dossier }>();
  for (const dossier of dossiers) {
    for (const profiel of dossier.profielen)
      if (!index.has(profiel.crebo)) index.set(profiel.crebo, { profiel, dossier });
  }
  return index;
}

/** Catalogue entry joined with its profiel; either may be missing (Entree, or a new import). */
function toKwalificatie(
  crebo: string,
  info: KwalificatieInfo | undefined,
  found: { profiel: Profiel; dossier: Dossier } | undefined,
): Kwalificatie {
  const { profiel, dossier } = found ?? {};
  return {
    crebo,
    naam: info?.naam ?? profiel?.naam ?? crebo,
    niveau: info?.niveau ?? profiel?.niveau ?? 1,
    domein: info?.domein ?? dossier?.domein ?? 'Overig',
    dossierId: dossier?.id ?? null,
    dossierNaam: dossier?.naam ?? info?.dossierNaam ?? null,
    dossierCrebo: dossier?.dossierCrebo ?? info?.dossierCrebo ?? null,
    beschrijving: info?.beschrijving ?? null,
    officieleTypering: profiel?.officieleTypering ?? null,
    trefwoorden: info?.trefwoorden ?? [],
    verified: info?.verified ?? true,
    bron: info?.bron ?? dossier?.bron.join('; ') ?? '',
    heeftWerkprocessen:
      profiel !== undefined && (profiel.kerntaken.length > 0 || (dossier?.basisKerntaken.length ?? 0) > 0),
  };
}

function buildKwalificaties(infos: readonly KwalificatieInfo[], profielen: ProfielIndex): Kwalificatie[] {
  const byCrebo = new Map(infos.map((k) => [k.crebo, k]));
  const crebos = new Set([...byCrebo.keys(), ...profielen.keys()]);
  return [...crebos]
    .map((crebo) => toKwalificatie(crebo, byCrebo.get(crebo), profielen.get(crebo)))
    .sort(byNiveauEnNaam);
}

/** Kerntaken per crebo: a profile gets its dossier's basisdeel plus its own; a dossier crebo only the basisdeel. */
function kerntakenLookup(data: CatalogueData, profielen: ProfielIndex, naamOf: (crebo: string) => string | undefined) {
  const dossierByCrebo = new Map(data.dossiers.flatMap((d) => (d.dossierCrebo ? [[d.dossierCrebo, d] as const] : [])));
  const cache = new Map<string, readonly KerntaakInfo[]>();
  function compute(crebo: string): KerntaakInfo[] {
    const found = profielen.get(crebo);
    if (found) {
      const owner = { crebo, naam: naamOf(crebo) ?? found.profiel.naam, niveau: found.profiel.niveau };
      const ref = refOf(found.dossier);
      return [
        ...found.dossier.basisKerntaken.map((kt) => kerntaakInfo(kt, 'basis', owner, ref)),
        ...found.profiel.kerntaken.map((kt) => kerntaakInfo(kt, 'profiel', owner, ref)),
      ];
    }
    const dossier = dossierByCrebo.get(crebo);
    if (!dossier) return [];
    const owner = { crebo, naam: dossier.naam, niveau: Math.min(...dossier.profielen.map((p) => p.niveau)) };
    return dossier.basisKerntaken.map((kt) => kerntaakInfo(kt, 'basis', owner, refOf(dossier)));
  }
  return (crebo: string): readonly KerntaakInfo[] => {
    const result = cache.get(crebo) ?? compute(crebo);
    cache.set(crebo, result);
    return result;
  };
}

/** Every werkproces once: the basisdeel under the dossier crebo (or its only profile), the rest under their profile. */
function everyWerkproces(
  dossiers: readonly Dossier[],
  werkprocessen: (crebo: string) => readonly WerkprocesInfo[],
): WerkprocesInfo[] {
  return dossiers.flatMap((d) => {
    const only = d.profielen.length === 1 ? d.profielen[0]?.crebo : undefined;
    const basisOwner = d.dossierCrebo ?? only;
    const basis = basisOwner ? werkprocessen(basisOwner).filter((wp) => wp.deel === 'basis') : [];
    return [...basis, ...d.profielen.flatMap((p) => werkprocessen(p.crebo).filter((wp) => wp.deel === 'profiel'))];
  });
}

/** Pure: joins parsed knowledge into the lookups the dialogs and the search use. */
export function createCatalogue(data: CatalogueData): Catalogue {
  const profielen = indexProfielen(data.dossiers);
  const kwalificaties = buildKwalificaties(data.kwalificaties, profielen);
  const kwalificatieMap = new Map(kwalificaties.map((k) => [k.crebo, k]));
  const kerntaken = kerntakenLookup(data, profielen, (crebo) => kwalificatieMap.get(crebo)?.naam);
  const werkprocessen = (crebo: string) => kerntaken(crebo).flatMap((kt) => kt.werkprocessen);
  const alle = everyWerkproces(data.dossiers, werkprocessen);
  const domeinen = [...new Set(kwalificaties.map((k) => k.domein))].sort((a, b) => a.localeCompare(b, 'nl'));
  const onderwerpen = new Map(data.onderwerpen.map((o) => [o.id, o]));
  return {
    kwalificaties: () => kwalificaties,
    kwalificatie: (crebo) => kwalificatieMap.get(crebo),
    domeinen: () => domeinen,
    kwalificatiesInDomein: (domein) => kwalificaties.filter((k) => k.domein === domein),
    hasWerkprocessen: (crebo) => werkprocessen(crebo).length > 0,
    kerntaken,
    werkprocessen,
    werkproces: (crebo, code) => werkprocessen(crebo).find((wp) => wp.code === code.toUpperCase()),
    alleWerkprocessen: () => alle,
    dossiers: () => data.dossiers,
    onderwerpen: () => data.onderwerpen,
    onderwerp: (id) => onderwerpen.get(id),
  };
}
