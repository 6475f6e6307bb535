import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KnowledgeError } from './errors';
import { formatZodPath } from './loadKnowledgeFile';
import { Dossier, type Kerntaak, type Profiel, type Werkproces } from './model';
import {
  normalizeWhitespace,
  readSbbXml,
  textOf,
  type RawDossier,
  type RawKerntaak,
  type RawSbb,
  type RawWerkproces,
} from './sbbXml';

/**
 * SBB kwalificatiedossier XML export → normalised Dossier JSON in the knowledge directory.
 * Codes follow the dossier model: basisdeel `B1-Kn-Wm`, profiel `Pp-Kn-Wm`, where p, n and m
 * are the `hoofdstuk` numbers of the profiel, kerntaak and werkproces.
 */

export interface ImportedDossier {
  readonly dossier: Dossier;
  readonly file: string;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function geldigVanafOf(raw: RawDossier): string | null {
  const first = raw.dossiercrebos.dossiercrebo[0];
  const value = typeof first === 'object' ? first['@Geldig_vanaf'] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function attribution(raw: RawDossier, naam: string, dossierCrebo: string): string {
  const versie = raw['@versie'] ? `, versie ${normalizeWhitespace(raw['@versie'])}` : '';
  const geldig = geldigVanafOf(raw);
  return (
    `Bron: SBB kwalificatiedossier ${naam} (dossiercrebo ${dossierCrebo})${versie}` +
    `${geldig ? `, geldig vanaf ${geldig}` : ''}`
  );
}

function toWerkproces(raw: RawWerkproces, prefix: string, bron: string): Werkproces {
  const omschrijving = textOf(raw.werkprocesomschrijving);
  return {
    code: `${prefix}-W${raw['@hoofdstuk']}`,
    titel: normalizeWhitespace(raw['@titel']),
    uitleg: null,
    voorbeeldtaken: [],
    trefwoorden: [],
    verified: true,
    bron,
    officieleOmschrijving: omschrijving ? { tekst: omschrijving, bron } : null,
  };
}

function toKerntaak(raw: RawKerntaak, deel: string, bron: string): Kerntaak {
  const code = `${deel}-K${raw['@hoofdstuk']}`;
  const werkprocessen = (raw.basiswerkprocessen ?? raw.profielwerkprocessen)?.werkproces ?? [];
  return {
    code,
    titel: normalizeWhitespace(raw['@titel']),
    werkprocessen: werkprocessen.map((wp) => toWerkproces(wp, code, bron)),
  };
}

function domainTitle(sbb: RawSbb, nr: string | undefined): string | null {
  const titel = sbb.domeinen?.domein.find((d) => d['@nr'] === nr)?.['@titel'];
  if (!titel || /^niet toebedeeld/i.test(titel)) return null;
  return normalizeWhitespace(titel);
}

function toDossier(sbb: RawSbb, raw: RawDossier, source: string): unknown {
  const naam = normalizeWhitespace(raw['@titel']);
  const dossierCrebo = textOf(raw.dossiercrebos.dossiercrebo[0]);
  const bron = attribution(raw, naam, dossierCrebo);
  const profielen: Profiel[] = raw.profielen.profiel.map((p) => {
    const typering = textOf(p.omschrijving?.typeringvanhetberoep);
    return {
      crebo: textOf(p.creboinformatie.crebo[0]),
      naam: normalizeWhitespace(p['@titel']),
      niveau: Number(p['@niveau']),
      kerntaken: p.profielkerntaken.kerntaak.map((kt) => toKerntaak(kt, `P${p['@hoofdstuk']}`, bron)),
      officieleTypering: typering ? { tekst: typering, bron } : null,
    };
  });
  return {
    id: slugify(naam),
    naam,
    dossierCrebo,
    versie: raw['@versie'] ? normalizeWhitespace(raw['@versie']) : null,
    cohort: null,
    geldigVanaf: geldigVanafOf(raw),
    domein: domainTitle(sbb, raw['@referentiedomein']),
    bron: [`${bron}; geïmporteerd uit ${source}`],
    basisKerntaken: raw.basis.basistaken.basiskerntaken.kerntaak.map((kt) => toKerntaak(kt, 'B1', bron)),
    profielen,
  };
}

/** Pure: the text of one export → its dossiers, validated against the knowledge model. */
export function parseSbbXml(xml: string, source: string): Dossier[] {
  const sbb = readSbbXml(xml, source);
  return sbb.dossiers.dossier.map((raw) => {
    const parsed = Dossier.safeParse(toDossier(sbb, raw, source));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new KnowledgeError(
        'IMPORT_INVALID',
        `${source}: dossier '${raw['@titel']}': ` +
          (issue ? `${formatZodPath(issue.path)}: ${issue.message}` : 'invalid'),
      );
    }
    return parsed.data;
  });
}

export function dossierFileName(dossier: Dossier): string {
  return `dossier-${dossier.dossierCrebo ?? dossier.id}.json`;
}

/** Temp file + rename: readers never see half a file, a failed write leaves the old one. */
function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temp, content, 'utf8');
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * Reads every file first and writes only when all of them are valid exports, so one bad
 * file changes nothing. Re-importing a dossier replaces its earlier import.
 */
export function importSbbXmlFiles(files: readonly string[], knowledgeDir: string): ImportedDossier[] {
  const parsed = files.flatMap((file) => {
    let xml: string;
    try {
      xml = readFileSync(file, 'utf8');
    } catch (err) {
      throw new KnowledgeError(
        'IMPORT_INVALID',
        `${file}: not readable (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    return parseSbbXml(xml, basename(file));
  });
  mkdirSync(knowledgeDir, { recursive: true });
  return parsed.map((dossier) => {
    const file = join(knowledgeDir, dossierFileName(dossier));
    writeAtomically(file, `${JSON.stringify(dossier, null, 2)}\n`);
    return { dossier, file };
  });
}
