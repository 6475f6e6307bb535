import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aanmeldingMessages as msg, problemMessage } from '../../dialogs/aanmelding/messages.nl';
import { createStructuredChat } from '../../bot/llm/chatModel';
import { KANDIDAAT_EXTRACTION_NAME } from '../../intake/prefill/kandidaatExtractor';
import { containsBsn } from '../../privacy/bsn';
import { captureLog, fakeOpenAi, toolCallCompletion } from '../llm/openaiFake';
import {
  AanmeldingDriver,
  inputIds,
  inputsOf,
  lastCard,
  screeningOf,
  testDeps,
  textOf,
  textsOf,
  type Card,
} from './aanmeldingDriver';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());

const AHMED = 'Ahmed Benali, geboren 12-05-1981, Tilburg, 06-12345678';
const factsOf = (card: Card) =>
  card.body.filter((e) => e.type === 'FactSet').flatMap((e) => e.facts as { title: string; value: string }[]);

function newDriver(overrides: Parameters<typeof testDeps>[0] = {}) {
  return new AanmeldingDriver(testDeps(overrides), { screening: screeningOf('v01') });
}

const draftOf = async (driver: AanmeldingDriver) => {
  await driver.say('stop-test'); // any turn: the state is saved
  return driver.dialog.draftInProgress(driver.savedInstance())?.draft;
};

describe('aanmelding: the first typed message is used (rules, no model)', () => {
  it('"Ahmed Benali, geboren 12-05-1981, Tilburg, 06-…" is shown to confirm; Klopt asks only what is missing', async () => {
    const driver = newDriver();
    await driver.start();
    const understood = await driver.say(AHMED);
    expect(textOf(understood)).not.toContain(msg.flow.oneByOne);
    const card = lastCard(understood);
    expect(textsOf(card)).toContain(msg.prefill.title);
    expect(factsOf(card)).toEqual([
      { title: 'Naam', value: 'Ahmed Benali' },
      { title: 'Geboortedatum', value: '12 mei 1981' },
      { title: 'Woonplaats', value: 'Tilburg' },
      { title: 'Telefoonnummer', value: '06-12345678' },
    ]);
    expect(card.actions.map((a) => a.title)).toEqual([msg.prefill.kloptButton, msg.prefill.aanpassenButton]);
    expect(card.actions.filter((a) => a.style === 'positive')).toHaveLength(1);

    const next = await driver.submit({ prefill: 'klopt' });
    expect(inputIds(lastCard(next))).toEqual(['kandidaatEmail']); // only what is missing
    expect((await draftOf(driver))?.kandidaat).toEqual({
      naam: 'Ahmed Benali',
      geboortedatum: '1981-05-12',
      woonplaats: 'Tilburg',
      telefoon: '06-12345678',
    });
  });

  it('typed "klopt" works too; a value the rules of the dossier refuse is named and asked again', async () => {
    const driver = newDriver();
    await driver.start();
    await driver.say('Ahmed Benali, geboren 12-05-2020, Tilburg'); // too young for an aanmelding
    const next = await driver.say('klopt');
    expect(textOf(next)).toBe(problemMessage('kandidaatGeboortedatum', 'AGE_OUT_OF_RANGE'));
    expect(inputIds(lastCard(next))).toEqual(['kandidaatGeboortedatum', 'kandidaatTelefoon', 'kandidaatEmail']);
  });

  it('Aanpassen shows the kandidaat card with what was understood, to correct', async () => {
    const driver = newDriver();
    await driver.start();
    await driver.say(AHMED);
    const card = lastCard(await driver.submit({ prefill: 'aanpassen' }));
    const values = Object.fromEntries(inputsOf(card).map((e) => [e.id, e.value]));
    expect(values).toMatchObject({
      kandidaatNaam: 'Ahmed Benali',
      kandidaatGeboortedatum: '1981-05-12',
      kandidaatWoonplaats: 'Tilburg',
      kandidaatTelefoon: '06-12345678',
    });
    const next = await driver.submit({
      kandidaatNaam: 'Ahmed Benali',
      kandidaatGeboortedatum: '1981-05-12',
      kandidaatWoonplaats: 'Goirle',
      kandidaatTelefoon: '06-12345678',
      kandidaatEmail: '',
    });
    expect(inputIds(lastCard(next))).toEqual(['verwijzerOrganisatie', 'verwijzerTelefoon']);
    expect((await draftOf(driver))?.kandidaat?.woonplaats).toBe('Goirle');
  });

  it('"1995" gives no details (no name): the questions come one by one and "1995" is refused as a name', async () => {
    const driver = newDriver();
    await driver.start();
    const one = await driver.say('1995');
    expect(textOf(one)).toContain(msg.flow.oneByOne);
    expect(inputIds(lastCard(one))).toEqual(['kandidaatNaam']);
    expect(textOf(await driver.say('1995'))).toBe(problemMessage('kandidaatNaam', 'INVALID_FORMAT'));
  });

  it('an absurdly long "name" is not suggested and the flow goes on', async () => {
    const driver = newDriver();
    await driver.start();
    const replies = await driver.say(`Ahmed B${'e'.repeat(400)}nali, Tilburg`);
    expect(textsOf(lastCard(replies))).toContain(msg.prefill.title);
    expect(JSON.stringify(lastCard(replies))).not.toContain('eeeeeeeeee');
    expect(inputIds(lastCard(await driver.say('klopt')))).toContain('kandidaatNaam');
  });

  it('a first message with a BSN is refused as a whole; nothing of it is kept', async () => {
    const driver = newDriver();
    await driver.start();
    const refused = await driver.say('Ahmed Benali, bsn 111222333, Tilburg');
    expect(textOf(refused)).toBe(msg.prefill.bsn);
    expect(inputIds(lastCard(refused))).toEqual([
      'kandidaatNaam',
      'kandidaatGeboortedatum',
      'kandidaatWoonplaats',
      'kandidaatTelefoon',
      'kandidaatEmail',
    ]);
    expect(JSON.stringify(driver.storage)).not.toContain('Benali');
    expect(containsBsn(JSON.stringify(driver.storage))).toBe(false);
  });

  it('the confirmation card becomes a read-only record once Klopt is chosen', async () => {
    const driver = newDriver();
    await driver.start();
    await driver.say(AHMED);
    await driver.submit({ prefill: 'klopt' });
    const record = driver.updates.at(-1)!;
    expect(textsOf(record)).toContain(msg.prefill.recordTitle);
    expect(factsOf(record)).toContainEqual({ title: 'Naam', value: 'Ahmed Benali' });
    expect(record.actions).toEqual([]);
    expect(inputsOf(record)).toEqual([]);
  });
});

describe('aanmelding: the first message with the language model', () => {
  const chat = () =>
    createStructuredChat({ apiKey: 'sk-test', model: 'gpt-4o-mini', timeoutMs: 3000, maxRetries: 0 }, captureLog().log);

  it('the model only points at redacted parts; it never sees the personal data; its suggestion is marked', async () => {
    const { bodies } = fakeOpenAi(
      200,
      toolCallCompletion(KANDIDAAT_EXTRACTION_NAME, {
        naam: '[NAAM_1]',
        geboortedatum: '[DATUM_1]',
        woonplaats: 'Goirle',
        telefoon: '[TELEFOON_1]',
        email: 'verzonnen@example.nl', // not in the message: dropped
      }),
    );
    const driver = newDriver({ chat: chat() });
    await driver.start();
    const card = lastCard(await driver.say('Graag aanmelden: Ahmed Benali (12-05-1981) woont in Goirle, 06-12345678'));
    expect(textsOf(card)).toContain(msg.prefill.sourceLlm);
    expect(factsOf(card)).toEqual([
      { title: 'Naam', value: 'Ahmed Benali' },
      { title: 'Geboortedatum', value: '12 mei 1981' },
      { title: 'Woonplaats', value: 'Goirle' },
      { title: 'Telefoonnummer', value: '06-12345678' },
    ]);
    const sent = JSON.stringify(bodies);
    for (const personal of ['Benali', '12-05-1981', '06-12345678']) expect(sent).not.toContain(personal);
  });

  it('a failing model leaves the rules', async () => {
    fakeOpenAi(500, { error: { message: 'down', type: 'error', param: null, code: 'x' } });
    const driver = newDriver({ chat: chat() });
    await driver.start();
    const card = lastCard(await driver.say(AHMED));
    expect(textsOf(card)).toContain(msg.prefill.sourceRules);
    expect(factsOf(card)[0]).toEqual({ title: 'Naam', value: 'Ahmed Benali' });
  });
});
