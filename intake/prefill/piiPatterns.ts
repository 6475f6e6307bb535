/**
 * Patterns for personal data in Dutch free text, applied in this order by `redact`. Each
 * pattern is global; `keep` can veto a match (a "date" that is no real date). Ages
 * ("34 jaar"), hours ("20 uur") and crebo numbers (5 digits) match none of them.
 */
export type PiiKind = 'email' | 'iban' | 'telefoon' | 'bsn' | 'datum' | 'postcode' | 'adres';

export type PiiPattern = { kind: PiiKind; regex: RegExp; keep?: (match: RegExpExecArray) => boolean };

const MONTHS =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|(?:jan|feb|mrt|' +
  'apr|jun|jul|aug|sept?|okt|nov|dec)\\.?)';

const validDayMonth = (m: RegExpExecArray) => {
  const day = Number(m[1]);
  const month = Number(m[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
};

export const PII_PATTERNS: readonly PiiPattern[] = [
  { kind: 'email', regex: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu },
  { kind: 'iban', regex: /\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){10}\b/g },
  // Dutch numbers: 0 or +31/0031 (optionally "(0)"), then nine digits starting 1-9, with
  // single spaces, dots, dashes or an area-code bracket between them.
  {
    kind: 'telefoon',
    regex:
      /(?<![\p{L}\d+])(?:(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?|\(0(?=[1-9]\d{1,3}\))|0)[1-9](?:[ .)-]{0,2}\d){8}(?![ .-]?\d)/gu,
  },
  // Anything BSN-like: nine digits, optionally grouped (no elfproef: a near-BSN goes too).
  { kind: 'bsn', regex: /(?<!\d[ .-]?)\d(?:[ .-]?\d){8}(?![ .-]?\d)/g },
  { kind: 'datum', regex: /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g },
  { kind: 'datum', regex: /(?<![\d.,])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d])/g, keep: validDayMonth },
  { kind: 'datum', regex: new RegExp(`(?<!\\d)\\d{1,2}(?:e|ste|de)?\\s+${MONTHS}(?:\\s+\\d{4})?(?![\\p{L}])`, 'giu') },
  // A bare year only when it is a year of birth.
  { kind: 'datum', regex: /(?<=\b(?:geboren|geb\.|geboortejaar|bouwjaar)\s*(?:in|op|:)?\s*)(?:19|20)\d{2}(?!\d)/gi },
  { kind: 'postcode', regex: /(?<![\p{L}\d-])[1-9]\d{3} ?[A-Z]{2}(?![\p{L}\d])/gu },
  { kind: 'postcode', regex: /(?<![\p{L}\d-])[1-9]\d{3}[a-z]{2}(?![\p{L}\d])/gu },
  {
    kind: 'adres',
    regex:
      /\p{Lu}[\p{Ll}-]*(?:straat|weg|laan|plein|gracht|kade|singel|dijk|hof|pad|dreef|steeg|park|markt)\s+\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?/gu,
  },
];
