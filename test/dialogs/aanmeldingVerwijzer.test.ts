import { describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg, fieldMessages, problemMessage } from '../../dialogs/aanmelding/messages.nl';
import { looksLikeName } from '../../dialogs/aanmelding/applyAnswers';
import {
  AanmeldingDriver,
  inputIds,
  KANDIDAAT,
  lastCard,
  LEERBEDRIJF,
  screeningOf,
  START,
  testDeps,
  textOf,
  type Card,
} from './aanmeldingDriver';

/** A verwijzer whose Teams name is not sent: the card asks their own name too. */
const NAMELESS = { id: '29:verwijzer-marieke', name: '', aadObjectId: 'aad-marieke' };
const MARIEKE = 'Ik ben Marieke Jansen, klantmanager gemeente Tilburg, 013-5421234';

function driver() {
  const d = new AanmeldingDriver(testDeps(), { screening: screeningOf('v01') });
  const as = { from: NAMELESS, type: 'message' as const };
  return {
    say: (text: string) => d.send({ ...as, text }),
    submit: (value: unknown) => d.send({ ...as, value }),
  };
}

/** Start, the kandidaat card filled in: the verwijzer's own card is open. */
async function atVerwijzerCard() {
  const d = driver();
  await d.say('aanmelding');
  const card = lastCard(await d.submit(KANDIDAAT));
  expect(inputIds(card)).toEqual(['verwijzerNaam', 'verwijzerOrganisatie', 'verwijzerTelefoon']);
  return d;
}

const valuesOf = (card: Card) =>
  Object.fromEntries(
    card.body
      .filter((e) => e.type === 'FactSet')
      .flatMap((e) => (e.facts as { title: string; value: string }[]).map((f) => [f.title, f.value])),
  );

describe("aanmelding: the verwijzer's own details", () => {
  it('a typed "Ik ben Marieke Jansen, klantmanager gemeente Tilburg, 013-…" is shown to confirm, then used', async () => {
    const d = await atVerwijzerCard();
    const seen = await d.say(MARIEKE);
    expect(textOf(seen)).not.toContain(msg.flow.oneByOne);
    expect(valuesOf(lastCard(seen))).toEqual({
      [fieldMessages.verwijzerNaam.input]: 'Marieke Jansen',
      [fieldMessages.verwijzerOrganisatie.input]: 'gemeente Tilburg',
      [fieldMessages.verwijzerTelefoon.input]: '013-5421234',
    });
    const next = lastCard(await d.say('klopt'));
    expect(inputIds(next)).toEqual(Object.keys(LEERBEDRIJF));
    for (const value of [LEERBEDRIJF, START, { opmerkingen: '' }, { intakeTeam: 'team-west' }]) await d.submit(value);
    const review = lastCard(await d.submit({ toestemming: 'true', toestemmingWijze: 'mondeling' }));
    const facts = JSON.stringify(review.body);
    expect(facts).toContain('Marieke Jansen');
    expect(facts).toContain('gemeente Tilburg');
    expect(facts).not.toContain('klopt');
  });

  it('"klopt", "ja", "oké" are no name, for the verwijzer nor the client', async () => {
    for (const word of ['klopt', 'ja', 'nee', 'oke', 'oké', 'prima', 'Klopt']) expect(looksLikeName(word)).toBe(false);
    for (const name of ['Sam de Vries', 'Marieke Jansen', 'Jan', 'Ahmed Benali'])
      expect(looksLikeName(name)).toBe(true);
    const d = await atVerwijzerCard();
    await d.say('liever typen'); // one by one: the name alone
    const refused = await d.say('klopt');
    expect(textOf(refused)).toContain(problemMessage('verwijzerNaam', 'INVALID_FORMAT'));
    expect(inputIds(lastCard(refused))).toEqual(['verwijzerNaam']);
  });

  it('"Wil je iets wijzigen?" offers the verwijzer\'s own name; "wijzig jouw naam" asks it again', async () => {
    const d = await atVerwijzerCard();
    await d.submit({
      verwijzerNaam: 'Marieke Jansen',
      verwijzerOrganisatie: 'Gemeente Tilburg',
      verwijzerTelefoon: '013-5421234',
    });
    for (const value of [LEERBEDRIJF, START, { opmerkingen: '' }, { intakeTeam: 'team-west' }]) await d.submit(value);
    const review = lastCard(await d.submit({ toestemming: 'true', toestemmingWijze: 'mondeling' }));
    const choices = JSON.stringify(review.body.find((e) => e.id === 'wijzig'));
    expect(choices).toContain(fieldMessages.verwijzerNaam.label);
    expect(choices).toContain(fieldMessages.verwijzerOrganisatie.label);
    expect(inputIds(lastCard(await d.say('wijzig jouw naam')))).toEqual(['verwijzerNaam']);
  });
});
