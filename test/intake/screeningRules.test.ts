import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_SHAPE, type Answers } from '../../intake/screening/answers';
import { ACTION_UITLEG, DISCLAIMER, REASON_UITLEG } from '../../intake/screening/explanations.nl';
import { DEFAULT_POLICY, parsePolicy } from '../../intake/screening/policy';
import { ACTIONS, RULES, type ActionCode, type Advies, type ReasonCode } from '../../intake/screening/rules';
import { screen, screenEarly } from '../../intake/screening/screen';
import { KANSRIJK_ANSWERS } from '../../intake/screening/exampleAnswers';

/** No rule fires and no action applies for these answers. */
const BASE: Answers = { ...KANSRIJK_ANSWERS, leeftijd: 37, interesses: 'schoonmaak' };
const STRENG = DEFAULT_POLICY;
const SOEPEL = parsePolicy({ startkwalificatie: 'soepel' });

const codes = (items: readonly { code: string }[]) => items.map((item) => item.code);
const run = (overrides: Partial<Answers>, policy = STRENG) => screen({ ...BASE, ...overrides }, policy);

describe('screen: every rule of the policy table', () => {
  const table: [ReasonCode, Partial<Answers>, Advies, Advies][] = [
    ['LEEFTIJD_ONDER_MINIMUM', { leeftijd: 17 }, 'niet-toelaatbaar', 'niet-toelaatbaar'],
    ['NOG_LEERLING_PRO_VSO', { situatie: 'leerling-pro-vso' }, 'niet-toelaatbaar', 'niet-toelaatbaar'],
    ['INGESCHREVEN_MBO', { ingeschrevenMbo: true }, 'niet-toelaatbaar', 'niet-toelaatbaar'],
    ['GEEN_MOTIVATIE', { motivatie: 'nee' }, 'niet-toelaatbaar', 'niet-toelaatbaar'],
    [
      'STARTKWALIFICATIE_BRUIKBAAR',
      { opleiding: 'mbo2plus', startkwalificatieBruikbaar: true },
      'niet-toelaatbaar',
      'bespreken',
    ],
    [
      'STARTKWALIFICATIE_BRUIKBAAR',
      { opleiding: 'havo-vwo', startkwalificatieBruikbaar: true },
      'niet-toelaatbaar',
      'bespreken',
    ],
    ['DIPLOMAROUTE_HAALBAAR', { leerbaar: 'ja', schoolbaar: 'ja' }, 'diploma-route', 'diploma-route'],
    [
      'STARTKWALIFICATIE_VEROUDERD',
      { opleiding: 'mbo2plus', startkwalificatieBruikbaar: false },
      'bespreken',
      'bespreken',
    ],
    [
      'STARTKWALIFICATIE_VEROUDERD',
      { opleiding: 'havo-vwo', startkwalificatieBruikbaar: false },
      'bespreken',
      'bespreken',
    ],
    [
      'STARTKWALIFICATIE_ONBEKEND',
      { opleiding: 'havo-vwo', startkwalificatieBruikbaar: null },
      'bespreken',
      'bespreken',
    ],
    ['BUITENLANDS_DIPLOMA', { opleiding: 'buitenlands' }, 'bespreken', 'bespreken'],
    ['LEERBAARHEID_ONBEKEND', { leerbaar: 'onbekend' }, 'bespreken', 'bespreken'],
    ['SCHOOLBAARHEID_ONBEKEND', { schoolbaar: 'onbekend' }, 'bespreken', 'bespreken'],
    ['MOTIVATIE_TWIJFEL', { motivatie: 'twijfel' }, 'bespreken', 'bespreken'],
    ['NIET_WERKFIT', { werkfit: 'nee' }, 'bespreken', 'bespreken'],
    ['TAAL_ONVOLDOENDE', { taal: 'onvoldoende' }, 'bespreken', 'bespreken'],
  ];

  it('covers every rule code', () => {
    expect(new Set(table.map(([code]) => code))).toEqual(new Set(RULES.map((rule) => rule.code)));
  });

  it.each(table)('%s fires alone for %o (streng: %s, soepel: %s)', (code, overrides, streng, soepel) => {
    for (const [policy, advies] of [
      [STRENG, streng],
      [SOEPEL, soepel],
    ] as const) {
      const advice = run(overrides, policy);
      expect(advice.advies).toBe(advies);
      expect(codes(advice.redenen)).toEqual([code]);
      expect(advice.redenen[0]?.uitleg).toMatch(/\w{3,}.*\./);
      expect(advice.acties).toEqual([]);
    }
  });

  it('gives kansrijk with no reasons when no rule fires', () => {
    expect(run({})).toEqual({ advies: 'kansrijk', redenen: [], acties: [], disclaimer: DISCLAIMER });
  });
});

describe('screen: answers that fire no rule', () => {
  const quiet: Partial<Answers>[] = [
    { taal: 'beperkt' },
    { werkfit: 'met-begeleiding' },
    ...ANSWER_SHAPE.uitkering.options.map((uitkering) => ({ uitkering })),
    { urenPerWeek: 0 },
    { urenPerWeek: 60 },
    { leeftijd: 18 },
    { leeftijd: 120 },
    { leerbaar: 'ja', schoolbaar: 'nee' },
    { leerbaar: 'nee', schoolbaar: 'ja' },
    ...(['geen', 'pro-vso', 'entree', 'vmbo'] as const).flatMap((opleiding) =>
      [true, false, null].map((startkwalificatieBruikbaar) => ({ opleiding, startkwalificatieBruikbaar })),
    ),
    ...(['werkzoekend', 'werkend', 'gedetineerd', 'schoolverlater'] as const).map((situatie) => ({ situatie })),
  ];
  it.each(quiet)('%o → kansrijk', (overrides) => {
    expect(run(overrides)).toMatchObject({ advies: 'kansrijk', redenen: [] });
  });

  it('treats a foreign diploma as no startkwalificatie, whatever startkwalificatieBruikbaar says', () => {
    for (const startkwalificatieBruikbaar of [true, false, null]) {
      const advice = run({ opleiding: 'buitenlands', startkwalificatieBruikbaar });
      expect(codes(advice.redenen)).toEqual(['BUITENLANDS_DIPLOMA']);
      expect(advice.advies).toBe('bespreken');
    }
  });
});

describe('screen: actions', () => {
  const table: [ActionCode, Partial<Answers>][] = [
    ['LEERBEDRIJF_ZOEKEN', { leerbedrijf: 'geen' }],
    ['ERKENNING_LEERBEDRIJF', { leerbedrijf: 'niet-erkend' }],
    ['INKOMEN_REGELEN', { inkomen: 'onbekend' }],
    ['BEGELEIDING_REGELEN', { begeleiding: false }],
  ];

  it('covers every action code', () => {
    expect(table.map(([code]) => code)).toEqual(ACTIONS.map((action) => action.code));
  });

  it.each(table)('%s applies for %o and never changes the advice', (code, overrides) => {
    const advice = run(overrides);
    expect(advice.advies).toBe('kansrijk');
    expect(codes(advice.acties)).toEqual([code]);
    expect(advice.acties[0]?.uitleg).toMatch(/\w{3,}.*\./);
    for (const other of [
      { motivatie: 'nee' },
      { leerbaar: 'ja', schoolbaar: 'ja' },
      { taal: 'onvoldoende' },
    ] as const) {
      const withRule = run({ ...overrides, ...other });
      expect(withRule.advies).toBe(run(other).advies);
      expect(codes(withRule.acties)).toEqual([code]);
    }
  });

  it('lists several actions in table order', () => {
    const advice = run({ begeleiding: false, inkomen: 'onbekend', leerbedrijf: 'geen' });
    expect(codes(advice.acties)).toEqual(['LEERBEDRIJF_ZOEKEN', 'INKOMEN_REGELEN', 'BEGELEIDING_REGELEN']);
  });
});

describe('screen: priority and order', () => {
  it.each([
    [{ motivatie: 'nee', leerbaar: 'ja', schoolbaar: 'ja' }, 'niet-toelaatbaar'],
    [{ leeftijd: 16, taal: 'onvoldoende' }, 'niet-toelaatbaar'],
    [{ leerbaar: 'ja', schoolbaar: 'ja', taal: 'onvoldoende', werkfit: 'nee' }, 'diploma-route'],
    [{ leerbaar: 'ja', schoolbaar: 'ja', motivatie: 'twijfel' }, 'diploma-route'],
    [{ werkfit: 'nee', taal: 'beperkt' }, 'bespreken'],
  ] as [Partial<Answers>, Advies][])('%o → %s', (overrides, advies) => {
    expect(run(overrides).advies).toBe(advies);
  });

  it('lists every fired rule in table order, not only the deciding one', () => {
    const all: Partial<Answers> = {
      leeftijd: 16,
      situatie: 'leerling-pro-vso',
      ingeschrevenMbo: true,
      motivatie: 'twijfel',
      opleiding: 'mbo2plus',
      startkwalificatieBruikbaar: null,
      leerbaar: 'onbekend',
      schoolbaar: 'onbekend',
      werkfit: 'nee',
      taal: 'onvoldoende',
    };
    expect(codes(run(all).redenen)).toEqual([
      'LEEFTIJD_ONDER_MINIMUM',
      'NOG_LEERLING_PRO_VSO',
      'INGESCHREVEN_MBO',
      'STARTKWALIFICATIE_ONBEKEND',
      'LEERBAARHEID_ONBEKEND',
      'SCHOOLBAARHEID_ONBEKEND',
      'MOTIVATIE_TWIJFEL',
      'NIET_WERKFIT',
      'TAAL_ONVOLDOENDE',
    ]);
  });

  it('keeps a soepel startkwalificatie below the diploma route', () => {
    const overrides = {
      opleiding: 'mbo2plus',
      startkwalificatieBruikbaar: true,
      leerbaar: 'ja',
      schoolbaar: 'ja',
    } as const;
    expect(run(overrides, SOEPEL).advies).toBe('diploma-route');
    expect(run(overrides, STRENG).advies).toBe('niet-toelaatbaar');
    expect(codes(run(overrides, SOEPEL).redenen)).toEqual(['STARTKWALIFICATIE_BRUIKBAAR', 'DIPLOMAROUTE_HAALBAAR']);
  });
});

describe('screen: policy settings', () => {
  it.each([
    [15, 14, 15],
    [16, 15, 16],
    [21, 20, 21],
    [30, 29, 30],
  ])('minimumLeeftijd %i: %i is too young, %i is not', (minimumLeeftijd, tooYoung, oldEnough) => {
    const policy = parsePolicy({ minimumLeeftijd });
    const young = screen({ ...BASE, leeftijd: tooYoung }, policy);
    expect(young.advies).toBe('niet-toelaatbaar');
    expect(young.redenen[0]?.uitleg).toContain(`${minimumLeeftijd} jaar`);
    expect(screen({ ...BASE, leeftijd: oldEnough }, policy).advies).toBe('kansrijk');
  });

  it('explains STARTKWALIFICATIE_BRUIKBAAR differently for streng and soepel', () => {
    const overrides = { opleiding: 'mbo2plus', startkwalificatieBruikbaar: true } as const;
    expect(run(overrides, STRENG).redenen[0]?.uitleg).not.toBe(run(overrides, SOEPEL).redenen[0]?.uitleg);
  });
});

describe('explanations', () => {
  it('gives every reason and action its own plain-Dutch uitleg, and says the advice is indicative', () => {
    const reasons = RULES.map((rule) => REASON_UITLEG[rule.code](STRENG));
    const actions = ACTIONS.map((action) => ACTION_UITLEG[action.code]);
    expect(new Set([...reasons, ...actions]).size).toBe(RULES.length + ACTIONS.length);
    for (const text of [...reasons, ...actions]) expect(text).toMatch(/^[A-Z].{20,}\.$/);
    expect(DISCLAIMER).toContain('indicatief');
    expect(DISCLAIMER).toMatch(/niet bindend/);
    expect(DISCLAIMER).not.toMatch(/beslist/);
  });
});

describe('screenEarly: certain exclusions before all answers are in', () => {
  it.each([
    [{ leeftijd: 16 }, ['LEEFTIJD_ONDER_MINIMUM']],
    [{ leeftijd: 40, situatie: 'leerling-pro-vso' }, ['NOG_LEERLING_PRO_VSO']],
    [{ ingeschrevenMbo: true, taal: 'onvoldoende' }, ['INGESCHREVEN_MBO', 'TAAL_ONVOLDOENDE']],
    [{ motivatie: 'nee' }, ['GEEN_MOTIVATIE']],
    [{ opleiding: 'havo-vwo', startkwalificatieBruikbaar: true }, ['STARTKWALIFICATIE_BRUIKBAAR']],
  ] as [Partial<Answers>, ReasonCode[]][])('%o → niet-toelaatbaar with %o', (partial, reasons) => {
    const advice = screenEarly(partial, STRENG);
    expect(advice?.advies).toBe('niet-toelaatbaar');
    expect(codes(advice?.redenen ?? [])).toEqual(reasons);
    expect(advice?.disclaimer).toBe(DISCLAIMER);
  });

  it.each([
    [{}],
    [{ leeftijd: 18, situatie: 'werkend', ingeschrevenMbo: false }],
    [{ opleiding: 'mbo2plus' }],
    [{ leerbaar: 'onbekend', werkfit: 'nee' }],
    [{ leerbaar: 'ja', schoolbaar: 'ja' }],
  ] as [Partial<Answers>][])('%o → not certain yet', (partial) => {
    expect(screenEarly(partial, STRENG)).toBeUndefined();
  });

  it('is not an exclusion with a soepel policy or a lower minimum age', () => {
    expect(screenEarly({ opleiding: 'mbo2plus', startkwalificatieBruikbaar: true }, SOEPEL)).toBeUndefined();
    expect(screenEarly({ leeftijd: 16 }, parsePolicy({ minimumLeeftijd: 16 }))).toBeUndefined();
  });

  it('lists only the to-dos whose answers are known', () => {
    const advice = screenEarly({ motivatie: 'nee', begeleiding: false }, STRENG);
    expect(codes(advice?.acties ?? [])).toEqual(['BEGELEIDING_REGELEN']);
  });

  it('agrees with screen() once all answers are known', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(STRENG, SOEPEL), (answers, policy) => {
        const full = screen(answers, policy);
        const early = screenEarly(answers, policy);
        if (early) expect(early).toEqual(full);
        else expect(full.advies).not.toBe('niet-toelaatbaar');
      }),
    );
  });

  it('rules and actions read only the fields they declare', () => {
    fc.assert(
      fc.property(answersArb, answersArb, fc.constantFrom(STRENG, SOEPEL), (a, b, policy) => {
        for (const rule of RULES) {
          const mixed = { ...b, ...pick(a, rule.fields) };
          expect(rule.fires(mixed, policy)).toBe(rule.fires(a, policy));
        }
        for (const action of ACTIONS)
          expect(action.applies({ ...b, ...pick(a, action.fields) })).toBe(action.applies(a));
      }),
    );
  });
});

const answersArb: fc.Arbitrary<Answers> = fc.record({
  leeftijd: fc.integer({ min: 0, max: 120 }),
  situatie: fc.constantFrom(...ANSWER_SHAPE.situatie.options),
  uitkering: fc.constantFrom(...ANSWER_SHAPE.uitkering.options),
  opleiding: fc.constantFrom(...ANSWER_SHAPE.opleiding.options),
  startkwalificatieBruikbaar: fc.constantFrom(true, false, null),
  ingeschrevenMbo: fc.boolean(),
  leerbaar: fc.constantFrom(...ANSWER_SHAPE.leerbaar.options),
  schoolbaar: fc.constantFrom(...ANSWER_SHAPE.schoolbaar.options),
  taal: fc.constantFrom(...ANSWER_SHAPE.taal.options),
  motivatie: fc.constantFrom(...ANSWER_SHAPE.motivatie.options),
  werkfit: fc.constantFrom(...ANSWER_SHAPE.werkfit.options),
  urenPerWeek: fc.integer({ min: 0, max: 60 }),
  leerbedrijf: fc.constantFrom(...ANSWER_SHAPE.leerbedrijf.options),
  inkomen: fc.constantFrom(...ANSWER_SHAPE.inkomen.options),
  begeleiding: fc.boolean(),
  interesses: fc.string(),
});

function pick(answers: Answers, fields: readonly (keyof Answers)[]): Partial<Answers> {
  return Object.fromEntries(fields.map((field) => [field, answers[field]]));
}
