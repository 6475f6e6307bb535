import { describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg, problemMessage } from '../../dialogs/aanmelding/messages.nl';
import { dossierCard } from '../../dialogs/intakeTeam/cards';
import { intakeTeamMessages } from '../../dialogs/intakeTeam/messages.nl';
import type { WerkprocesSelection } from '../../dialogs/flows';
import { PreIntakeDossier } from '../../intake/dossier/dossier';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import { sampleDossier } from '../intake-delivery/helpers';
import {
  AanmeldingDriver,
  factsOf,
  fillToReview,
  inputIds,
  isReview,
  KANDIDAAT,
  lastCard,
  LEERBEDRIJF,
  recordingSubmit,
  screeningOf,
  testDeps,
  textOf,
  textsOf,
  VERWIJZER,
  type Card,
} from './aanmeldingDriver';

const CONSENT = { toestemming: 'true', toestemmingWijze: 'mondeling' };

/** To the start card by card submits; the clock says 2 March 2026. */
async function toStart(driver: AanmeldingDriver, leerbedrijf: Record<string, string> = LEERBEDRIJF) {
  await driver.start();
  await driver.submit(KANDIDAAT);
  await driver.submit(VERWIJZER);
  return driver.submit(leerbedrijf);
}

async function reviewAfterStart(driver: AanmeldingDriver, start: string): Promise<Card> {
  await driver.say(start);
  await driver.submit({ opmerkingen: '' });
  await driver.submit({ intakeTeam: 'team-west' });
  return lastCard(await driver.submit(CONSENT));
}

describe('aanmelding: the gewenste start is asked', () => {
  it.each([
    ['1 februari 2027', '2027-02-01', '1 februari 2027'],
    ['15-04-2026', '2026-04-15', '15 april 2026'],
    ['1 mei', '2026-05-01', '1 mei 2026'],
    ['1 februari', '2027-02-01', '1 februari 2027'], // already past this year: the next one
    ['begin september', '2026-09-01', '1 september 2026'],
  ])('understands "%s" as %s', async (typed, iso, shown) => {
    const recorder = recordingSubmit();
    const driver = new AanmeldingDriver(testDeps({ submit: recorder.submit }), { screening: screeningOf('v01') });
    const startCard = lastCard(await toStart(driver));
    expect(inputIds(startCard)).toEqual(['gewensteStart']);
    const review = await reviewAfterStart(driver, typed);
    expect(factsOf(review)).toContain(`${msg.review.facts.startdatum}: ${shown}`);
    await driver.submit({ actie: 'versturen' });
    expect(recorder.calls[0]?.wensen.gewensteStartdatum).toBe(iso);
    expect(recorder.calls[0]?.wensen).not.toHaveProperty('startZoSnelMogelijk');
  });

  it('takes "zo snel mogelijk" and "weet ik nog niet"; refuses a date in the past', async () => {
    const recorder = recordingSubmit();
    const driver = new AanmeldingDriver(testDeps({ submit: recorder.submit }), { screening: screeningOf('v01') });
    await toStart(driver);
    const past = await driver.say('1 januari 2026');
    expect(textOf(past)).toBe(problemMessage('gewensteStart', 'INVALID_FORMAT'));
    expect(inputIds(lastCard(past))).toEqual(['gewensteStart']);
    const review = await reviewAfterStart(driver, 'zsm');
    expect(factsOf(review)).toContain(`${msg.review.facts.startdatum}: Zo snel mogelijk`);
    await driver.submit({ actie: 'versturen' });
    expect(recorder.calls[0]?.wensen).toMatchObject({ gewensteStartdatum: null, startZoSnelMogelijk: true });

    const other = new AanmeldingDriver(testDeps(), { screening: screeningOf('v01') });
    await toStart(other);
    expect(factsOf(await reviewAfterStart(other, 'weet ik nog niet'))).toContain(
      `${msg.review.facts.startdatum}: Nog niet bekend`,
    );
  });
});

describe("aanmelding: the praktijkopleider's contact", () => {
  it('is asked with the leerbedrijf, read from one line, shown on the review and sent', async () => {
    const recorder = recordingSubmit();
    const driver = new AanmeldingDriver(testDeps({ submit: recorder.submit }), { screening: screeningOf('v01') });
    await driver.start();
    await driver.submit(KANDIDAAT);
    const leerbedrijf = lastCard(await driver.submit(VERWIJZER));
    expect(inputIds(leerbedrijf)).toEqual(['leerbedrijfNaam', 'leerbedrijfPlaats', 'praktijkopleider']);
    const nameOnly = await driver.submit({ ...LEERBEDRIJF, praktijkopleider: 'Petra Jansen' });
    expect(textOf(nameOnly)).toBe(problemMessage('praktijkopleider', 'INVALID_FORMAT'));
    expect(inputIds(lastCard(nameOnly))).toEqual(['praktijkopleider']);
    const yearOnly = await driver.say('1995 petra@bedrijf.nl');
    expect(textOf(yearOnly)).toBe(problemMessage('praktijkopleider', 'INVALID_FORMAT'));
    await driver.say('Petra Jansen, e-mail petra@linde.nl');
    const review = await reviewAfterStart(driver, 'zo snel mogelijk');
    expect(factsOf(review)).toContain(`${msg.review.facts.praktijkopleider}: Petra Jansen, petra@linde.nl`);
    await driver.submit({ actie: 'versturen' });
    expect(recorder.calls[0]?.wensen.leerbedrijf.praktijkopleider).toEqual({
      naam: 'Petra Jansen',
      email: 'petra@linde.nl',
    });
  });

  it('"weet ik nog niet" (or leaving it empty) is fine: the review and the intake team see "nog niet bekend"', async () => {
    const recorder = recordingSubmit();
    const driver = new AanmeldingDriver(testDeps({ submit: recorder.submit }), { screening: screeningOf('v01') });
    await toStart(driver, { ...LEERBEDRIJF, praktijkopleider: '' });
    const review = await reviewAfterStart(driver, 'zo snel mogelijk');
    expect(factsOf(review)).toContain(`${msg.review.facts.praktijkopleider}: Nog niet bekend`);
    await driver.submit({ actie: 'versturen' });
    const dossier = recorder.calls[0]!;
    expect(dossier.wensen.leerbedrijf.praktijkopleider).toBeNull();
    const card = JSON.stringify(dossierCard(dossier, 'Intaketeam West'));
    expect(card).toContain(intakeTeamMessages.card.praktijkopleider);
    expect(card).toContain(intakeTeamMessages.card.nogNietBekend);
    expect(card).toContain(intakeTeamMessages.card.zoSnelMogelijk);
  });

  it('can be changed from the review card ("wijzig praktijkopleider")', async () => {
    const driver = new AanmeldingDriver(testDeps(), { screening: screeningOf('v01') });
    await fillToReview(driver, CONSENT);
    const card = lastCard(await driver.say('wijzig praktijkopleider'));
    expect(inputIds(card)).toEqual(['praktijkopleider']);
    expect(card.body.find((e) => e.id === 'praktijkopleider')?.value).toBe('Petra Jansen, 06-87654321');
    const review = lastCard(await driver.say('Karim El Amrani 010-7654321'));
    expect(factsOf(review)).toContain(`${msg.review.facts.praktijkopleider}: Karim El Amrani, 010-7654321`);
  });
});

describe('the intake team card and the webhook payload carry the new wishes', () => {
  it('shows the praktijkopleider and the start on the dossier card; older dossiers still parse', () => {
    const dossier = sampleDossier();
    const withWishes = {
      ...dossier,
      wensen: {
        ...dossier.wensen,
        gewensteStartdatum: '2027-02-01',
        leerbedrijf: {
          ...dossier.wensen.leerbedrijf,
          praktijkopleider: { naam: 'Petra Jansen', telefoon: '06-87654321' },
        },
      },
    };
    expect(PreIntakeDossier.safeParse(withWishes).success).toBe(true);
    expect(PreIntakeDossier.safeParse(dossier).success).toBe(true); // additive: absent is fine
    const card = JSON.stringify(dossierCard(PreIntakeDossier.parse(withWishes), 'Intaketeam West'));
    expect(card).toContain('Petra Jansen, 06-87654321');
    expect(card).toContain('1 februari 2027');
    const bad = { ...withWishes.wensen.leerbedrijf, praktijkopleider: { naam: 'Petra Jansen' } };
    expect(
      PreIntakeDossier.safeParse({ ...withWishes, wensen: { ...withWishes.wensen, leerbedrijf: bad } }).success,
    ).toBe(false); // a name alone is no contact
  });
});

describe('aanmelding: werkprocessen can be changed from the review card', () => {
  const catalogue = loadCatalogue();
  const werkprocessen = { catalogue, index: createSearchIndex(catalogue) };
  /** A werkproces the catalogue knows (the choice checks a selection against it). */
  const KNOWN: WerkprocesSelection = {
    kwalificaties: [],
    werkprocessen: [{ crebo: '25498', code: 'P2-K1-W2', titel: 'Werkproces', kwalificatie: 'Kwalificatie' }],
  };

  it('opens the werkprocessen choice and comes back to the review with every answer intact', async () => {
    const recorder = recordingSubmit();
    const deps = testDeps({ submit: recorder.submit, werkprocessen });
    const driver = new AanmeldingDriver(deps, { screening: screeningOf('v01'), selection: KNOWN });
    const review = await fillToReview(driver, CONSENT);
    const button = review.actions.find((a) => a.title === msg.review.werkprocessenButton);
    expect(button).toBeDefined();
    expect(review.actions.filter((a) => a.style === 'positive')).toHaveLength(1);

    const opened = await driver.submit(button!.data);
    expect(isReview(lastCard(opened))).toBe(false);
    await driver.submit({ actie: 'kies', werkprocessen: '25498:P2-K1-W1' });
    const back = await driver.submit({ actie: 'klaar', werkprocessen: '' });
    expect(textOf(back)).toContain(msg.flow.werkprocessenTaken);
    const again = lastCard(back);
    expect(isReview(again)).toBe(true);
    const facts = factsOf(again).join('\n');
    expect(facts).toContain('P2-K1-W1');
    expect(facts).toContain('P2-K1-W2'); // the earlier choice was extended, not lost
    expect(facts).toContain(KANDIDAAT.kandidaatNaam);
    expect(facts).toContain('Petra Jansen');

    await driver.submit({ actie: 'versturen' });
    expect(recorder.calls[0]?.wensen.werkprocessen).toContainEqual({ crebo: '25498', code: 'P2-K1-W1' });
    expect(recorder.calls[0]?.kandidaat.naam).toBe(KANDIDAAT.kandidaatNaam);
  });

  it('"wijzig werkprocessen" typed at the review does the same; stopping the choice keeps the old one', async () => {
    const driver = new AanmeldingDriver(testDeps({ werkprocessen }), {
      screening: screeningOf('v01'),
      selection: KNOWN,
    });
    await fillToReview(driver, CONSENT);
    const opened = await driver.say('wijzig werkprocessen');
    expect(isReview(lastCard(opened))).toBe(false);
    const back = await driver.say('klaar');
    expect(isReview(lastCard(back))).toBe(true);
    expect(factsOf(lastCard(back)).join('\n')).toContain('P2-K1-W2');
  });
});

describe('cards that read like a record', () => {
  const positives = (card: Card) => card.actions.filter((a) => a.style === 'positive').length;

  it('after Versturen the review card is updated in place to the answers, read-only, with the dossier number', async () => {
    const recorder = recordingSubmit();
    const driver = new AanmeldingDriver(testDeps({ submit: recorder.submit }), { screening: screeningOf('v01') });
    const review = await fillToReview(driver, CONSENT);
    expect(positives(review)).toBe(1);
    await driver.submit({ actie: 'versturen' });
    const record = driver.updates.at(-1)!;
    expect(textsOf(record)).toContain(msg.review.recordSent(recorder.calls[0]!.id));
    expect(factsOf(record)).toContain(`Naam: ${KANDIDAAT.kandidaatNaam}`);
    expect(record.actions).toEqual([]);
    expect(record.body.filter((e) => e.type.startsWith('Input.'))).toEqual([]);
  });

  it('keeping a concept or changing a part turns the review into a record too', async () => {
    const driver = new AanmeldingDriver(testDeps(), { screening: screeningOf('v01') });
    await fillToReview(driver, CONSENT);
    await driver.say('wijzig woonplaats');
    expect(textsOf(driver.updates.at(-1)!)).toContain(msg.review.recordChanging);
    await driver.say('Goirle');
    await driver.submit({ actie: 'concept' });
    const record = driver.updates.at(-1)!;
    expect(textsOf(record)).toContain(msg.review.recordConcept);
    expect(factsOf(record)).toContain('Woonplaats: Goirle');
  });

  it('every card of a whole aanmelding has at most one primary action', async () => {
    const driver = new AanmeldingDriver(testDeps(), { screening: screeningOf('v01') });
    await driver.start();
    const seen: Card[] = [];
    for (const value of [KANDIDAAT, VERWIJZER, LEERBEDRIJF, { gewensteStart: 'zsm' }, { opmerkingen: '' }]) {
      seen.push(...(await driver.submit(value)).flatMap((s) => (s.card ? [s.card] : [])));
    }
    seen.push(...(await driver.submit({ intakeTeam: 'team-west' })).flatMap((s) => (s.card ? [s.card] : [])));
    seen.push(...(await driver.submit(CONSENT)).flatMap((s) => (s.card ? [s.card] : [])));
    seen.push(...(await driver.submit({ actie: 'versturen' })).flatMap((s) => (s.card ? [s.card] : [])));
    expect(seen.length).toBeGreaterThan(6);
    for (const card of [...seen, ...driver.updates]) expect(positives(card)).toBeLessThanOrEqual(1);
  });
});
