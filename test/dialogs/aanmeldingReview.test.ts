import { describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg } from '../../dialogs/aanmelding/messages.nl';
import { screeningMessages } from '../../dialogs/screening/messages.nl';
import {
  AanmeldingDriver,
  factsOf,
  fillToReview,
  inputIds,
  inputsOf,
  isReview,
  lastCard,
  recordingSubmit,
  screeningOf,
  SELECTION,
  testDeps,
  textOf,
  textsOf,
  START,
} from './aanmeldingDriver';
import { isResult, isSummary } from './screeningDriver';

const CONSENT = { toestemming: 'true', toestemmingWijze: 'mondeling' };
const NO_CONSENT = { toestemming: 'false', toestemmingWijze: '' };

function newDriver(recorder = recordingSubmit()) {
  return new AanmeldingDriver(testDeps({ submit: recorder.submit }), {
    screening: screeningOf('v01'),
    selection: SELECTION,
  });
}

describe('aanmelding: without consent nothing is sent', () => {
  it('explains, refuses Versturen, keeps the concept, and sends it after a later "yes"', async () => {
    const recorder = recordingSubmit();
    const refusedDriver = newDriver(recorder);
    await refusedDriver.start();
    const review = await fillFromStart(refusedDriver, NO_CONSENT);
    expect(textOf(review)).toContain(msg.consent.refused);
    expect(textsOf(lastCard(review))).toContain(msg.review.noConsent);

    const refused = await refusedDriver.submit({ actie: 'versturen' });
    expect(textOf(refused)).toContain(msg.send.consentMissing);
    expect(isReview(lastCard(refused))).toBe(true);
    const typed = await refusedDriver.say('versturen');
    expect(textOf(typed)).toContain(msg.send.consentMissing);

    const kept = await refusedDriver.say('bewaren als concept');
    expect(textsOf(lastCard(kept))).toContain(msg.concept.saved);
    expect(refusedDriver.status).toBe('complete');
    const { draft, dossierId } = refusedDriver.outcome;
    expect(dossierId).toBeUndefined();
    expect(draft.toestemming).toEqual({ gegeven: false });
    expect(recorder.calls).toHaveLength(0);

    // Later: the root passes the concept back; nothing is asked again.
    const resumed = new AanmeldingDriver(testDeps({ submit: recorder.submit }), {
      draft,
      screening: screeningOf('v01'),
    });
    const back = await resumed.start();
    expect(textOf(back)).toContain(msg.flow.resumed);
    expect(isReview(lastCard(back))).toBe(true);
    expect(factsOf(lastCard(back)).join('\n')).toContain('Sam de Vries');

    const consentCard = lastCard(await resumed.say('wijzig toestemming'));
    expect(inputsOf(consentCard).find((e) => e.id === 'toestemming')?.value).toBe('false');
    await resumed.submit({ toestemming: 'true', toestemmingWijze: 'schriftelijk' });
    const sent = await resumed.submit({ actie: 'versturen' });
    expect(textsOf(lastCard(sent))[0]).toMatch(/^Je aanmelding is verstuurd\. Dossiernummer: PI-2026-/);
    expect(recorder.calls.at(-1)).toMatchObject({
      toestemming: { gegeven: true, wijze: 'schriftelijk', datum: '2026-03-02' },
    });
  });
});

async function fillFromStart(driver: AanmeldingDriver, consent: Record<string, string>) {
  await driver.submit({
    kandidaatNaam: 'Sam de Vries',
    kandidaatGeboortedatum: '1990-05-17',
    kandidaatWoonplaats: 'Voorbeeldstad',
    kandidaatTelefoon: '06-12345678',
    kandidaatEmail: '',
  });
  await driver.submit({ verwijzerOrganisatie: 'Gemeente Voorbeeldstad', verwijzerTelefoon: '010-1234567' });
  await driver.submit({ leerbedrijfNaam: 'Zorgcentrum De Linde', leerbedrijfPlaats: 'Voorbeeldstad' });
  await driver.submit(START);
  await driver.submit({ opmerkingen: '' });
  await driver.submit({ intakeTeam: 'team-west' });
  return driver.submit(consent);
}

describe('aanmelding: a failed send loses nothing', () => {
  it('says it did not work, keeps everything, and a retry sends the same dossier number once', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await fillToReview(driver, CONSENT);
    recorder.failNext();
    const failed = await driver.submit({ actie: 'versturen' });
    expect(textOf(failed)).toContain(msg.send.failed);
    expect(isReview(lastCard(failed))).toBe(true);
    expect(driver.status).toBe('waiting');
    expect(recorder.calls).toHaveLength(0);

    recorder.failNext();
    await driver.submit({ actie: 'versturen' });
    const sent = await driver.submit({ actie: 'versturen' });
    expect(recorder.calls).toHaveLength(1);
    const id = recorder.calls[0]!.id;
    expect(textsOf(lastCard(sent))[0]).toBe(msg.send.sent(id));
    expect(driver.outcome.dossierId).toBe(id);
  });

  it('keeps the pending dossier number with the concept, so a later send reuses it', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await fillToReview(driver, CONSENT);
    recorder.failNext();
    await driver.submit({ actie: 'versturen' });
    await driver.submit({ actie: 'concept' });
    const { draft, pendingDossierId } = driver.outcome;
    expect(pendingDossierId).toMatch(/^PI-2026-/);
    expect(draft.kandidaat?.naam).toBe('Sam de Vries');

    const later = new AanmeldingDriver(testDeps({ submit: recorder.submit }), { draft, pendingDossierId });
    await later.start();
    await later.say('versturen');
    expect(recorder.calls.map((d) => d.id)).toEqual([pendingDossierId]);
  });
});

describe('aanmelding: a double click on Versturen', () => {
  it('sends the same dossier number from the same saved state, so submitDossier can ignore the second', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await fillToReview(driver, CONSENT);
    const before = { ...driver.storage }; // the state both racing turns would read
    await driver.submit({ actie: 'versturen' });
    Object.assign(driver.storage, before);
    await driver.submit({ actie: 'versturen' });
    expect(recorder.calls).toHaveLength(2);
    expect(recorder.calls[1]!.id).toBe(recorder.calls[0]!.id);
  });
});

describe('aanmelding: changing a field from the review card', () => {
  it('asks only that field, pre-filled, then shows the review again', async () => {
    const driver = newDriver();
    await fillToReview(driver, CONSENT);
    const emailCard = lastCard(await driver.submit({ actie: 'wijzig', wijzig: 'kandidaatEmail' }));
    expect(inputsOf(emailCard)).toEqual([expect.objectContaining({ id: 'kandidaatEmail', value: 'sam@example.nl' })]);
    const review = lastCard(await driver.submit({ kandidaatEmail: 's.devries@example.nl' }));
    expect(factsOf(review).join('\n')).toContain('s.devries@example.nl');

    expect(inputIds(lastCard(await driver.say('wijzig woonplaats')))).toEqual(['kandidaatWoonplaats']);
    expect(factsOf(lastCard(await driver.say('Rotterdam'))).join('\n')).toContain('Woonplaats: Rotterdam');
    expect(inputIds(lastCard(await driver.say('wijzig 4')))).toEqual(['kandidaatTelefoon']); // number in the change list
    await driver.say('06-87654321');
    expect(inputIds(lastCard(await driver.say('2')))).toEqual(['kandidaatGeboortedatum']);
    await driver.say('17-05-1990');
    expect(textOf(await driver.say('wijzig 99'))).toBe(msg.review.whichField);

    const ambiguous = await driver.say('wijzig telefoon');
    expect(textOf(ambiguous)).toBe(msg.review.whichOf(['Telefoon cliënt', 'Jouw telefoonnummer']));
    expect(isReview(lastCard(ambiguous))).toBe(true);
    expect(inputIds(lastCard(await driver.submit({ actie: 'wijzig', wijzig: 'intakeTeam' })))).toEqual(['intakeTeam']);
    expect(factsOf(lastCard(await driver.submit({ intakeTeam: 'team-oost' }))).join('\n')).toContain('Intaketeam Oost');
  });

  it('runs the screening again from its summary when "screening" is changed', async () => {
    const driver = newDriver();
    await fillToReview(driver, CONSENT);
    const summary = lastCard(await driver.say('wijzig screening'));
    expect(isSummary(summary)).toBe(true);
    await driver.submit({ actie: 'wijzig', wijzig: 'leerbedrijf' });
    const after = await driver.submit({ leerbedrijf: 'geen' });
    expect(isSummary(lastCard(after))).toBe(true);
    const done = await driver.submit({ actie: 'bevestig' });
    expect(isResult(done.find((s) => s.card)!.card!)).toBe(true);
    const facts = factsOf(lastCard(done)).join('\n');
    expect(facts).toContain(`Leerbedrijf: ${msg.review.erkend.geen}`);
    expect(facts).not.toContain('Zorgcentrum De Linde'); // no leerbedrijf any more: its name is gone
    expect(facts).toContain(screeningMessages.result.advies.kansrijk);
  });
});

describe('aanmelding: the review names what was chosen', () => {
  it('shows the kwalificatie of a chosen werkproces by name, not only its crebo', async () => {
    const onlyWerkprocessen = { kwalificaties: [], werkprocessen: SELECTION.werkprocessen };
    const driver = new AanmeldingDriver(testDeps(), { screening: screeningOf('v01'), selection: onlyWerkprocessen });
    const review = await fillToReview(driver, CONSENT);
    expect(JSON.stringify(review)).toContain(SELECTION.werkprocessen[0]!.kwalificatie);
  });
});
