import { describe, expect, it } from 'vitest';
import { looksLikeName } from '../../dialogs/aanmelding/applyAnswers';
import { kandidaatByRules } from '../../intake/prefill/kandidaatRules';
import { findNames } from '../../intake/prefill/nameDetector';
import { isCommonWord } from '../../intake/prefill/nameStopwords';

const namesIn = (text: string) => findNames(text).map((span) => text.slice(span.start, span.end));

/** "An ordinary word, not a name": one check for the name detector, the kandidaat rules and the name fields. */
describe('isCommonWord: the one hyphen rule', () => {
  it.each(['Klopt', 'e-mail', 'Re-integratie', 'Wajong-uitkering', 'mbo-2', 'MBO-4', 'vmbo-bk', 'VMBO-KB', 'havo-vwo'])(
    '"%s" is an ordinary word',
    (word) => expect(isCommonWord(word)).toBe(true),
  );

  it.each(['Jansen-de', 'Al-Hassan', 'Mei-Li', 'Benali', 'Jansen'])('"%s" is (part of) a name', (word) =>
    expect(isCommonWord(word)).toBe(false),
  );

  it('a name field takes a hyphenated name and refuses a hyphenated level or benefit', () => {
    for (const name of ['Jansen-de Vries', 'Sanne Jansen-de Vries', 'Mei-Li']) expect(looksLikeName(name)).toBe(true);
    for (const word of ['vmbo-bk', 'havo-vwo', 'wajong-uitkering', 'Re-integratie'])
      expect(looksLikeName(word)).toBe(false);
  });

  it('the kandidaat rules and the name detector read a hyphenated name, not a capitalised ordinary word', () => {
    expect(kandidaatByRules('Sanne Jansen-de Vries, Tilburg').naam).toBe('Sanne Jansen-de Vries');
    expect(namesIn('Cliënt Sanne Jansen-de Vries volgt een Re-integratie traject')).toEqual(['Sanne Jansen-de Vries']);
    expect(namesIn('Hij zit in een Re-integratie traject')).toEqual([]);
  });
});
