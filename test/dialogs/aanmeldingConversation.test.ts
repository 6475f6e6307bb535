import { describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg, groupMessages, problemMessage } from '../../dialogs/aanmelding/messages.nl';
import { knowledgeAnswerer } from '../../dialogs/menuText/knowledgeAnswer';
import { flowMessages } from '../../dialogs/shared/messages.nl';
import { redact } from '../../intake/prefill/redact';
import { loadCatalogue } from '../../knowledge/catalogue';
import { createSearchIndex } from '../../knowledge/search/searchIndex';
import {
  AanmeldingDriver,
  inputIds,
  KANDIDAAT,
  lastCard,
  screeningOf,
  testDeps,
  textOf,
  textsOf,
  START,
} from './aanmeldingDriver';

const catalogue = loadCatalogue();
const answerQuestion = knowledgeAnswerer({ catalogue, index: createSearchIndex(catalogue), redact });

function newDriver() {
  return new AanmeldingDriver(testDeps({ answerQuestion }), { screening: screeningOf('v01') });
}

/** At the kandidaat card, typing without details: one field per card from then on. */
async function typingKandidaat(driver: AanmeldingDriver) {
  await driver.start();
  const one = await driver.say('ik typ het liever');
  expect(textOf(one)).toContain(msg.flow.oneByOne);
  return lastCard(one);
}

describe('aanmelding: typed answers', () => {
  it('"1995" is not a name: refused with a clear message; a real name is taken', async () => {
    const driver = newDriver();
    expect(inputIds(await typingKandidaat(driver))).toEqual(['kandidaatNaam']);
    const refused = await driver.say('1995');
    expect(textOf(refused)).toBe(problemMessage('kandidaatNaam', 'INVALID_FORMAT'));
    expect(inputIds(lastCard(refused))).toEqual(['kandidaatNaam']);
    expect(inputIds(lastCard(await driver.say('Ahmed Benali')))).toEqual(['kandidaatGeboortedatum']);
  });

  it.each(['4 juni 1995', '04-06-1995', '4 jun. 1995', 'geboren 4-6-1995'])(
    'takes the birth date "%s"',
    async (typed) => {
      const driver = newDriver();
      await typingKandidaat(driver);
      await driver.say('Ahmed Benali');
      const next = await driver.say(typed);
      expect(textOf(next)).toBe('');
      expect(inputIds(lastCard(next))).toEqual(['kandidaatWoonplaats']);
      await driver.say('stop-test');
      expect(driver.dialog.draftInProgress(driver.savedInstance())?.draft.kandidaat?.geboortedatum).toBe('1995-06-04');
    },
  );
});

describe('aanmelding: questions and corrections inside the flow', () => {
  it('a question at a card is answered from the knowledge base; the same card comes back', async () => {
    const driver = newDriver();
    await driver.start();
    const replies = await driver.say('wat kost het de werkgever?');
    expect(textOf(replies)).toContain(flowMessages.backToQuestion);
    expect(inputIds(lastCard(replies))).toEqual(Object.keys(KANDIDAAT));
  });

  it('a question typed at a one-field text card is answered, not stored as the answer', async () => {
    const driver = newDriver();
    await typingKandidaat(driver);
    const replies = await driver.say('hoe lang duurt het?');
    expect(textOf(replies)).toContain(flowMessages.backToQuestion);
    expect(inputIds(lastCard(replies))).toEqual(['kandidaatNaam']);
  });

  it('"waarom?" explains why the card asks this', async () => {
    const driver = newDriver();
    await driver.start();
    expect(textOf(await driver.say('waarom?'))).toBe(groupMessages.kandidaat.why);
  });

  it('"terug" goes back one answer and shows it', async () => {
    const driver = newDriver();
    await typingKandidaat(driver);
    await driver.say('Ahmed Benali');
    const back = await driver.say('terug');
    expect(textOf(back)).toBe([flowMessages.wentBack, flowMessages.current('Ahmed Benali')].join('\n'));
    expect(inputIds(lastCard(back))).toEqual(['kandidaatNaam']);
  });

  it('"wijzig naam" on the review asks the name again with its current value', async () => {
    const driver = newDriver();
    await driver.start();
    for (const value of [KANDIDAAT, { verwijzerOrganisatie: 'Gemeente X', verwijzerTelefoon: '010-1234567' }])
      await driver.submit(value);
    await driver.submit({ leerbedrijfNaam: 'De Linde', leerbedrijfPlaats: 'Tilburg' });
    await driver.submit(START);
    await driver.submit({ opmerkingen: '' });
    await driver.submit({ intakeTeam: 'team-west' });
    const review = lastCard(await driver.submit({ toestemming: 'true', toestemmingWijze: 'mondeling' }));
    expect(textsOf(review).join(' ')).toContain(msg.review.title);
    const card = lastCard(await driver.say('wijzig naam'));
    expect(card.body.find((e) => e.id === 'kandidaatNaam')).toMatchObject({ value: KANDIDAAT.kandidaatNaam });
  });
});

describe('aanmelding: a pasted name', () => {
  it.each([
    ['zero-width space', 'Ahmed\u200B Benali'],
    ['no-break space', 'Ahmed\u00A0Benali'],
    ['soft hyphen', 'Ah\u00ADmed Benali'],
    ['byte order mark', '\uFEFFAhmed Benali'],
  ])('with a %s is taken, stored without it', async (_kind, pasted) => {
    const driver = newDriver();
    await typingKandidaat(driver);
    const next = await driver.say(pasted);
    expect(textOf(next)).toBe('');
    expect(inputIds(lastCard(next))).toEqual(['kandidaatGeboortedatum']);
    await driver.say('stop-test');
    expect(driver.dialog.draftInProgress(driver.savedInstance())?.draft.kandidaat?.naam).toBe('Ahmed Benali');
  });

  it('on the card too', async () => {
    const driver = newDriver();
    await driver.start();
    const next = await driver.submit({ ...KANDIDAAT, kandidaatNaam: 'Sam\u200B de\u00A0Vries' });
    expect(textOf(next)).toBe('');
    await driver.say('stop-test');
    expect(driver.dialog.draftInProgress(driver.savedInstance())?.draft.kandidaat?.naam).toBe('Sam de Vries');
  });

  it.each([
    ['a right-to-left override', 'Ahmed \u202EilaneB'],
    ['a directional isolate', 'Ahmed \u2066Benali'],
    ['a control character', 'Ahmed\u0007 Benali'],
  ])('with %s is still refused', async (_kind, pasted) => {
    const driver = newDriver();
    await typingKandidaat(driver);
    const refused = await driver.say(pasted);
    expect(textOf(refused)).toBe(problemMessage('kandidaatNaam', 'INVALID_FORMAT'));
    expect(inputIds(lastCard(refused))).toEqual(['kandidaatNaam']);
  });
});
