import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, fieldMeta } from '../../intake/screening/answers';
import type { Answers } from '../../intake/screening/answers';
import { CRITERIA_VOLDAAN, GEEN_BAANGARANTIE, INFO_TODO, REASON_UITLEG } from '../../intake/screening/explanations.nl';
import { DEFAULT_POLICY, parsePolicy } from '../../intake/screening/policy';
import { ADVIES_PRIORITY, type Advies } from '../../intake/screening/rules';
import { screen } from '../../intake/screening/screen';
import { questionCard, summaryCard } from '../../dialogs/screening/cards';
import { fieldMessages, glossary, screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import { earlyStopCard, resultCard } from '../../dialogs/screening/resultCard';
import { loadScreeningCases } from '../fixtures/screeningCases';
import { adviceLine, type Card } from './screeningDriver';
import { factsOf, inputOf, textsOf } from './screeningDriver';

const asCard = (card: unknown) => JSON.parse(JSON.stringify(card)) as Card;
const cases = loadScreeningCases();

describe('question cards', () => {
  it.each(ANSWER_FIELDS)('%s: Adaptive Card 1.5, input id = field, Dutch label, hint and a submit', (field) => {
    const card = asCard(questionCard(field, { number: 2, total: 15 }));
    expect(card.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    expect(card.version).toBe('1.5');
    const input = inputOf(card)!;
    expect(input.id).toBe(field);
    expect(input.label).toBe(fieldMessages[field].label);
    const kind = fieldMeta(field).kind;
    const expectedType = { integer: 'Input.Number', text: 'Input.Text' }[kind as string] ?? 'Input.ChoiceSet';
    expect(input.type).toBe(expectedType);
    if (expectedType === 'Input.ChoiceSet') {
      expect(input.choices).toEqual(
        Object.entries(fieldMessages[field].choices!).map(([value, title]) => ({ title, value })),
      );
    }
    expect(textsOf(card)).toContain(`**${msg.whyHeading}** ${fieldMessages[field].hint}`);
    expect(textsOf(card)).toContain(msg.progress(2, 15));
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', title: msg.next })]);
  });

  it('uses the policy bounds on number inputs', () => {
    expect(inputOf(asCard(questionCard('leeftijd', { number: 1, total: 15 })))).toMatchObject({ min: 0, max: 120 });
    expect(inputOf(asCard(questionCard('urenPerWeek', { number: 1, total: 15 })))).toMatchObject({ min: 0, max: 60 });
  });
});

describe('summary card', () => {
  it('lists every asked answer in plain Dutch and offers change and confirm', () => {
    const card = asCard(summaryCard(cases[2]!.input));
    expect(factsOf(card)).toMatchObject({
      Leeftijd: '49 jaar',
      'Hoogste diploma': 'Mbo niveau 2 of hoger',
      'Diploma nog bruikbaar': 'Nee, verouderd of niet meer uit te oefenen',
      'Ingeschreven bij mbo': 'Nee',
      Werkfit: 'Ja',
      Interesses: 'logistiek',
    });
    const change = card.body.find((e) => e.id === 'wijzig') as unknown as { choices: { value: string }[] };
    expect(change.choices.map((c) => c.value)).toHaveLength(16);
    expect(card.actions.map((a) => a.data)).toEqual([{ actie: 'bevestig' }, { actie: 'wijzig' }]);
    expect(card.actions[0]?.title).toBe('Klopt, toon advies');
  });

  it('leaves out startkwalificatieBruikbaar without a startkwalificatie', () => {
    const card = asCard(summaryCard({ ...cases[0]!.input, interesses: '' }));
    expect(Object.keys(factsOf(card))).not.toContain('Diploma nog bruikbaar');
    expect(factsOf(card).Interesses).toBe(msg.summary.empty);
  });
});

describe('result card', () => {
  const answersFor: Record<Advies, number> = { kansrijk: 0, bespreken: 2, 'diploma-route': 4, 'niet-toelaatbaar': 7 };
  const colors: Record<Advies, string> = {
    kansrijk: 'good',
    bespreken: 'warning',
    'diploma-route': 'accent',
    'niet-toelaatbaar': 'default',
  };
  const cardFor = (input: Answers) => asCard(resultCard(screen(input, DEFAULT_POLICY), input, DEFAULT_POLICY));
  const bullets = (card: Card) =>
    textsOf(card)
      .filter((t) => t.startsWith('• '))
      .map((t) => t.slice(2));

  it.each(ADVIES_PRIORITY)('%s: one calm line with its own icon', (advies) => {
    const { input } = cases[answersFor[advies]]!;
    const card = cardFor(input);
    expect(card.version).toBe('1.5');
    const line = adviceLine(card);
    expect(line?.style).toBe(colors[advies]);
    expect(line?.text).toMatch(new RegExp(`^${msg.result.icon[advies]} `));
    expect(JSON.stringify(card)).not.toContain('"color"'); // no coloured text: contrast is the host's
    expect(card.actions.filter((a) => a.style === 'positive')).toHaveLength(1);
  });

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: non-binding wording, the advice code for the aanmelding and no job guarantee',
    (_, c) => {
      const policy = parsePolicy(c.policy);
      const advice = screen(c.input, policy);
      const card = asCard(resultCard(advice, c.input, policy));
      const texts = textsOf(card).join('\n');
      expect(texts).not.toMatch(/⛔|toelaatbaar|beslist|beslissen|staat .*vast/i);
      expect(texts).toContain('niet bindend');
      expect(bullets(card)).toContain(GEEN_BAANGARANTIE);
      expect(card.actions.find((a) => a.title === msg.result.aanmelding)?.data).toEqual({
        menu: 'aanmelding',
        advies: c.verwacht.advies,
      });
    },
  );

  it('kansrijk names the conditions that were met', () => {
    const card = cardFor(cases[0]!.input);
    expect(textsOf(card)).toContain(msg.result.criteriaIntro);
    expect(bullets(card)).toEqual(expect.arrayContaining(CRITERIA_VOLDAAN(DEFAULT_POLICY)));
    expect(textsOf(card)).toContain(msg.result.noActions);
  });

  it('a learner who cannot join a class is kansrijk, and the card and the glossary say why (policy: both for the diploma route)', () => {
    const input = { ...cases[0]!.input, leerbaar: 'ja', schoolbaar: 'nee' } as Answers;
    expect(screen(input, DEFAULT_POLICY).advies).toBe('kansrijk');
    const basis = bullets(cardFor(input)).join(' ');
    expect(basis).toMatch(/mbo-opleiding aan/);
    expect(basis).toMatch(/meedoen in een klas/);
    const leerbaarheid = glossary.find((g) => g.names.includes('leerbaarheid'))!.text;
    expect(leerbaarheid).toMatch(/schoolbaarheid/);
  });

  it('"past nu niet" says whether a hard condition or voluntariness is the reason', () => {
    expect(textsOf(cardFor(cases[6]!.input))).toContain(
      `${msg.result.icon['niet-toelaatbaar']} ${msg.result.pastNuNiet.vrijwillig}`,
    );
    expect(textsOf(cardFor(cases[7]!.input))).toContain(
      `${msg.result.icon['niet-toelaatbaar']} ${msg.result.pastNuNiet.voorwaarde}`,
    );
  });

  it('puts the deciding reason first and the others under "Verder van belang"', () => {
    const input: Answers = { ...cases[2]!.input, ingeschrevenMbo: true, taal: 'onvoldoende' };
    const texts = textsOf(cardFor(input));
    const first = texts[texts.indexOf(msg.result.reasonsTitle) + 1];
    expect(first).toBe(`• ${REASON_UITLEG.INGESCHREVEN_MBO(DEFAULT_POLICY)}`);
    expect(texts.indexOf(msg.result.otherReasonsTitle)).toBeLessThan(
      texts.indexOf(`• ${REASON_UITLEG.TAAL_ONVOLDOENDE(DEFAULT_POLICY)}`),
    );
  });

  it('turns informative answers into to-dos: limited Dutch, an uitkering', () => {
    expect(bullets(cardFor(cases[1]!.input))).toContain(INFO_TODO.taalBeperkt); // taal beperkt
    expect(bullets(cardFor(cases[0]!.input))).toContain(INFO_TODO.uitkering); // participatiewet
    expect(bullets(cardFor(cases[4]!.input))).not.toContain(INFO_TODO.uitkering); // geen uitkering
  });

  it('early stop: no claim about to-dos that were not asked yet, and the choice to continue', () => {
    const advice = { ...screen(cases[6]!.input, DEFAULT_POLICY), acties: [] };
    const card = asCard(earlyStopCard(advice, { motivatie: 'nee' }, DEFAULT_POLICY));
    expect(textsOf(card)).not.toContain(msg.result.noActions);
    expect(textsOf(card)).toContain(msg.earlyStop.question);
    expect(textsOf(card)).toContain(msg.why.changeHint); // "wijzig leeftijd" works here too: say so
    expect(card.actions.map((a) => a.data)).toEqual([{ vervolg: 'doorgaan' }, { vervolg: 'stoppen' }]);
  });
});
