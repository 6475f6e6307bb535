import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsBsn, passesElfproef } from '../../intake/privacy/bsn';

describe('passesElfproef', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s', (bsn) => {
    expect(passesElfproef(bsn)).toBe(true);
  });

  it.each(['123456789', '111222334', '000000000', '12345678', '1234567820', '12345678a'])('rejects %s', (bsn) => {
    expect(passesElfproef(bsn)).toBe(false);
  });

  it('detects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), fc.nat(8), fc.integer({ min: 1, max: 9 }), (first8, pos, delta) => {
        const weighted = first8.reduce((sum, d, i) => sum + d * (9 - i), 0);
        const check = weighted % 11; // weighted - check must be divisible by 11
        fc.pre(check <= 9 && first8.some((d) => d !== 0));
        const digits = [...first8, check];
        expect(passesElfproef(digits.join(''))).toBe(true);
        digits[pos] = (digits[pos]! + delta) % 10;
        expect(passesElfproef(digits.join(''))).toBe(false);
      }),
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
  ])('finds no BSN in %j', (text) => {
    expect(containsBsn(text)).toBe(false);
  });
});
