/**
 * BSN detection for free text. The dossier has no BSN field on purpose; a BSN typed anywhere a
 * person types must be refused, so this finds numbers that could be one, however they are
 * written: full-width or other digits, any kind of space, grouped with `.`, `-`, `_`, `/`, or
 * after another number ("nr 5 111222333").
 */

/** True when the nine digits pass the BSN "elfproef" (weights 9..2 and -1) and are not all zeros. */
export function passesElfproef(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits) || /^0{9}$/.test(nineDigits)) return false;
  const digits = [...nineDigits].map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** True when the text holds a number that looks like a valid BSN. */
export function containsBsn(text: string): boolean {
  const masked = maskKnownNumbers(normalise(text));
  return digitChains(masked).some((groups) => nineDigitWindows(groups).some(passesElfproef));
}

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/**
 * One spelling for every way of writing digits and spaces: NFKC (full-width digits, no-break
 * and narrow spaces), other scripts' digits to 0-9, invisible characters (zero-width space,
 * soft hyphen) removed, every space a plain space.
 */
export function normalise(text: string): string {
  // Printable ASCII is already in this spelling (NFKC leaves it alone, it has no invisible
  // characters, its only space is the plain one, its digits are 0-9): most typed answers are.
  if (!NOT_PRINTABLE_ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\s\p{Z}]/gu, ' ')
    .replace(/\p{Nd}/gu, (digit) => (digit <= '9' ? digit : String(unicodeDigitValue(digit))));
}

// Unicode encodes every decimal digit (Nd) in runs of ten, 0 to 9, so a digit's value is its
// distance from the run's zero: the number of Nd code points before it, modulo 10.
function unicodeDigitValue(digit: string): number {
  let cp = digit.codePointAt(0)!;
  let before = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    before++;
  }
  return before % 10;
}

const SEPARATOR = String.raw`[.\-_/\\,:·\p{Pd}]`;
const DAY_MONTH_YEAR = String.raw`(?:0?[1-9]|[12]\d|3[01])${SEPARATOR}(?:0?[1-9]|1[0-2])${SEPARATOR}(?:19|20)\d\d`;
const YEAR_MONTH_DAY = String.raw`(?:19|20)\d\d${SEPARATOR}(?:0?[1-9]|1[0-2])${SEPARATOR}(?:0?[1-9]|[12]\d|3[01])`;
// Dutch phone numbers: 06-12345678, 020 123 4567, +31 (0)6 1234 5678, 0031 6 12345678.
const PHONE = String.raw`(?:(?:\+|00) ?31 ?(?:\(0\) ?)?|0)[1-9](?:[ .\-/]?\d){8}`;
// Times of day with colons: 10:15, 18:23:45, 18:23:45.123 (as in a timestamp "2026-12-02T18:23:45.123Z").
const TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,3})?)?`;
// Ids are not BSNs either, but their digits can pass the elfproef by chance. Our dossier ids,
// PI-2026-7KQ4M9XB: the year and a code that starts with five digits make nine (1 in 5,000 ids),
// and the intake team's card buttons carry the id; nine digits after the year are no id, so
// "PI-2026-111222333" is still found. UUIDs (card and state ids) join digit groups with hyphens.
const IDS = [String.raw`PI-?\d{4}-?[0-9A-Z]{8}`, String.raw`[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}`].map(
  (id) => new RegExp(String.raw`(?<![\p{L}\d])${id}(?![\p{L}\d])`, 'giu'),
);
const NOT_IN_NUMBER = (pattern: string) => new RegExp(String.raw`(?<!\d)(?:${pattern})(?!\d)`, 'gu');
const KNOWN_NUMBERS = [...[DAY_MONTH_YEAR, YEAR_MONTH_DAY, PHONE, TIME].map(NOT_IN_NUMBER), ...IDS];

/** Phone numbers, real dates, times and ids are not BSNs: replaced by a word, so they end a chain of digits. */
function maskKnownNumbers(text: string): string {
  return KNOWN_NUMBERS.reduce((masked, pattern) => masked.replace(pattern, ' nummer '), text);
}

// Digit groups belong together when at most a few spaces and one separator stand between them.
const GAP = new RegExp(String.raw`^ {0,3}(?:${SEPARATOR} {0,3})?$`, 'u');

/** The chains of digit groups in the text ("bsn 123.456.782 of 5" → [["123","456","782","5"]]). */
function digitChains(text: string): string[][] {
  const chains: string[][] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(/\d+/g)) {
    const gap = text.slice(previousEnd, match.index);
    if (previousEnd >= 0 && gap.length > 0 && GAP.test(gap)) chains.at(-1)!.push(match[0]);
    else chains.push([match[0]]);
    previousEnd = match.index + match[0].length;
  }
  return chains;
}

/** Every run of whole consecutive groups with nine digits together (a longer group is never cut). */
function nineDigitWindows(groups: string[]): string[] {
  const windows: string[] = [];
  for (let start = 0; start < groups.length; start++) {
    let digits = '';
    for (let end = start; end < groups.length && digits.length < 9; end++) digits += groups[end];
    if (digits.length === 9) windows.push(digits);
  }
  return windows;
}
