import { describe, expect, it } from 'vitest';
import type { Answers } from '../../intake/screening/answers';
import { DEFAULT_POLICY, parsePolicy } from '../../intake/screening/policy';
import { fieldMessages, glossary, screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import type { ScreeningOutcome } from '../../dialogs/screening';
import { loadScreeningCases } from '../fixtures/screeningCases';
import {
  answerByCards,
  factsOf,
  isEarlyStop,
  isSummary,
  lastCard,
  questionField,
  ScreeningDriver,
  type Seen,
} from './screeningDriver';

const v01 = loadScreeningCases().find((c) => c.id === 'v01')!.input;

/** A driver standing at the question for `field` (earlier questions answered from v01). */
async function atQuestion(field: keyof Answers, policy = DEFAULT_POLICY): Promise<ScreeningDriver> {
  const driver = new ScreeningDriver(policy);
  let replies = await driver.start();
  while (questionField(lastCard(replies)) !== field) {
    const current = questionField(lastCard(replies)) as keyof Answers;
    replies = await driver.submit({ [current]: String(v01[current]) });
  }
  return driver;
}

/** A re-ask: one Dutch message, then the same question's card again. */
function expectReAsk(seen: Seen[], field: string, message: string): void {
  expect(seen).toHaveLength(2);
  expect(seen[0]?.text).toBe(message);
  expect(questionField(lastCard(seen))).toBe(field);
}

describe('screening dialog: tampered and invalid submits', () => {
  const choiceList = (field: keyof Answers) =>
    msg.invalid.choice(
      Object.values(fieldMessages[field].choices ?? {})
        .map((label, i) => `${i + 1}. ${label}`)
        .join(', '),
    );
  const ageMessage = msg.invalid.number(0, 120, 'jaar');

  it.each([
    ['leeftijd', { leeftijd: '200' }, ageMessage],
    ['leeftijd', { leeftijd: -3 }, ageMessage],
    ['leeftijd', { leeftijd: '42.5' }, ageMessage],
    ['leeftijd', { leeftijd: 'oud' }, ageMessage],
    ['leeftijd', { leeftijd: true }, ageMessage],
    ['leeftijd', { leeftijd: { $gt: 1 } }, msg.invalid.unusable],
    ['leeftijd', { leeftijd: '42', admin: true }, msg.invalid.unusable],
    ['leeftijd', { hack: 'x' }, msg.invalid.unusable],
    ['leeftijd', { situatie: 'werkzoekend' }, msg.invalid.otherQuestion],
    ['leeftijd', {}, msg.invalid.unusable],
    ['situatie', { situatie: 'astronaut' }, choiceList('situatie')],
    ['situatie', { situatie: 9 }, choiceList('situatie')],
    ['ingeschrevenMbo', { ingeschrevenMbo: 'misschien' }, choiceList('ingeschrevenMbo')],
    ['ingeschrevenMbo', { ingeschrevenMbo: null }, choiceList('ingeschrevenMbo')],
    ['ingeschrevenMbo', { leeftijd: '30' }, msg.invalid.otherQuestion],
    ['interesses', { interesses: 'x'.repeat(501) }, msg.invalid.textTooLong(500)],
  ] as [keyof Answers, unknown, string][])('at %s, %j gets a clear re-ask', async (field, value, message) => {
    const driver = await atQuestion(field);
    expectReAsk(await driver.submit(value), field, message);
    expect(driver.status).toBe('waiting');
  });

  it('keeps going after a tampered submit: the next valid answer counts', async () => {
    const driver = await atQuestion('leeftijd');
    await driver.submit({ leeftijd: '999' });
    await driver.submit(['not', 'an', 'object']);
    const next = await driver.submit({ leeftijd: '41' });
    expect(questionField(lastCard(next))).toBe('situatie');
  });

  it('re-asks on text that does not fit the question', async () => {
    const driver = await atQuestion('leeftijd');
    expectReAsk(await driver.say('tussen 30 en 40'), 'leeftijd', ageMessage);
    expectReAsk(await driver.say('oud'), 'leeftijd', ageMessage);
    const atChoice = await atQuestion('leerbedrijf');
    expectReAsk(await atChoice.say('ja'), 'leerbedrijf', choiceList('leerbedrijf'));
    expectReAsk(await atChoice.say('7'), 'leerbedrijf', choiceList('leerbedrijf'));
  });

  it('accepts an empty interesses submit (or none at all) as "no interests given"', async () => {
    for (const value of [{ interesses: '' }, {}]) {
      const driver = await atQuestion('interesses');
      expect(isSummary(lastCard(await driver.submit(value)))).toBe(true);
    }
  });

  it('refuses a diagnosis or medicine in the interesses as it is typed or submitted; the interest alone is taken', async () => {
    const driver = await atQuestion('interesses');
    expectReAsk(await driver.say('ze heeft autisme en houdt van dieren'), 'interesses', msg.invalid.healthDetail);
    const submitted = await driver.submit({ interesses: 'Koken, gebruikt wel medicatie' });
    expectReAsk(submitted, 'interesses', msg.invalid.healthDetail);
    expect(msg.invalid.healthDetail).toContain('Opmerkingen'); // where what the client needs at work belongs
    const summary = lastCard(await driver.say('dieren en koken'));
    expect(factsOf(summary)[fieldMessages.interesses.label]).toBe('dieren en koken');
    expect(JSON.stringify(summary)).not.toMatch(/autisme|medicatie/);
  });

  it('re-asks on a tampered summary or early-stop submit', async () => {
    const driver = new ScreeningDriver();
    await answerByCards(driver, v01);
    const summary = await driver.submit({ actie: 'verstuur' });
    expect(summary[0]?.text).toBe(msg.invalid.unusable);
    expect(isSummary(lastCard(summary))).toBe(true);
    const noField = await driver.submit({ actie: 'wijzig', wijzig: 'wachtwoord' });
    expect(noField[0]?.text).toBe(msg.invalid.unusable);

    const early = new ScreeningDriver();
    await early.start();
    await early.say('15');
    const again = await early.submit({ vervolg: 'misschien' });
    expect(again[0]?.text).toBe(msg.invalid.unusable);
    expect(isEarlyStop(lastCard(again))).toBe(true);
  });
});

describe('screening dialog: waarom? and uitleg', () => {
  it.each(['waarom?', 'Waarom', 'uitleg', 'waarom vragen jullie dit?'])(
    '"%s" explains the criterion and re-asks',
    async (text) => {
      const driver = await atQuestion('leerbaar');
      expectReAsk(await driver.say(text), 'leerbaar', fieldMessages.leerbaar.why(DEFAULT_POLICY));
      expect(fieldMessages.leerbaar.why(DEFAULT_POLICY)).toMatch(/Leerbaarheid/);
    },
  );

  it('explains every question in its own words', () => {
    const texts = Object.values(fieldMessages).map((f) => f.why(DEFAULT_POLICY));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('uses the regional minimum age when explaining the age question', async () => {
    const driver = await atQuestion('leeftijd', parsePolicy({ minimumLeeftijd: 16 }));
    const [explanation] = await driver.say('waarom?');
    expect(explanation?.text).toContain('16 jaar');
  });

  it.each([
    ['uitleg derde leerweg', 'derde leerweg'],
    ['Wat is een startkwalificatie?', 'startkwalificatie'],
    ['uitleg schoolbaarheid', 'schoolbaarheid'],
    ['wat betekent werkfit', 'werkfit'],
    ['uitleg over de praktijkverklaring', 'praktijkverklaring'],
  ])('"%s" explains %s at any question', async (text, term) => {
    const entry = glossary.find((g) => g.names.includes(term))!;
    const driver = await atQuestion('taal');
    expectReAsk(await driver.say(text), 'taal', entry.text);
  });
});

describe('screening dialog: changing an answer from the summary', () => {
  async function atSummary(): Promise<ScreeningDriver> {
    const driver = new ScreeningDriver();
    await answerByCards(driver, v01);
    return driver;
  }

  it('changes one answer via the card and asks nothing else', async () => {
    const driver = await atSummary();
    const question = await driver.submit({ actie: 'wijzig', wijzig: 'taal' });
    expect(questionField(lastCard(question))).toBe('taal');
    const summary = lastCard(await driver.submit({ taal: 'onvoldoende' }));
    expect(isSummary(summary)).toBe(true);
    expect(factsOf(summary)['Nederlandse taal']).toBe('Onvoldoende');
    await driver.submit({ actie: 'bevestig', wijzig: 'leeftijd' });
    const outcome = driver.result as ScreeningOutcome;
    expect(outcome.answers).toEqual({ ...v01, taal: 'onvoldoende' });
    expect(outcome.advice.advies).toBe('bespreken');
    expect(outcome.advice.redenen.map((r) => r.code)).toEqual(['TAAL_ONVOLDOENDE']);
  });

  it('"wijzig opleiding" to a startkwalificatie also asks whether it is still usable', async () => {
    const driver = await atSummary();
    expect(questionField(lastCard(await driver.say('wijzig opleiding')))).toBe('opleiding');
    expect(questionField(lastCard(await driver.say('havo of vwo')))).toBe('startkwalificatieBruikbaar');
    const summary = lastCard(await driver.say('weet ik niet'));
    expect(factsOf(summary)).toMatchObject({
      'Hoogste diploma': 'Havo of vwo',
      'Diploma nog bruikbaar': 'Weet ik niet',
    });
    await driver.say('klopt');
    expect((driver.result as ScreeningOutcome).advice.redenen.map((r) => r.code)).toEqual([
      'STARTKWALIFICATIE_ONBEKEND',
    ]);
  });

  it('"wijzig 1" changes the age; an exclusion then goes to the summary, not to an early stop', async () => {
    const driver = await atSummary();
    expect(questionField(lastCard(await driver.say('wijzig 1')))).toBe('leeftijd');
    expect(isSummary(lastCard(await driver.say('17')))).toBe(true);
    await driver.say('klopt');
    expect((driver.result as ScreeningOutcome).advice.advies).toBe('niet-toelaatbaar');
  });

  it.each([
    ['wijzig uren', 'urenPerWeek'],
    ['verander leerbedrijf', 'leerbedrijf'],
    ['Schoolbaarheid', 'schoolbaar'],
    ['wijzig 15', 'interesses'],
  ])('"%s" asks %s again', async (text, field) => {
    const driver = await atSummary();
    expect(questionField(lastCard(await driver.say(text)))).toBe(field);
  });

  it.each([
    ['wijzig', msg.summary.whichField],
    ['wijzig hobby', msg.summary.whichField],
    ['wijzig 99', msg.summary.whichField],
    ['misschien later', msg.summary.notUnderstood],
  ])('"%s" gets a clear answer and the summary again', async (text, message) => {
    const driver = await atSummary();
    const seen = await driver.say(text);
    expect(seen[0]?.text).toBe(message);
    expect(isSummary(lastCard(seen))).toBe(true);
  });

  it('asks which answer when "wijzig" is clicked without a choice', async () => {
    const driver = await atSummary();
    const seen = await driver.submit({ actie: 'wijzig' });
    expect(seen[0]?.text).toBe(msg.summary.whichField);
  });
});
