import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../knowledge/catalogue';
import { importSbbXmlFiles } from '../../knowledge/importSbbXml';
import { removeTempDirs, tempDir, XML } from './helpers';

afterAll(removeTempDirs);

const catalogue = loadCatalogue();

/** Seed report, bijlage Overzicht B 2: every kwalificatie of the pilots' praktijkverklaringen. */
const PILOT_KWALIFICATIES = {
  1: ['25250', '25251', '25252', '25253', '25254', '25255', '25256', '25257', '25258', '25259', '25260', '25261'],
  2: [
    '25016',
    '25018',
    '25022',
    '25024',
    '25034',
    '25128',
    '25150',
    '25159',
    '25160',
    '25161',
    '25162',
    '25167',
    '25168',
    '25178',
    '25180',
    '25231',
    '25290',
    '25291',
    '25293',
    '25335',
    '25337',
    '25342',
    '25371',
    '25431',
    '25452',
    '25498',
    '25499',
    '25591',
    '25621',
  ],
  3: ['25017', '25163', '25191', '25209', '25476', '25491', '25605'],
  4: ['25487'],
} as const;

describe('the bundled catalogue', () => {
  it.each(Object.entries(PILOT_KWALIFICATIES))(
    'holds every niveau %s kwalificatie of the pilots with domain and own description',
    (niveau, crebos) => {
      for (const crebo of crebos) {
        const k = catalogue.kwalificatie(crebo);
        expect(k, crebo).toBeDefined();
        expect(k?.niveau).toBe(Number(niveau));
        expect(catalogue.domeinen()).toContain(k?.domein);
        expect(k?.beschrijving?.length, crebo).toBeGreaterThan(40);
      }
    },
  );

  it('names Entree kwalificaties but never invents their werkprocessen', () => {
    const assistentLogistiek = catalogue.kwalificatie('25254');
    expect(assistentLogistiek).toMatchObject({
      naam: 'Assistent logistiek',
      dossierNaam: 'Entree',
      domein: 'Transport, scheepvaart en logistiek',
      heeftWerkprocessen: false,
    });
    for (const crebo of PILOT_KWALIFICATIES[1]) {
      expect(catalogue.hasWerkprocessen(crebo)).toBe(false);
      expect(catalogue.werkprocessen(crebo)).toEqual([]);
    }
  });

  it('records the Entree dossiers: 23110 Entree and 23192 Entree (groen) with 25258-25261', () => {
    for (const crebo of ['25250', '25254', '25257'])
      expect(catalogue.kwalificatie(crebo)).toMatchObject({ dossierNaam: 'Entree', dossierCrebo: '23110' });
    for (const crebo of ['25258', '25259', '25260', '25261']) {
      expect(catalogue.kwalificatie(crebo)).toMatchObject({
        niveau: 1,
        dossierNaam: 'Entree (groen)',
        dossierCrebo: '23192',
      });
    }
    expect(catalogue.kwalificatie('25259')).toMatchObject({ naam: 'Assistent logistiek (groen)', verified: true });
    expect(catalogue.kwalificatie('25261')?.verified).toBe(false); // not in the report
  });

  it('marks the four "Basismedewerker mode" crebos unverified: the appendix cuts their names short', () => {
    for (const crebo of ['25159', '25160', '25161', '25162'])
      expect(catalogue.kwalificatie(crebo)?.verified).toBe(false);
  });

  it('lists domains and the kwalificaties per domain', () => {
    expect(catalogue.domeinen()).toContain('Zorg en welzijn');
    const zorg = catalogue.kwalificatiesInDomein('Zorg en welzijn').map((k) => k.crebo);
    expect(zorg).toEqual(expect.arrayContaining(['25251', '25498', '25499', '25476', '25486']));
    expect(zorg).not.toContain('25254');
  });

  it('gives a profile its dossier basisdeel plus its own kerntaken', () => {
    expect(catalogue.kerntaken('25498').map((kt) => [kt.code, kt.deel])).toEqual([
      ['B1-K1', 'basis'],
      ['P2-K1', 'profiel'],
    ]);
    const codes = catalogue.werkprocessen('25498').map((wp) => wp.code);
    expect(codes).toEqual([
      'B1-K1-W1',
      'B1-K1-W2',
      'B1-K1-W3',
      'B1-K1-W4',
      'B1-K1-W5',
      'B1-K1-W6',
      'B1-K1-W7',
      'B1-K1-W8',
      'B1-K1-W9',
      'P2-K1-W1',
      'P2-K1-W2',
      'P2-K1-W3',
    ]);
    expect(catalogue.werkproces('25498', 'B1-K1-W8')).toMatchObject({
      crebo: '25498',
      kwalificatie: 'Helpende Zorg en Welzijn',
      deel: 'basis',
      dossier: { naam: 'Dienstverlening', dossierCrebo: '23189' },
    });
    expect(catalogue.werkproces('25499', 'P2-K1-W1')).toBeUndefined();
  });

  it('looks up a basisdeel werkproces under the dossier crebo as well', () => {
    expect(catalogue.hasWerkprocessen('23189')).toBe(true);
    expect(catalogue.werkproces('23189', 'b1-k1-w2')).toMatchObject({
      crebo: '23189',
      kwalificatie: 'Dienstverlening',
      titel: 'Maakt ruimtes gebruiksklaar',
    });
  });

  it('explains every bundled werkproces in own words with 3-5 example tasks and a source', () => {
    const all = catalogue.alleWerkprocessen();
    expect(all).toHaveLength(124);
    for (const wp of all) {
      expect(wp.uitleg, wp.code).toMatch(/^[A-Z].+\.$/);
      expect(wp.voorbeeldtaken.length).toBeGreaterThanOrEqual(3);
      expect(wp.voorbeeldtaken.length).toBeLessThanOrEqual(5);
      expect(wp.bron).toMatch(/eigen tekst/);
    }
  });

  it('keeps Bediening unverified and the XML-derived dossiers verified', () => {
    expect(catalogue.werkprocessen('25168').every((wp) => !wp.verified)).toBe(true);
    expect(catalogue.werkprocessen('25476').every((wp) => wp.verified)).toBe(true);
    expect(catalogue.werkproces('25168', 'B1-K1-W10')?.titel).toBe('Werkt met de kassa');
  });

  it('has procedure topics that each cite a section of the seed report', () => {
    const ids = catalogue.onderwerpen().map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'wat-is-praktijkleren',
        'voor-wie',
        'derde-leerweg',
        'inclusieve-adviesfunctie',
        'erkend-leerbedrijf',
        'praktijkopleider-en-jobcoach',
        'inkomen',
        'duur',
        'werkprocessen-combineren',
        'stapelen',
        'wat-daarna',
        'waarom-de-moeite-waard',
        'verhalen-deelnemers',
      ]),
    );
    for (const o of catalogue.onderwerpen())
      expect(o.bron).toMatch(/^Evaluatierapport pilots praktijkleren.*(§|hoofdstuk|samenvatting|kader)/);
    const waarom = catalogue.onderwerp('waarom-de-moeite-waard')?.tekst.join(' ') ?? '';
    expect(waarom).toContain('26 pilots');
    expect(waarom).toContain('784');
    expect(waarom).toMatch(/233 van de 405.*DJI/); // the results in their context
    expect(waarom).toMatch(/8,2/);
    expect(waarom).toMatch(/twintig geïnterviewde deelnemers hadden allemaal een praktijkverklaring/);
    expect(waarom).toMatch(/Geen van de gesproken bedrijven had iemand aangenomen vanwege een praktijkverklaring/);
    expect(waarom).toMatch(/te weinig afgeronde trajecten/);
    expect(catalogue.onderwerp('duur')?.tekst.join(' ')).toMatch(/drie maanden tot een jaar/);
  });

  it('tells the story of the participant in the Entree-opleiding as the exception it was', () => {
    const verhalen = catalogue.onderwerp('verhalen-deelnemers')?.tekst ?? [];
    const sander = verhalen.find((alinea) => alinea.includes('Procesoperator A')) ?? '';
    // Enrolled in an mbo-opleiding: the screening says INGESCHREVEN_MBO, so the story must say so.
    expect(sander).toMatch(/Entree-opleiding/);
    expect(sander).toMatch(/uitzondering/);
  });

  it('keeps one definition of leerbaarheid: the one the screening asks', () => {
    const advies = catalogue.onderwerp('inclusieve-adviesfunctie')?.tekst.join(' ') ?? '';
    expect(advies).toMatch(
      /Leerbaarheid is de vraag of iemand de stof van een mbo-opleiding aankan en die kan afronden/,
    );
    expect(advies).not.toMatch(/kan iemand leren\)/);
  });

  it('says who issues the praktijkverklaring: the mbo-instelling', () => {
    expect(catalogue.onderwerp('praktijkverklaring')?.tekst.join(' ')).toMatch(
      /mbo-instelling .*geeft de verklaring af/,
    );
  });
});

describe('imported dossiers', () => {
  it('replace the bundled dossier and keep the own explanation where code and title did not change', () => {
    const dir = tempDir();
    importSbbXmlFiles([XML.dienstverlening], dir);
    const file = join(dir, 'dossier-23189.json');
    const changed = readFileSync(file, 'utf8').replace(
      '"titel": "Houdt toezicht"',
      '"titel": "Houdt toezicht op gasten"',
    );
    writeFileSync(file, changed);

    const merged = loadCatalogue({ importedDir: dir });
    expect(merged.dossiers().filter((d) => d.dossierCrebo === '23189')).toHaveLength(1);
    const adl = merged.werkproces('25498', 'P2-K1-W2');
    expect(adl?.officieleOmschrijving?.bron).toMatch(/^Bron: SBB kwalificatiedossier Dienstverlening/);
    expect(adl?.uitleg).toBe(catalogue.werkproces('25498', 'P2-K1-W2')?.uitleg);
    expect(adl?.voorbeeldtaken.length).toBeGreaterThanOrEqual(3);
    const renamed = merged.werkproces('25500', 'P3-K1-W3');
    expect(renamed?.titel).toBe('Houdt toezicht op gasten');
    expect(renamed?.uitleg).toBeNull();
    expect(renamed?.officieleOmschrijving).not.toBeNull();
  });

  it('add kwalificaties that the bundled catalogue does not know, with the official typering', () => {
    const dir = tempDir();
    const [imported] = importSbbXmlFiles([XML.sociaalWerk], dir);
    const raw = JSON.parse(readFileSync(imported?.file as string, 'utf8'));
    raw.dossierCrebo = '99999';
    raw.id = 'proefdossier';
    raw.profielen[0].crebo = '99998';
    writeFileSync(join(dir, 'dossier-99999.json'), JSON.stringify(raw));
    const merged = loadCatalogue({ importedDir: dir });
    expect(merged.kwalificatie('99998')).toMatchObject({
      naam: 'Sociaal-maatschappelijk dienstverlener',
      beschrijving: null,
      heeftWerkprocessen: true,
    });
    expect(merged.kwalificatie('99998')?.officieleTypering?.bron).toMatch(/SBB kwalificatiedossier Sociaal werk/);
  });

  it('a missing import directory means nothing imported', () => {
    expect(loadCatalogue({ importedDir: join(tempDir(), 'bestaat-niet') }).dossiers()).toHaveLength(
      catalogue.dossiers().length,
    );
  });
});
