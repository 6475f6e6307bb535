import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../knowledge/errors';
import { BUNDLED_KNOWLEDGE_DIR, loadCatalogue } from '../../knowledge/catalogue';
import { removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

/** The parts of the knowledge files the cases below break. */
interface Werkproces {
  code: string;
  voorbeeldtaken: string[];
  verified?: boolean;
}
interface Kerntaak {
  werkprocessen: Werkproces[];
}
interface KnowledgeJson {
  kwalificaties: { naam?: string; crebo: string; niveau: number; beschrijvng?: string; dossier?: string }[];
  basisKerntaken: Kerntaak[];
  profielen: { kerntaken: Kerntaak[] }[];
  onderwerpen: { bron?: string }[];
}

/** A copy of the bundled data where one file is changed by `edit`. */
function brokenCopy(relative: string, edit: (json: KnowledgeJson) => void): { dir: string; file: string } {
  const dir = tempDir();
  cpSync(BUNDLED_KNOWLEDGE_DIR, dir, { recursive: true });
  const file = join(dir, relative);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json));
  return { dir, file };
}

function loadError(load: () => unknown): KnowledgeError {
  try {
    load();
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected a KnowledgeError');
}

describe('loading broken knowledge fails with the file and the field', () => {
  it.each([
    [
      'a kwalificatie without name',
      'kwalificaties.json',
      (j: KnowledgeJson) => delete j.kwalificaties[3]!.naam,
      'kwalificaties[3].naam',
    ],
    [
      'a crebo that is no crebo',
      'kwalificaties.json',
      (j: KnowledgeJson) => (j.kwalificaties[0]!.crebo = '2525'),
      'kwalificaties[0].crebo',
    ],
    [
      'a niveau out of range',
      'kwalificaties.json',
      (j: KnowledgeJson) => (j.kwalificaties[1]!.niveau = 5),
      'kwalificaties[1].niveau',
    ],
    [
      'a duplicate crebo',
      'kwalificaties.json',
      (j: KnowledgeJson) => (j.kwalificaties[1]!.crebo = j.kwalificaties[0]!.crebo),
      'kwalificaties[1].crebo',
    ],
    [
      'a misspelt field',
      'kwalificaties.json',
      (j: KnowledgeJson) => (j.kwalificaties[2]!.beschrijvng = 'x'),
      'kwalificaties[2]',
    ],
    [
      'a dossier link without profile',
      'kwalificaties.json',
      (j: KnowledgeJson) => (j.kwalificaties.find((k) => k.crebo === '25254')!.dossier = 'dienstverlening'),
      'dossier',
    ],
    [
      'a werkproces code in the wrong form',
      'dossiers/dienstverlening.json',
      (j: KnowledgeJson) => (j.basisKerntaken[0]!.werkprocessen[1]!.code = 'B1K1W2'),
      'basisKerntaken[0].werkprocessen[1].code',
    ],
    [
      'a werkproces under the wrong kerntaak',
      'dossiers/dienstverlening.json',
      (j: KnowledgeJson) => (j.profielen[1]!.kerntaken[0]!.werkprocessen[0]!.code = 'P1-K1-W1'),
      'profielen[1].kerntaken[0].werkprocessen[0].code',
    ],
    [
      'too few example tasks',
      'dossiers/pedagogisch-werk.json',
      (j: KnowledgeJson) => (j.basisKerntaken[0]!.werkprocessen[2]!.voorbeeldtaken = ['één', 'twee']),
      'basisKerntaken[0].werkprocessen[2].voorbeeldtaken',
    ],
    [
      'a missing verified flag',
      'dossiers/bediening.json',
      (j: KnowledgeJson) => delete j.basisKerntaken[1]!.werkprocessen[0]!.verified,
      'basisKerntaken[1].werkprocessen[0].verified',
    ],
    [
      'a topic without source',
      'onderwerpen.json',
      (j: KnowledgeJson) => delete j.onderwerpen[4]!.bron,
      'onderwerpen[4].bron',
    ],
  ])('%s', (_name, relative, edit, path) => {
    const { dir, file } = brokenCopy(relative, edit);
    const err = loadError(() => loadCatalogue({ bundledDir: dir }));
    expect(err.code).toBe('KNOWLEDGE_INVALID');
    expect(err.message).toContain(file);
    expect(err.message).toContain(path);
  });

  it('a file that is not JSON', () => {
    const dir = tempDir();
    cpSync(BUNDLED_KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'onderwerpen.json'), '{ "onderwerpen": [ ');
    const err = loadError(() => loadCatalogue({ bundledDir: dir }));
    expect(err.code).toBe('KNOWLEDGE_INVALID');
    expect(err.message).toMatch(/onderwerpen\.json: not readable JSON/);
  });

  it('a broken imported dossier names the imported file', () => {
    const imported = tempDir();
    mkdirSync(imported, { recursive: true });
    const file = join(imported, 'dossier-23189.json');
    writeFileSync(file, JSON.stringify({ id: 'dienstverlening', naam: 'Dienstverlening' }));
    const err = loadError(() => loadCatalogue({ importedDir: imported }));
    expect(err.code).toBe('KNOWLEDGE_INVALID');
    expect(err.message).toContain(file);
    expect(err.details.join('\n')).toContain('profielen');
  });
});
