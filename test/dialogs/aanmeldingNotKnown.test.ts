import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../dialogs/aanmelding/messages.nl';
import {
  AanmeldingDriver,
  inputIds,
  KANDIDAAT,
  lastCard,
  LEERBEDRIJF,
  recordingSubmit,
  screeningOf,
  testDeps,
  textOf,
  VERWIJZER,
} from './aanmeldingDriver';

function newDriver() {
  return new AanmeldingDriver(testDeps({ submit: recordingSubmit().submit }), { screening: screeningOf('v01') });
}

/** To the leerbedrijf card (screening v01 has an erkend leerbedrijf) by card submits. */
async function toLeerbedrijf(driver: AanmeldingDriver) {
  await driver.start();
  await driver.submit(KANDIDAAT);
  const card = lastCard(await driver.submit(VERWIJZER));
  expect(inputIds(card)).toEqual(['leerbedrijfNaam', 'leerbedrijfPlaats', 'praktijkopleider']);
}

describe('aanmelding: "weet ik nog niet" typed at a name or place is never stored as one', () => {
  it.each(['weet ik nog niet', 'Nog geen', 'weet ik niet', 'geen idee'])(
    'typed "%s" at the leerbedrijf card: said back, the name is asked again, nothing kept',
    async (typed) => {
      const driver = newDriver();
      await toLeerbedrijf(driver);
      const replies = await driver.say(typed);
      expect(textOf(replies)).toContain(problemMessage('leerbedrijfNaam', 'NOT_KNOWN'));
      expect(textOf(replies)).toContain('nog geen leerbedrijf');
      expect(inputIds(lastCard(replies))).toEqual(['leerbedrijfNaam']); // one by one now, the name first
      expect(JSON.stringify(driver.storage)).not.toContain(`"naam":"${typed}"`);

      // typed once more at the single input: refused again; a real name is taken
      const again = await driver.say(typed);
      expect(textOf(again)).toContain(problemMessage('leerbedrijfNaam', 'NOT_KNOWN'));
      expect(inputIds(lastCard(again))).toEqual(['leerbedrijfNaam']);
      const taken = await driver.say(LEERBEDRIJF.leerbedrijfNaam);
      expect(inputIds(lastCard(taken))).toEqual(['leerbedrijfPlaats']);
    },
  );

  it('every multi-input card refuses a typed "weet ik nog niet" as its first text answer', async () => {
    // kandidaat card: the name
    const driver = newDriver();
    await driver.start();
    const kandidaat = await driver.say('weet ik nog niet'); // one by one from here, nothing taken
    expect(inputIds(lastCard(kandidaat))).toEqual(['kandidaatNaam']);
    expect(textOf(await driver.say('weet ik nog niet'))).toContain(problemMessage('kandidaatNaam', 'NOT_KNOWN'));
    await driver.say('Sam de Vries');
    const woonplaats = await driver.submit({ kandidaatGeboortedatum: '17-05-1990' });
    expect(inputIds(lastCard(woonplaats))).toEqual(['kandidaatWoonplaats']);
    const place = await driver.say('weet ik niet');
    expect(textOf(place)).toContain(problemMessage('kandidaatWoonplaats', 'NOT_KNOWN'));
    expect(inputIds(lastCard(place))).toEqual(['kandidaatWoonplaats']);

    // verwijzer card (organisation first, the name comes from Teams)
    const other = newDriver();
    await other.start();
    const verwijzer = lastCard(await other.submit(KANDIDAAT));
    expect(inputIds(verwijzer)[0]).toBe('verwijzerOrganisatie');
    const org = await other.say('weet ik nog niet');
    expect(textOf(org)).toContain(problemMessage('verwijzerOrganisatie', 'NOT_KNOWN'));
    expect(inputIds(lastCard(org))).toEqual(['verwijzerOrganisatie']);
  });
});
