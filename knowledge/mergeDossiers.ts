import type { Dossier, Kerntaak, Werkproces } from './model';

/**
 * Imported dossiers replace bundled ones for the same dossier (same dossier crebo, or the
 * same id when the bundled one has no crebo). The project's own uitleg and voorbeeldtaken
 * survive a re-import for every werkproces whose code and title did not change; a renamed or
 * renumbered werkproces has no explanation until someone writes one.
 */

function sameDossier(a: Dossier, b: Dossier): boolean {
  if (a.dossierCrebo && b.dossierCrebo) return a.dossierCrebo === b.dossierCrebo;
  return a.id === b.id;
}

const key = (titel: string) => titel.replace(/\s+/g, ' ').trim().toLowerCase();

function allKerntaken(d: Dossier): Kerntaak[] {
  return [...d.basisKerntaken, ...d.profielen.flatMap((p) => p.kerntaken)];
}

function ownTexts(d: Dossier): Map<string, Werkproces> {
  const texts = new Map<string, Werkproces>();
  for (const kt of allKerntaken(d)) {
    for (const wp of kt.werkprocessen) if (wp.uitleg !== null) texts.set(`${wp.code}|${key(wp.titel)}`, wp);
  }
  return texts;
}

function carryOver(wp: Werkproces, texts: Map<string, Werkproces>): Werkproces {
  const own = texts.get(`${wp.code}|${key(wp.titel)}`);
  if (wp.uitleg !== null || !own || own.uitleg === null) return wp;
  return {
    ...wp,
    uitleg: own.uitleg,
    voorbeeldtaken: own.voorbeeldtaken,
    trefwoorden: [...new Set([...wp.trefwoorden, ...own.trefwoorden])],
    bron: `${wp.bron}; uitleg en voorbeeldtaken: eigen tekst van het project`,
  };
}

function withOwnTexts(imported: Dossier, bundled: Dossier): Dossier {
  const texts = ownTexts(bundled);
  const kerntaak = (kt: Kerntaak): Kerntaak => ({
    ...kt,
    werkprocessen: kt.werkprocessen.map((wp) => carryOver(wp, texts)),
  });
  return {
    ...imported,
    cohort: imported.cohort ?? bundled.cohort,
    basisKerntaken: imported.basisKerntaken.map(kerntaak),
    profielen: imported.profielen.map((p) => ({ ...p, kerntaken: p.kerntaken.map(kerntaak) })),
  };
}

export function mergeDossiers(bundled: readonly Dossier[], imported: readonly Dossier[]): Dossier[] {
  const result = [...bundled];
  for (const dossier of imported) {
    const at = result.findIndex((d) => sameDossier(d, dossier));
    const previous = at >= 0 ? result[at] : undefined;
    if (previous) result[at] = withOwnTexts(dossier, previous);
    else result.push(dossier);
  }
  return result;
}
