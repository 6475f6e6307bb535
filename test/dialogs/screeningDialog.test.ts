import { describe, expect, it } from 'vitest';
import type { Answers } from '../../intake/screening/answers';
import { DISCLAIMER } from '../../intake/screening/explanations.nl';
import { DEFAULT_POLICY, parsePolicy } from '../../intake/screening/policy';
import { screen } from '../../intake/screening/screen';
import { fieldMessages, screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import type { ScreeningOutcome } from '../../dialogs/screening';
import { loadScreeningCases } from '../fixtures/screeningCases';
import {
  adviceLine,
  answerByCards,
  factsOf,
  isEarlyStop,
  isResult,
  isSummary,
  lastCard,
  questionField,
  ScreeningDriver,
  textsOf,
} from './screeningDriver';

const cases = loadScreeningCases();
const byId = (id: string) => cases.find((c) => c.id === id)!;
const policyOf = (c: (typeof cases)[number]) => (c.policy ? parsePolicy(c.policy) : DEFAULT_POLICY);

const ORDER_WITHOUT_SK = [
  'leeftijd',
  'situatie',
  'ingeschrevenMbo',
  'opleiding',
  'motivatie',
  'leerbaar',
  'schoolbaar',
  'werkfit',
  'taal',
  'urenPerWeek',
  'uitkering',
  'inkomen',
  'leerbedrijf',
  'begeleiding',
  'interesses',
];
const ORDER_WITH_SK = [...ORDER_WITHOUT_SK.slice(0, 4), 'startkwalificatieBruikbaar', ...ORDER_WITHOUT_SK.slice(4)];

describe('screening dialog: full screening through card submits', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s ends with the engine’s advice', async (_id, c) => {
    const driver = new ScreeningDriver(policyOf(c));
    const { asked, cards, seen } = await answerByCards(driver, c.input);
    const hasSk = c.input.opleiding === 'mbo2plus' || c.input.opleiding === 'havo-vwo';
    expect(asked).toEqual(hasSk ? ORDER_WITH_SK : ORDER_WITHOUT_SK);
    for (const card of cards) {
      expect(card).toMatchObject({ $schema: expect.stringContaining('adaptive-card'), version: '1.5' });
      expect(textsOf(card)).toContain(fieldMessages[questionField(card) as keyof Answers].question);
    }
    expect(isSummary(lastCard(seen))).toBe(true);

    const result = await driver.submit({ actie: 'bevestig' });
    const card = lastCard(result);
    expect(isResult(card)).toBe(true);
    const outcome = driver.result as ScreeningOutcome;
    expect(driver.status).toBe('complete');
    expect(outcome.answers).toEqual({
      ...c.input,
      startkwalificatieBruikbaar: hasSk ? c.input.startkwalificatieBruikbaar : null,
    });
    expect(outcome.advice).toEqual(screen(c.input, policyOf(c)));
    expect(outcome.advice.advies).toBe(c.verwacht.advies);
    expect(outcome.advice.redenen.map((r) => r.code)).toEqual(c.verwacht.redenen);
    expect(outcome.advice.acties.map((a) => a.code)).toEqual(c.verwacht.acties);
  });

  it('accepts native JSON values in submits as well as Teams strings', async () => {
    const c = byId('v08');
    const driver = new ScreeningDriver();
    const { earlyStops } = await answerByCards(driver, c.input, (value) => value);
    expect(earlyStops).toBe(1);
    await driver.submit({ actie: 'bevestig' });
    expect((driver.result as ScreeningOutcome).answers).toEqual(c.input);
  });

  it('shows the result card: coloured advice line, every reason, the to-dos, the disclaimer, next steps', async () => {
    const c = byId('v05');
    const driver = new ScreeningDriver();
    await answerByCards(driver, c.input);
    const card = lastCard(await driver.submit({ actie: 'bevestig' }));
    const advice = (driver.result as ScreeningOutcome).advice;
    expect(adviceLine(card)).toEqual({ text: `🎓 ${msg.result.advies['diploma-route']}`, style: 'accent' });
    const texts = textsOf(card).join('\n');
    for (const item of [...advice.redenen, ...advice.acties]) expect(texts).toContain(item.uitleg);
    expect(texts).toContain(DISCLAIMER);
    expect(card.actions.map((a) => a.data)).toEqual([
      { menu: 'werkprocessen' },
      { menu: 'aanmelding', advies: 'diploma-route' },
    ]);
    expect(card.actions.map((a) => a.title)).toEqual([msg.result.werkprocessen, msg.result.aanmelding]);
  });
});

describe('screening dialog: typed answers only', () => {
  it('runs a full screening without a single card submit', async () => {
    const typed = [
      '23',
      'Schoolverlater',
      'nee',
      'VMBO',
      'ja',
      'Ja',
      'ja',
      'ja',
      '1',
      '36 uur',
      'geen uitkering',
      'Wéét ik niet',
      '3',
      'ja',
      'bouw',
    ];
    const driver = new ScreeningDriver();
    let replies = await driver.start();
    const asked: string[] = [];
    for (const text of typed) {
      asked.push(questionField(lastCard(replies))!);
      replies = await driver.say(text);
    }
    expect(asked).toEqual(ORDER_WITHOUT_SK);
    const summary = lastCard(replies);
    expect(isSummary(summary)).toBe(true);
    expect(factsOf(summary)).toMatchObject({
      Leeftijd: '23 jaar',
      Situatie: 'Schoolverlater',
      'Uren per week': '36 uur',
    });
    expect(isResult(lastCard(await driver.say('klopt')))).toBe(true);
    const outcome = driver.result as ScreeningOutcome;
    expect(outcome.answers).toEqual(byId('v05').input);
    expect(outcome.advice).toEqual(screen(byId('v05').input, DEFAULT_POLICY));
  });

  it('understands labels, numbers and ja/nee/weet ik niet, case- and accent-insensitive', async () => {
    const typed: [keyof Answers, string, unknown][] = [
      ['leeftijd', '49 jaar', 49],
      ['situatie', '2', 'werkend'],
      ['ingeschrevenMbo', 'Nee', false],
      ['opleiding', 'mbo niveau 2 of HOGER', 'mbo2plus'],
      ['startkwalificatieBruikbaar', 'weet ik niet', null],
      ['motivatie', 'twijfelt nog', 'twijfel'],
      ['leerbaar', 'onbekend', 'onbekend'],
      ['schoolbaar', 'nee', 'nee'],
      ['werkfit', 'met begeleiding', 'met-begeleiding'],
      ['taal', 'Beperkt', 'beperkt'],
      ['urenPerWeek', '0', 0],
      ['uitkering', 'wajong', 'wajong'],
      ['inkomen', 'Anders', 'anders'],
      ['leerbedrijf', 'ja, maar nog niet erkend', 'niet-erkend'],
      ['begeleiding', 'nee', false],
      ['interesses', 'geen', ''],
    ];
    const driver = new ScreeningDriver();
    let replies = await driver.start();
    for (const [field, text] of typed) {
      expect(questionField(lastCard(replies))).toBe(field);
      replies = await driver.say(text);
    }
    expect(isSummary(lastCard(replies))).toBe(true);
    await driver.say('klopt, toon advies');
    const outcome = driver.result as ScreeningOutcome;
    expect(outcome.answers).toEqual(Object.fromEntries(typed.map(([field, , value]) => [field, value])));
  });
});

describe('screening dialog: early stop', () => {
  it('shows the certain exclusion at once and ends without a result when the user stops', async () => {
    const driver = new ScreeningDriver();
    await driver.start();
    const card = lastCard(await driver.say('16'));
    expect(isEarlyStop(card)).toBe(true);
    const texts = textsOf(card).join('\n');
    expect(texts).toContain(msg.result.earlyHeading);
    expect(texts).toContain(msg.result.advies['niet-toelaatbaar']);
    expect(texts).toContain('jonger dan 18 jaar');
    expect(texts).toContain(DISCLAIMER);
    expect(adviceLine(card)?.style).toBe('default');
    expect(await driver.submit({ vervolg: 'stoppen' })).toEqual([{ text: msg.earlyStop.stopped }]);
    expect(driver.status).toBe('complete');
    expect(driver.result).toBeUndefined();
  });

  it('continues to record the full picture, asks only once, and ends with the full outcome', async () => {
    const c = byId('v07');
    const driver = new ScreeningDriver();
    const { asked, earlyStops } = await answerByCards(driver, c.input);
    expect(earlyStops).toBe(1);
    expect(asked).toEqual(ORDER_WITHOUT_SK);
    await driver.submit({ actie: 'bevestig' });
    expect((driver.result as ScreeningOutcome).advice.advies).toBe('niet-toelaatbaar');
  });

  it('offers the early stop after a typed "nee" to motivatie and continues on a typed "ja"', async () => {
    const driver = new ScreeningDriver();
    await driver.start();
    for (const text of ['40', 'werkzoekend', 'nee', 'geen']) await driver.say(text);
    const early = lastCard(await driver.say('nee'));
    expect(isEarlyStop(early)).toBe(true);
    expect(textsOf(early).join('\n')).toContain('wil nu zelf niet leren');
    expect(questionField(lastCard(await driver.say('ja')))).toBe('leerbaar');
  });

  it.each([
    [
      'a soepel policy and a usable startkwalificatie',
      parsePolicy({ startkwalificatie: 'soepel' }),
      ['40', '1', 'nee', '5', 'ja'],
    ],
    ['minimumLeeftijd 16 and age 16', parsePolicy({ minimumLeeftijd: 16 }), ['16']],
  ])('does not stop early with %s', async (_name, policy, typed) => {
    const driver = new ScreeningDriver(policy);
    let replies = await driver.start();
    for (const text of typed) replies = await driver.say(text);
    expect(isEarlyStop(lastCard(replies))).toBe(false);
    expect(questionField(lastCard(replies))).toBeDefined();
  });

  it('stops early on a pre-filled exclusion before asking anything', async () => {
    const driver = new ScreeningDriver(DEFAULT_POLICY, { answers: { ingeschrevenMbo: true } });
    expect(isEarlyStop(lastCard(await driver.start()))).toBe(true);
  });
});

describe('screening dialog: pre-filled answers', () => {
  it('does not ask pre-filled answers again and asks invalid ones', async () => {
    const answers = {
      leeftijd: 34,
      situatie: 'werkzoekend',
      opleiding: 'geen',
      taal: 'vloeiend',
    } as unknown as Partial<Answers>;
    const driver = new ScreeningDriver(DEFAULT_POLICY, { answers });
    const first = lastCard(await driver.start());
    expect(questionField(first)).toBe('ingeschrevenMbo');
    expect(textsOf(first)).toContain(msg.progress(3, 15));
    const input = { ...byId('v01').input, leeftijd: 34, opleiding: 'geen' } as Answers;
    let replies = await driver.say('nee');
    const asked: string[] = [];
    while (!isSummary(lastCard(replies))) {
      const field = questionField(lastCard(replies)) as keyof Answers;
      asked.push(field);
      replies = await driver.submit({ [field]: String(input[field]) });
    }
    expect(asked).toContain('taal');
    expect(asked).not.toContain('leeftijd');
    expect(asked).not.toContain('opleiding');
  });
});
