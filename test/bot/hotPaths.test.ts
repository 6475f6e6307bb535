import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depthOf, jsonTextDepth, MAX_JSON_DEPTH } from '../../bot/requestBody';
import { containsBsn, normalise } from '../../privacy/bsn';

// The fast paths on every turn must answer exactly as the general code they skip.
describe('hot-path shortcuts agree with the general code', () => {
  it('BSN normalise: printable ASCII comes back unchanged, as the full Unicode folding leaves it', () => {
    const full = (text: string) =>
      text
        .normalize('NFKC')
        .replace(/\p{Cf}/gu, '')
        .replace(/[\s\p{Z}]/gu, ' ');
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(normalise(s)).toBe(s);
        expect(full(s)).toBe(s);
      }),
    );
    // and text outside it still takes the full path
    expect(normalise('１１１２２２３３３')).toBe('111222333');
    expect(normalise('111\u00a0222\u200b333\t')).toBe('111 222333 ');
    expect(containsBsn('mijn nummer is 111222333')).toBe(true);
    expect(containsBsn('mijn nummer is １１１２２２３３３')).toBe(true);
  });

  it('request body depth: counted on the JSON text, the same as on the parsed value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        expect(jsonTextDepth(text)).toBe(depthOf(JSON.parse(text)));
      }),
    );
    const tricky = '{"a":"[[[{{{\\"]]","b":[{"c":[]}]}';
    expect(jsonTextDepth(tricky)).toBe(depthOf(JSON.parse(tricky))); // brackets in strings do not count
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    expect(jsonTextDepth(deep)).toBeGreaterThan(MAX_JSON_DEPTH);
  });
});
