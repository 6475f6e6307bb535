import { describe, expect, it } from 'vitest';
import { kandidaatByRules } from '../../intake/prefill/kandidaatRules';

describe('the kandidaat from a first typed message (rules, no model)', () => {
  it.each([
    [
      'Ahmed Benali, geboren 12-05-1981, Tilburg, 06-12345678',
      { naam: 'Ahmed Benali', geboortedatum: '1981-05-12', woonplaats: 'Tilburg', telefoon: '06-12345678' },
    ],
    [
      'Fatima el Amrani geboren 4 juni 1995 woont in Den Haag tel 0612345678 fatima@voorbeeld.nl',
      {
        naam: 'Fatima el Amrani',
        geboortedatum: '1995-06-04',
        woonplaats: 'Den Haag',
        telefoon: '0612345678',
        email: 'fatima@voorbeeld.nl',
      },
    ],
    ['naam: Jan de Vries, uit Bergen op Zoom', { naam: 'Jan de Vries', woonplaats: 'Bergen op Zoom' }],
    ['Ahmed Benali', { naam: 'Ahmed Benali' }],
  ])('reads "%s"', (text, expected) => {
    expect(kandidaatByRules(text)).toEqual(expected);
  });

  it.each(['1995', 'Ahmed', 'hij wil graag in de zorg werken', 'Gemeente Tilburg', 'zo snel mogelijk'])(
    'finds no name in "%s"',
    (text) => {
      expect(kandidaatByRules(text).naam).toBeUndefined();
    },
  );
});
