import { describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg, problemMessage } from '../../dialogs/aanmelding/messages.nl';
import { containsBsn } from '../../privacy/bsn';
import {
  AanmeldingDriver,
  inputIds,
  isReview,
  KANDIDAAT,
  lastCard,
  LEERBEDRIJF,
  recordingSubmit,
  screeningOf,
  testDeps,
  textOf,
  VERWIJZER,
  START,
} from './aanmeldingDriver';

const BSN = '111222333'; // passes the elfproef; not a real person's number
const CONSENT = { toestemming: 'true', toestemmingWijze: 'mondeling' };

function newDriver(recorder = recordingSubmit()) {
  return new AanmeldingDriver(testDeps({ submit: recorder.submit }), { screening: screeningOf('v01') });
}

describe('aanmelding: a BSN is refused and never kept', () => {
  it('refuses a BSN in any free-text field, explains why, and keeps the other answers', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await driver.start();
    const refused = await driver.submit({ ...KANDIDAAT, kandidaatNaam: `Sam de Vries ${BSN}` });
    expect(textOf(refused)).toBe(problemMessage('kandidaatNaam', 'CONTAINS_BSN'));
    expect(textOf(refused)).toContain('BSN');
    expect(textOf(refused)).not.toContain(BSN);
    expect(inputIds(lastCard(refused))).toEqual(['kandidaatNaam']); // the rest was kept

    await driver.submit({ kandidaatNaam: 'Sam de Vries' });
    await driver.submit({
      ...VERWIJZER,
      verwijzerOrganisatie: `Gemeente ${BSN.slice(0, 3)} ${BSN.slice(3, 6)} ${BSN.slice(6)}`,
    });
    await driver.submit(VERWIJZER);
    await driver.submit({ ...LEERBEDRIJF, leerbedrijfPlaats: `Plaats ${BSN}`, praktijkopleider: `Jan ${BSN}` });
    await driver.submit({ leerbedrijfPlaats: 'Voorbeeldstad', praktijkopleider: 'Jan de Boer, 06-87654321' });
    const start = await driver.say(`start ${BSN}`);
    expect(textOf(start)).toBe(problemMessage('gewensteStart', 'CONTAINS_BSN'));
    await driver.say('zo snel mogelijk');
    expect(JSON.stringify(driver.storage)).toContain('Sam de Vries'); // the state is where a leak would show
    const typed = await driver.say(`Het BSN is ${BSN}`);
    expect(textOf(typed)).toBe(problemMessage('opmerkingen', 'CONTAINS_BSN'));
    await driver.say('geen');
    await driver.submit({ intakeTeam: 'team-west' });
    await driver.submit(CONSENT);
    await driver.submit({ actie: 'versturen' });

    expect(recorder.calls).toHaveLength(1);
    expect(containsBsn(JSON.stringify(recorder.calls[0]))).toBe(false);
    expect(containsBsn(JSON.stringify(driver.storage))).toBe(false); // not in the conversation state either
  });
});

describe('aanmelding: health details in the opmerkingen are refused and never kept', () => {
  it('explains why, suggests what to write instead, and takes the rewritten remark', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await driver.start();
    await driver.submit(KANDIDAAT);
    await driver.submit(VERWIJZER);
    await driver.submit(LEERBEDRIJF);
    await driver.say('zo snel mogelijk');
    const refused = await driver.say('ze heeft epilepsie en gebruikt medicatie, bereikbaar na 10 uur');
    expect(textOf(refused)).toBe(problemMessage('opmerkingen', 'HEALTH_DETAIL'));
    expect(textOf(refused)).toContain('vaste structuur');
    expect(JSON.stringify(driver.storage)).not.toContain('epilepsie');
    await driver.say('bereikbaar na 10 uur, heeft baat bij vaste structuur');
    await driver.submit({ intakeTeam: 'team-west' });
    await driver.submit(CONSENT);
    await driver.submit({ actie: 'versturen' });
    expect(recorder.calls).toHaveLength(1);
    expect(JSON.stringify(recorder.calls[0])).toContain('heeft baat bij vaste structuur');
    expect(JSON.stringify(recorder.calls[0])).not.toMatch(/epilepsie|medicatie/);
  });
});

describe('aanmelding: invalid answers are asked again, naming the field', () => {
  it('re-asks a bad date, phone number and e-mail address, keeping what was valid', async () => {
    const driver = newDriver();
    await driver.start();
    const seen = await driver.submit({
      ...KANDIDAAT,
      kandidaatGeboortedatum: '1990-02-30',
      kandidaatTelefoon: '12345',
      kandidaatEmail: 'sam@',
    });
    const text = textOf(seen);
    expect(text).toContain(problemMessage('kandidaatGeboortedatum', 'INVALID_DATE'));
    expect(text).toContain('"Telefoon cliënt" is geen geldig telefoonnummer');
    expect(text).toContain('Het e-mailadres van de cliënt klopt niet');
    expect(inputIds(lastCard(seen))).toEqual(['kandidaatGeboortedatum', 'kandidaatTelefoon', 'kandidaatEmail']);

    const future = await driver.submit({
      kandidaatGeboortedatum: '2030-01-01',
      kandidaatTelefoon: '+31 6 12345678',
      kandidaatEmail: '',
    });
    expect(textOf(future)).toBe(problemMessage('kandidaatGeboortedatum', 'DATE_IN_FUTURE'));
    const young = await driver.say('01-01-2020');
    expect(textOf(young)).toBe(problemMessage('kandidaatGeboortedatum', 'AGE_OUT_OF_RANGE'));
    const verwijzer = await driver.say('17-05-1990');
    expect(inputIds(lastCard(verwijzer))).toEqual(['verwijzerOrganisatie', 'verwijzerTelefoon']);

    const badPhone = await driver.submit({ ...VERWIJZER, verwijzerTelefoon: 'bel me maar' });
    expect(textOf(badPhone)).toContain('"Jouw telefoonnummer" is geen geldig telefoonnummer');
    expect(inputIds(lastCard(await driver.submit({ verwijzerTelefoon: '' })))).toEqual(['verwijzerTelefoon']);
  });

  it('asks again for the manner when consent is given without it', async () => {
    const driver = newDriver();
    await driver.start();
    for (const value of [KANDIDAAT, VERWIJZER, LEERBEDRIJF, START, { opmerkingen: '' }, { intakeTeam: 'team-west' }])
      await driver.submit(value);
    const seen = await driver.submit({ toestemming: 'true', toestemmingWijze: '' });
    expect(textOf(seen)).toBe(problemMessage('toestemmingWijze', 'REQUIRED'));
    expect(inputIds(lastCard(seen))).toEqual(['toestemmingWijze']);
    expect(isReview(lastCard(await driver.say('digitaal')))).toBe(true);
  });
});

describe('aanmelding: tampered and stale submits never crash', () => {
  it('re-asks the question for submits that do not fit the card', async () => {
    const driver = newDriver();
    const first = lastCard(await driver.start());
    const tampered: unknown[] = [
      { kandidaatNaam: { naam: 'x' } },
      { bsn: BSN },
      ['kandidaatNaam'],
      { kandidaatNaam: 'x'.repeat(6000) },
    ];
    for (const value of tampered) {
      const seen = await driver.submit(value);
      expect(textOf(seen)).toBe(msg.invalid.unusable);
      expect(lastCard(seen)).toEqual(first);
      expect(driver.status).toBe('waiting');
    }
    const stale = await driver.submit({ actie: 'versturen' });
    expect(textOf(stale)).toBe(msg.invalid.otherQuestion);
    await driver.submit(KANDIDAAT);
    const old = await driver.submit(KANDIDAAT); // the kandidaat card clicked twice
    expect(textOf(old)).toBe(msg.invalid.otherQuestion);
    expect(inputIds(lastCard(old))).toEqual(['verwijzerOrganisatie', 'verwijzerTelefoon']);
  });

  it('refuses an unknown intake team and odd consent values; the review refuses odd actions', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await driver.start();
    for (const value of [KANDIDAAT, VERWIJZER, LEERBEDRIJF, START, { opmerkingen: '' }]) await driver.submit(value);
    expect(textOf(await driver.submit({ intakeTeam: 'team-hacker' }))).toBe(
      problemMessage('intakeTeam', 'INVALID_FORMAT'),
    );
    await driver.submit({ intakeTeam: 'team-west' });
    expect(textOf(await driver.submit({ toestemming: 'misschien', toestemmingWijze: 'mondeling' }))).toBe(
      problemMessage('toestemming', 'INVALID_FORMAT'),
    );
    const review = await driver.submit({ toestemming: 'true', toestemmingWijze: 'telepathie' });
    expect(textOf(review)).toBe(problemMessage('toestemmingWijze', 'INVALID_FORMAT'));
    await driver.submit(CONSENT);

    for (const value of [{ actie: 'verwijder' }, { actie: 'versturen', extra: 1 }, 42]) {
      const seen = await driver.submit(value);
      expect(textOf(seen)).toBe(msg.invalid.unusable);
      expect(isReview(lastCard(seen))).toBe(true);
    }
    expect(textOf(await driver.submit({ actie: 'wijzig', wijzig: 'bsn' }))).toBe(msg.review.whichField);
    expect(textOf(await driver.say('doe maar iets'))).toBe(msg.review.notUnderstood);
    expect(recorder.calls).toHaveLength(0);
  });
});

describe('aanmelding: the verwijzer comes from Teams', () => {
  it('asks the name only when Teams gives none, and then keys the dossier on the channel user id', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await driver.send({ type: 'message', text: 'aanmelding', from: { id: '29:anon', name: '' } });
    const card = lastCard(await driver.send({ type: 'message', value: KANDIDAAT, from: { id: '29:anon', name: '' } }));
    expect(inputIds(card)).toEqual(['verwijzerNaam', 'verwijzerOrganisatie', 'verwijzerTelefoon']);
    expect(driver.dialog.draftInProgress(driver.savedInstance())?.draft.verwijzer).toEqual({ teamsId: '29:anon' });
    expect(recorder.calls).toHaveLength(0);
  });
});
