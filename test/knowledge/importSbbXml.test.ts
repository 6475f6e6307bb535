import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../knowledge/errors';
import { importSbbXmlFiles, parseSbbXml } from '../../knowledge/importSbbXml';
import { Dossier } from '../../knowledge/model';
import { removeTempDirs, snapshot, tempDir, XML } from './helpers';

afterAll(removeTempDirs);

const parseFile = (file: string) => parseSbbXml(readFileSync(file, 'utf8'), 'test.xml');

function codesAndTitles(d: Dossier): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const kt of [...d.basisKerntaken, ...d.profielen.flatMap((p) => p.kerntaken)]) {
    rows.push([kt.code, kt.titel]);
    for (const wp of kt.werkprocessen) rows.push([wp.code, wp.titel]);
  }
  return rows;
}

/** shared/data/kwalificaties/SOURCES.md, section 1: the codes and titles of Dienstverlening. */
const DIENSTVERLENING: Array<[string, string]> = [
  ['B1-K1', 'Voert dienstverlenende werkzaamheden uit'],
  ['B1-K1-W1', 'Bereidt werkzaamheden voor en stemt af'],
  ['B1-K1-W2', 'Maakt ruimtes gebruiksklaar'],
  ['B1-K1-W3', 'Treedt op als aanspreekpunt'],
  ['B1-K1-W4', 'Voert eenvoudige administratieve werkzaamheden uit'],
  ['B1-K1-W5', 'Assisteert bij voorraadbeheer'],
  ['B1-K1-W6', 'Draagt bij aan een veilige situatie'],
  ['B1-K1-W7', 'Voert eenvoudige onderhouds- en herstelwerkzaamheden uit'],
  ['B1-K1-W8', 'Voert werkzaamheden uit gericht op voeding'],
  ['B1-K1-W9', 'Evalueert de werkzaamheden'],
  ['P1-K1', 'Voert facilitaire werkzaamheden uit'],
  ['P1-K1-W1', 'Assisteert bij beheer van gebouwen'],
  ['P1-K1-W2', 'Voert logistieke werkzaamheden uit'],
  ['P1-K1-W3', 'Voert cateringwerkzaamheden uit'],
  ['P2-K1', 'Ondersteunt bij dagelijkse activiteiten in zorg en welzijn'],
  ['P2-K1-W1', 'Ondersteunt bij wonen en huishouden'],
  ['P2-K1-W2', 'Ondersteunt bij persoonlijke zorg en ADL'],
  ['P2-K1-W3', 'Assisteert bij de uitvoering van sociale en recreatieve activiteiten'],
  ['P3-K1', 'Assisteert bij activiteiten en evenementen'],
  ['P3-K1-W1', 'Assisteert bij de uitvoering van activiteiten'],
  ['P3-K1-W2', 'Begeleidt gasten/deelnemers'],
  ['P3-K1-W3', 'Houdt toezicht'],
];

describe('parseSbbXml on the official exports', () => {
  it('Dienstverlening gives exactly the codes and titles of SOURCES.md', () => {
    const [dossier, ...rest] = parseFile(XML.dienstverlening);
    expect(rest).toHaveLength(0);
    expect(dossier?.naam).toBe('Dienstverlening');
    expect(dossier?.dossierCrebo).toBe('23189');
    expect(dossier?.domein).toBe('Zorg en welzijn');
    expect(dossier?.geldigVanaf).toBe('01-08-2015');
    expect(dossier?.profielen.map((p) => [p.crebo, p.naam, p.niveau])).toEqual([
      ['25499', 'Medewerker facilitaire dienstverlening', 2],
      ['25498', 'Helpende Zorg en Welzijn', 2],
      ['25500', 'Medewerker sport en recreatie', 2],
    ]);
    expect(codesAndTitles(dossier as Dossier)).toEqual(DIENSTVERLENING);
  });

  it('keeps the official description with attribution to SBB and marks imports verified', () => {
    const [dossier] = parseFile(XML.dienstverlening);
    const wp = dossier?.profielen[1]?.kerntaken[0]?.werkprocessen[1];
    expect(wp?.code).toBe('P2-K1-W2');
    expect(wp?.verified).toBe(true);
    expect(wp?.uitleg).toBeNull();
    expect(wp?.officieleOmschrijving?.tekst).toMatch(/^De helpende zorg en welzijn ondersteunt de cliënt/);
    expect(wp?.officieleOmschrijving?.bron).toBe(
      'Bron: SBB kwalificatiedossier Dienstverlening (dossiercrebo 23189), geldig vanaf 01-08-2015',
    );
    expect(wp?.officieleOmschrijving?.tekst).not.toMatch(/\s{2,}|^\s|\s$/);
  });

  it.each([
    [
      'Pedagogisch Werk',
      XML.pedagogischWerk,
      '23183',
      ['25486', '25484', '25485'],
      34,
      ['B1-K2-W2', 'Werkt aan het bewaken en bevorderen van kwaliteitszorg'],
    ],
    ['Sociaal werk', XML.sociaalWerk, '23185', ['25489', '25488'], 16, ['P2-K1-W3', 'Voert coördinerende taken uit']],
    [
      'Maatschappelijke Zorg',
      XML.maatschappelijkeZorg,
      '23181',
      ['25475', '25476', '25477', '25474', '25479', '25478'],
      43,
      ['P2-K1-W2', 'Begeleidt specifieke doelgroepen en hun naastbetrokkenen bij (dagelijkse) activiteiten'],
    ],
  ] as const)(
    '%s: crebo, profielen, werkprocessen and normalised titles',
    (naam, file, crebo, profielen, count, [code, titel]) => {
      const [dossier] = parseFile(file);
      expect(dossier?.naam).toBe(naam);
      expect(dossier?.dossierCrebo).toBe(crebo);
      expect(dossier?.profielen.map((p) => p.crebo)).toEqual(profielen);
      const rows = codesAndTitles(dossier as Dossier).filter(([c]) => c.includes('-W'));
      expect(rows).toHaveLength(count);
      expect(rows).toContainEqual([code, titel]);
      expect(new Set(rows.map(([c]) => c)).size).toBe(count);
      for (const [, t] of rows) expect(t).not.toMatch(/\s{2,}|^\s|\s$/);
    },
  );

  it('reads the version of a changed dossier', () => {
    expect(parseFile(XML.maatschappelijkeZorg)[0]?.versie).toBe('Gewijzigd 2016');
  });
});

describe('importSbbXmlFiles', () => {
  it('writes validated JSON per dossier and replaces it on re-import', () => {
    const dir = join(tempDir(), 'knowledge');
    const first = importSbbXmlFiles([XML.dienstverlening, XML.sociaalWerk], dir);
    expect(first.map((r) => r.file)).toEqual([join(dir, 'dossier-23189.json'), join(dir, 'dossier-23185.json')]);
    const written = Dossier.parse(JSON.parse(readFileSync(join(dir, 'dossier-23189.json'), 'utf8')));
    expect(codesAndTitles(written)).toEqual(DIENSTVERLENING);

    writeFileSync(join(dir, 'dossier-23189.json'), '{"stale": true}');
    importSbbXmlFiles([XML.dienstverlening], dir);
    expect(readdirSync(dir).sort()).toEqual(['dossier-23185.json', 'dossier-23189.json']);
    expect(Dossier.parse(JSON.parse(readFileSync(join(dir, 'dossier-23189.json'), 'utf8'))).naam).toBe(
      'Dienstverlening',
    );
  });

  it('creates the knowledge directory when it does not exist yet', () => {
    const dir = join(tempDir(), 'data', 'knowledge');
    importSbbXmlFiles([XML.pedagogischWerk], dir);
    expect(existsSync(join(dir, 'dossier-23183.json'))).toBe(true);
  });
});

describe('files that are not an SBB export change nothing', () => {
  const dienstverlening = readFileSync(XML.dienstverlening, 'utf8');
  const withoutHoofdstuk = dienstverlening.replace(
    'titel="Treedt op als aanspreekpunt" hoofdstuk="3"',
    'titel="Treedt op als aanspreekpunt"',
  );

  it.each([
    ['not XML at all', 'Dit is een gewone tekst, geen XML.', /not an XML document/],
    ['broken XML', '<sbb><dossiers><dossier></sbb>', /not well-formed XML/],
    [
      'XML without <sbb>',
      '<?xml version="1.0"?><kwalificaties><dossier titel="x"/></kwalificaties>',
      /root element <sbb> missing/,
    ],
    ['<sbb> without dossiers', '<?xml version="1.0"?><sbb><domeinen/></sbb>', /sbb\.dossiers/],
    ['a werkproces without hoofdstuk', withoutHoofdstuk, /@hoofdstuk/],
  ])('%s', (_name, content, reason) => {
    const dir = tempDir();
    importSbbXmlFiles([XML.sociaalWerk], dir);
    const before = snapshot(dir);
    const bad = join(tempDir(), 'bad.xml');
    writeFileSync(bad, content);
    const attempt = () => importSbbXmlFiles([XML.dienstverlening, bad], dir);
    expect(attempt).toThrow(KnowledgeError);
    expect(attempt).toThrow(reason);
    try {
      attempt();
    } catch (err) {
      expect((err as KnowledgeError).code).toBe('IMPORT_INVALID');
      expect((err as KnowledgeError).message).toContain('bad.xml');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('a missing file is an import error too', () => {
    const dir = tempDir();
    expect(() => importSbbXmlFiles([join(dir, 'bestaat-niet.xml')], dir)).toThrow(/not readable/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
