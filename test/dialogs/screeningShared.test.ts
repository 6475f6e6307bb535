import { describe, expect, it } from 'vitest';
import { submitOf } from '../../dialogs/shared/submitOf';
import { isNotKnown, matchChoice, noValueYet, parseYesNoUnknown } from '../../dialogs/shared/meaning';
import { explainRequest, foldText, parseWholeNumber } from '../../dialogs/shared/typedAnswer';

describe('dialogs/shared typed answers', () => {
  it('folds case, accents, hyphens and punctuation', () => {
    expect(foldText('  Met-Begeleiding! ')).toBe('met begeleiding');
    expect(foldText('Wéét ik niet?')).toBe('weet ik niet');
  });

  it.each([
    ['ja', 'ja'],
    ['Ja!', 'ja'],
    ['nee', 'nee'],
    ['NEE.', 'nee'],
    ['weet ik niet', 'onbekend'],
    ['Onbekend', 'onbekend'],
    ['geen idee', 'onbekend'],
    ['misschien', undefined],
  ])('parseYesNoUnknown(%j) = %j', (text, expected) => {
    expect(parseYesNoUnknown(text)).toBe(expected);
  });

  it('reads "weet ik niet" from one list: as a whole answer, and as no value yet in the aanmelding', () => {
    for (const text of ['weet ik niet', 'Ik weet het nog niet', 'geen idee', 'nog geen idee', 'onbekend']) {
      expect(isNotKnown(text), text).toBe(true);
      expect(parseYesNoUnknown(text), text).toBe('onbekend');
      expect(noValueYet(text), text).toBe(true);
    }
    for (const text of ['', 'nog niet', 'nog geen', 'later', 'null']) expect(noValueYet(text), text).toBe(true);
    for (const text of ['nee', 'Jan de Boer', 'Tilburg', 'weet ik niet zeker']) {
      expect(noValueYet(text), text).toBe(false);
      expect(isNotKnown(text), text).toBe(false);
    }
  });

  it.each([
    ['42', 42],
    [' 42 jaar', 42],
    ['24 uur', 24],
    ['0', 0],
    ['4,5', undefined],
    ['-3', undefined],
    ['veertig', undefined],
    ['', undefined],
  ])('parseWholeNumber(%j) = %j', (text, expected) => {
    expect(parseWholeNumber(text)).toBe(expected);
  });

  const choices = [
    { value: 'erkend', label: 'Ja, bij een erkend leerbedrijf' },
    { value: 'niet-erkend', label: 'Ja, maar nog niet erkend' },
    { value: 'geen', label: 'Nee, nog geen leerbaan' },
  ];
  const yesNo = [
    { value: 'true', label: 'Ja' },
    { value: 'false', label: 'Nee' },
    { value: 'null', label: 'Weet ik niet' },
  ];
  it.each([
    ['2', choices, 'niet-erkend'],
    ['4', choices, undefined],
    ['NIET ERKEND', choices, 'niet-erkend'],
    ['ja, bij een erkend leerbedrijf', choices, 'erkend'],
    ['ja', choices, undefined],
    ['ja', yesNo, 'true'],
    ['Nee', yesNo, 'false'],
    ['weet niet', yesNo, 'null'],
    ['true', yesNo, 'true'],
  ])('matchChoice(%j) = %j', (text, list, expected) => {
    expect(matchChoice(text, list)).toBe(expected);
  });

  it.each([
    ['waarom?', {}],
    ['Uitleg', {}],
    ['uitleg derde leerweg', { topic: 'derde leerweg' }],
    ['Wat is een startkwalificatie?', { topic: 'startkwalificatie' }],
    ['ja', undefined],
    ['42', undefined],
  ])('explainRequest(%j) = %j', (text, expected) => {
    expect(explainRequest(text)).toEqual(expected);
  });

  it('submitOf returns only plain-object card values', () => {
    expect(submitOf({ value: { leeftijd: '42' } })).toEqual({ leeftijd: '42' });
    expect(submitOf({ text: '42' })).toBeUndefined();
    expect(submitOf({ value: ['x'] })).toBeUndefined();
    expect(submitOf({ value: 'x' })).toBeUndefined();
    expect(submitOf({ value: null })).toBeUndefined();
  });
});
