import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsBsn, passesElfproef } from '../../privacy/bsn';
import { holdsBsn } from '../../bot/typedText';

describe('passesElfproef', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s', (bsn) => {
    expect(passesElfproef(bsn)).toBe(true);
  });

  it.each(['123456789', '111222334', '000000000', '12345678', '1234567820', '12345678a'])('rejects %s', (bsn) => {
    expect(passesElfproef(bsn)).toBe(false);
  });

  it('detects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
        fc.nat(8),
        fc.integer({ min: 1, max: 9 }),
        (first8, pos, delta) => {
          const weighted = first8.reduce((sum, d, i) => sum + d * (9 - i), 0);
          const check = weighted % 11; // weighted - check must be divisible by 11
          fc.pre(check <= 9 && first8.some((d) => d !== 0));
          const digits = [...first8, check];
          expect(passesElfproef(digits.join(''))).toBe(true);
          digits[pos] = (digits[pos]! + delta) % 10;
          expect(passesElfproef(digits.join(''))).toBe(false);
        },
      ),
    );
  });
});

describe('containsBsn', () => {
  it.each([
    'BSN 111222333',
    'bsn: 123 456 782.',
    'nummer 123.456.782 graag',
    'nummer 123-456-782',
    'BSN 1234.56.782',
    '111222333',
    'nummer 123 45 6782',
    // every way of writing the digits and the spaces between them
    '１１１２２２３３３', // full-width digits
    'bsn １２３ ４５６ ７８２',
    '111\u00a0222\u00a0333', // no-break space
    '111\u202f222\u202f333', // narrow no-break space
    '111\u2009222\u2009333', // thin space
    '111\u3000222\u3000333', // ideographic space
    '111\u200b222\u200b333', // zero-width space
    '111\u00ad222\u00ad333', // soft hyphen
    '١١١٢٢٢٣٣٣', // Arabic-Indic digits
    '१२३४५६७८२', // Devanagari digits
    '111_222_333',
    '111/222/333',
    '111\\222\\333',
    '111,222,333',
    '111 - 222 - 333',
    '111–222–333', // en dash
    '111—222—333', // em dash
    '1 1 1 2 2 2 3 3 3',
    '1-1-1-2-2-2-3-3-3',
    '111  222  333',
    // next to other numbers
    'nr 5 111222333',
    'nr 5 111 222 333',
    'dossier 12, 111222333',
    '111222333 1',
    'BSN:111222333.',
    'bsn=123456782',
    'PI-2026-111222333', // nine digits after the year: not a dossier id
    'PI-2026-10007KQ4 111222333',
  ])('finds a BSN in %j', (text) => {
    expect(containsBsn(text)).toBe(true);
  });

  it.each([
    'geen nummer hier',
    'nummer 123456789 klopt niet', // fails the elfproef
    'bel 06-12345678 of 0612345678',
    '+31 6 12345678',
    'postcode 1234 AB, huisnummer 12',
    'IBAN NL91ABNA0417164300',
    '1234567820', // ten digits: part of a longer number
    'geboren 17-05-1990',
    'tel 06 12 34 56 78',
    '0031 6 1234 5678',
    '+31 (0)6 1234 5678',
    '+31612345678',
    '020 123 4567',
    '020-1234567',
    '(06) 12345678',
    'geboren 17/05/1990',
    'geboren 1990-05-17',
    'geboren 17-05-1990, 3 kinderen',
    'op 1-2-2025 om 9:30 uur, kamer 12',
    'NL91 ABNA 0417 1643 00',
    'crebo 25180 en 25181',
    'crebo 25180, 25181, 25182',
    'werkproces B1-K1-W2 en B1-K2-W1',
    '€ 1.234,50 per maand, 32 uur per week',
    'KvK 12345678',
    '1234 AB 12',
    // a time whose digits pass the elfproef: 100000137 (a timestamp in stored state or a log)
    'opgeslagen 2026-12-02T10:00:00.137Z',
    'om 10:00:00.137',
    // a dossier id whose year and first five code digits pass the elfproef: 202610007
    'PI-2026-10007KQ4',
    'status pi-2026-10007kq4',
    // a UUID (card ids in stored state) whose hyphen-joined digit groups pass: 12345678-2…
    'kaart 12345678-2abc-4def-8abc-123456789abc',
  ])('finds no BSN in %j', (text) => {
    expect(containsBsn(text)).toBe(false);
  });
});

describe('containsBsn: ordinary numbers are not refused', () => {
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

  it('never takes a Dutch mobile number for a BSN, however it is written', () => {
    const formats = [
      (d: string) => `06${d}`,
      (d: string) => `06-${d}`,
      (d: string) => `06 ${d.slice(0, 4)} ${d.slice(4)}`,
      (d: string) => `06 ${d.match(/../g)!.join(' ')}`,
      (d: string) => `+31 6 ${d}`,
      (d: string) => `+316${d}`,
      (d: string) => `+31 (0)6 ${d.slice(0, 4)} ${d.slice(4)}`,
      (d: string) => `0031 6 ${d}`,
    ];
    fc.assert(
      fc.property(digits(8), fc.nat(formats.length - 1), fc.nat(20), (d, format, extra) => {
        expect(containsBsn(`bel ${formats[format]!(d)} of ${extra}`)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never takes a date (with a number after it) for a BSN', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1940-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.nat(99),
        fc.constantFrom('-', '/', '.'),
        (date, n, sep) => {
          const [y, m, d] = date.toISOString().slice(0, 10).split('-');
          expect(containsBsn(`geboren ${d}${sep}${m}${sep}${y}, ${n} kinderen`)).toBe(false);
          expect(containsBsn(`start ${y}-${m}-${d} ${n}`)).toBe(false);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never takes a postcode and house number for a BSN', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 999 }), (postcode, huisnummer) => {
        expect(containsBsn(`${postcode} AB ${huisnummer}`)).toBe(false);
        expect(containsBsn(`Dorpsstraat ${huisnummer}, ${postcode}AB Utrecht`)).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('holdsBsn: the one check on every message', () => {
  it("does not refuse the intake team's button for a dossier whose id holds nine digits with its year", () => {
    expect(holdsBsn({ value: { intakeActie: 'besluit', dossierId: 'PI-2026-10007KQ4' } })).toBe(false);
    expect(
      holdsBsn({ value: { intakeActie: 'info-nodig', dossierId: 'PI-2026-10007KQ4', vraag: 'bsn 111222333' } }),
    ).toBe(true);
  });
});
