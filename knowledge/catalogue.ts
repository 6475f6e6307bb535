import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeError } from './errors';
import { createCatalogue } from './buildCatalogue';
import type { Catalogue } from './catalogueTypes';
import { loadKnowledgeFile } from './loadKnowledgeFile';
import { mergeDossiers } from './mergeDossiers';
import { Dossier, KwalificatiesFile, OnderwerpenFile } from './model';

export type { Catalogue, DossierRef, KerntaakInfo, Kwalificatie, WerkprocesInfo } from './catalogueTypes';
export { createCatalogue, type CatalogueData } from './buildCatalogue';

/** The project's own knowledge files, shipped with the code. */
export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL('./data/', import.meta.url));

export interface LoadCatalogueOptions {
  /** Where `npm run import-dossier` writes; a missing directory means "nothing imported". */
  readonly importedDir?: string;
  /** Only for tests: a different set of bundled files. */
  readonly bundledDir?: string;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Bundled dossiers must point at existing profiles, or the catalogue lies about what it holds. */
function checkDossierLinks(file: string, kwalificaties: KwalificatiesFile, dossiers: readonly Dossier[]): void {
  kwalificaties.kwalificaties.forEach((k, i) => {
    if (k.dossier === null) return;
    const dossier = dossiers.find((d) => d.id === k.dossier);
    if (!dossier?.profielen.some((p) => p.crebo === k.crebo)) {
      throw new KnowledgeError(
        'KNOWLEDGE_INVALID',
        `${file}: kwalificaties[${i}].dossier: no bundled dossier '${k.dossier}' with profiel ${k.crebo}`,
      );
    }
  });
}

/**
 * Loads and validates the bundled knowledge and every imported dossier; imported dossiers
 * replace bundled ones for the same dossier. A broken file throws KNOWLEDGE_INVALID naming
 * the file and the field.
 */
export function loadCatalogue(options: LoadCatalogueOptions = {}): Catalogue {
  const bundledDir = options.bundledDir ?? BUNDLED_KNOWLEDGE_DIR;
  const kwalificatiesFile = join(bundledDir, 'kwalificaties.json');
  const kwalificaties = loadKnowledgeFile(kwalificatiesFile, KwalificatiesFile);
  const onderwerpen = loadKnowledgeFile(join(bundledDir, 'onderwerpen.json'), OnderwerpenFile);
  const bundled = jsonFiles(join(bundledDir, 'dossiers')).map((file) => loadKnowledgeFile(file, Dossier));
  checkDossierLinks(kwalificatiesFile, kwalificaties, bundled);
  const importedDir = options.importedDir;
  const imported =
    importedDir && existsSync(importedDir)
      ? jsonFiles(importedDir).map((file) => loadKnowledgeFile(file, Dossier))
      : [];
  return createCatalogue({
    kwalificaties: kwalificaties.kwalificaties,
    dossiers: mergeDossiers(bundled, imported),
    onderwerpen: onderwerpen.onderwerpen,
  });
}
