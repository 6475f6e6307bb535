import { describe, expect, it } from 'vitest';
import { dossierCard, type CodeNames } from '../../dialogs/intakeTeam/cards';
import { loadCatalogue } from '../../knowledge/catalogue';
import { sampleDossier } from '../intake-delivery/helpers';
import { AanmeldingDriver, fillToReview, recordingSubmit, screeningOf, testDeps } from './aanmeldingDriver';
import { lastCard, WerkprocessenDriver } from './werkprocessenDriver';

/**
 * A werkproces carries one crebo label on every card: the crebo of the kwalificatie it is chosen
 * under, which the verwijzer and the mbo know; a basisdeel werkproces reached under its dossier
 * names the kwalificatiedossier's number as such, never as "crebo".
 */
const catalogue = loadCatalogue();
const NAMES: CodeNames = {
  kwalificatie: (crebo) => catalogue.kwalificatie(crebo)?.naam,
  werkproces: (crebo, code) => catalogue.werkproces(crebo, code)?.titel,
  isDossier: (crebo) => catalogue.dossiers().some((d) => d.dossierCrebo === crebo),
};
const json = (card: unknown) => JSON.stringify(card);

describe('crebo labels agree on every card', () => {
  it('a basisdeel werkproces under its dossier: "kwalificatiedossier 23189" on the hit, its explanation and the selection', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    const hit = lastCard(await driver.say('ruimtes gebruiksklaar maken'));
    expect(json(hit)).toContain('Dienstverlening (kwalificatiedossier 23189)');
    const uitleg = lastCard(await driver.submit({ actie: 'werkproces', id: '23189:B1-K1-W2' }));
    expect(json(uitleg)).toContain('Dienstverlening (kwalificatiedossier 23189)');
    await driver.submit({ actie: 'kies', werkprocessen: '23189:B1-K1-W2' });
    const selectie = lastCard(await driver.submit({ actie: 'selectie' }));
    expect(json(selectie)).toContain(
      'B1-K1-W2 Maakt ruimtes gebruiksklaar (Dienstverlening, kwalificatiedossier 23189)',
    );
    for (const card of [hit, uitleg, selectie]) expect(json(card)).not.toContain('crebo 23189');
  });

  it('a werkproces under its kwalificatie: "crebo 25498" in the flow, on the review card and on the intake card', async () => {
    const driver = new WerkprocessenDriver();
    await driver.start();
    const uitleg = lastCard(await driver.submit({ actie: 'werkproces', id: '25498:P2-K1-W2' }));
    expect(json(uitleg)).toContain('Helpende Zorg en Welzijn (crebo 25498)');

    const wp = catalogue.werkproces('25498', 'P2-K1-W2')!;
    const selection = {
      kwalificaties: [],
      werkprocessen: [{ crebo: '25498', code: 'P2-K1-W2', titel: wp.titel, kwalificatie: wp.kwalificatie }],
    };
    const recorder = recordingSubmit();
    const aanmelding = new AanmeldingDriver(testDeps({ submit: recorder.submit }), {
      screening: screeningOf('v01'),
      selection,
    });
    const review = await fillToReview(aanmelding, { toestemming: 'true', toestemmingWijze: 'mondeling' });
    expect(json(review)).toContain(`${wp.titel} (P2-K1-W2, crebo 25498)`);
    expect(json(review)).toContain('Helpende Zorg en Welzijn (crebo 25498)');

    const dossier = sampleDossier({
      wensen: {
        ...sampleDossier().wensen,
        kwalificaties: ['25498'],
        werkprocessen: [{ crebo: '25498', code: 'P2-K1-W2' }],
      },
    });
    const team = dossierCard(dossier, 'Intaketeam West', NAMES);
    expect(json(team)).toContain(`${wp.titel} (P2-K1-W2, crebo 25498)`);
    expect(json(team)).toContain('Helpende Zorg en Welzijn (crebo 25498)');
  });

  it('on the intake card, a basisdeel werkproces sent before its kwalificatie was chosen names the kwalificatiedossier', () => {
    const dossier = sampleDossier({
      wensen: { ...sampleDossier().wensen, kwalificaties: [], werkprocessen: [{ crebo: '23189', code: 'B1-K1-W2' }] },
    });
    const team = json(dossierCard(dossier, 'Intaketeam West', NAMES));
    expect(team).toContain('Maakt ruimtes gebruiksklaar (B1-K1-W2, kwalificatiedossier 23189)');
    expect(team).not.toContain('crebo 23189');
  });
});
