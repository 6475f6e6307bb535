import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, fieldMeta } from '../../intake/screening/answers';
import { DEFAULT_POLICY } from '../../intake/screening/policy';
import { ADVIES_PRIORITY, type Advies } from '../../intake/screening/rules';
import { screen } from '../../intake/screening/screen';
import { questionCard, summaryCard } from '../../dialogs/screening/cards';
import { fieldMessages, screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import { earlyStopCard, resultCard } from '../../dialogs/screening/resultCard';
import { loadScreeningCases } from '../fixtures/screeningCases';
import type { Card } from './screeningDriver';
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
      expect(input.choices).toEqual(Object.entries(fieldMessages[field].choices!).map(([value, title]) => ({ title, value })));
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
  const answersFor: Record<Advies, number> = { kansrijk: 0, bespreken: 2, 'diploma-route': 4, 'niet-toelaatbaar': 6 };
  const colors: Record<Advies, string> = { kansrijk: 'good', bespreken: 'warning', 'diploma-route': 'accent', 'niet-toelaatbaar': 'attention' };

  it.each(ADVIES_PRIORITY)('%s: one coloured line with its own icon', (advies) => {
    const advice = screen(cases[answersFor[advies]]!.input, DEFAULT_POLICY);
    expect(advice.advies).toBe(advies);
    const card = asCard(resultCard(advice));
    expect(card.version).toBe('1.5');
    const line = card.body.find((e) => e.color);
    expect(line).toMatchObject({ color: colors[advies], text: `${msg.result.icon[advies]} ${msg.result.advies[advies]}` });
  });

  it('says so when there are no reasons or to-dos', () => {
    const texts = textsOf(asCard(resultCard(screen(cases[0]!.input, DEFAULT_POLICY))));
    expect(texts).toContain(msg.result.noReasons);
    expect(texts).toContain(msg.result.noActions);
  });

  it('early stop: no claim about to-dos that were not asked yet, and the choice to continue', () => {
    const advice = { ...screen(cases[6]!.input, DEFAULT_POLICY), acties: [] };
    const card = asCard(earlyStopCard(advice));
    expect(textsOf(card)).not.toContain(msg.result.noActions);
    expect(textsOf(card)).toContain(msg.earlyStop.question);
    expect(card.actions.map((a) => a.data)).toEqual([{ vervolg: 'doorgaan' }, { vervolg: 'stoppen' }, { menu: 'screening' }]);
  });
});
