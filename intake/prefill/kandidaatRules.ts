/**
 * The first message of an aanmelding often holds the kandidaat's details in one line:
 * "Ahmed Benali, geboren 12-05-1981, Tilburg, 06-12345678". This reads them by rules, without
 * a model: e-mail, phone and date by their shape, a name as two or more capitalised words (or
 * after "naam", "heet"), a place as the next capitalised part (or after "woont in", "uit").
 * Only suggestions: the dialog shows them to confirm, and checks each value when it is used.
 * Pure: no I/O, no clock (today is passed in).
 */
import { datesIn } from './dutchDates';
import { isCommonWord } from './nameStopwords';
import { PII_PATTERNS } from './piiPatterns';

export type KandidaatFields = Partial<{
  naam: string;
  geboortedatum: string;
  woonplaats: string;
  telefoon: string;
  email: string;
}>;
export const KANDIDAAT_FIELDS = ['naam', 'geboortedatum', 'woonplaats', 'telefoon', 'email'] as const;

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u;
const PHONE = PII_PATTERNS.find((p) => p.kind === 'telefoon')!.regex;

const TUSSENVOEGSEL = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'el',
  'al',
  'la',
  'le',
  'op',
]);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const PLACE_WORD = /^(?:'s-)?\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

const NAME_CUE =
  /^(?:(?:mijn\s+)?(?:client|cliënte?|kandidaat|deelnemer)?\s*(?:naam(?:\s+is)?|heet|genaamd)|client|cliënte?|kandidaat|deelnemer|mevrouw|meneer|mevr\.?|dhr\.?)[:\s]+/iu;
const PLACE_CUE = /^(?:woont\s+(?:in|te)|woonachtig\s+(?:in|te)|woonplaats|wonend\s+te|uit|te|in)[:\s]+/iu;
const SPLIT_BEFORE_CUE =
  /\s+(?=(?:geboren|geb\.|woont|woonachtig|woonplaats|wonend|uit|tel(?:efoon)?|mobiel|mail|e-mail|naam|heet)\b)/iu;
// Words that end a part without being a name or a place ("geboren", "tel").
const NOISE =
  /^(?:geboren(?:\s+op)?|geb\.?|geboortedatum|tel(?:efoon)?(?:nummer)?|mobiel|e-?mail(?:adres)?|mail)[:\s]*/iu;

/** Two to six words: capitalised name words (not ordinary words) and tussenvoegsels, no digits. */
function looksLikePersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const names = words.filter((w) => NAME_WORD.test(w));
  const fits = words.every((w) => NAME_WORD.test(w) || TUSSENVOEGSEL.has(w.toLowerCase()));
  return fits && names.length >= 2 && NAME_WORD.test(words.at(-1)!) && !names.some(isCommonWord);
}

/** One to four words, the first capitalised ("Tilburg", "Den Haag", "Bergen op Zoom", "'s-Hertogenbosch"). */
function looksLikePlace(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 4 || !PLACE_WORD.test(words[0]!)) return false;
  return words.every((w) => PLACE_WORD.test(w) || TUSSENVOEGSEL.has(w.toLowerCase())) && !isCommonWord(words[0]!);
}

/** Blanks out the spans (so the rest splits where they stood). */
function without(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of [...spans].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)},${out.slice(end)}`;
  }
  return out;
}

export function kandidaatByRules(text: string): KandidaatFields {
  const found: KandidaatFields = {};
  const spans: { start: number; end: number }[] = [];
  const email = EMAIL.exec(text);
  if (email) {
    found.email = email[0];
    spans.push({ start: email.index, end: email.index + email[0].length });
  }
  const phone = new RegExp(PHONE.source, PHONE.flags.replace('g', '')).exec(without(text, spans));
  if (phone) {
    found.telefoon = phone[0].trim();
    spans.push({ start: phone.index, end: phone.index + phone[0].length });
  }
  const dates = datesIn(without(text, spans));
  if (dates.length === 1) found.geboortedatum = dates[0]!.iso; // two dates: which is the birth date is unclear
  spans.push(...dates);
  const parts = without(text, spans)
    .split(/[,;\n|]+/)
    .flatMap((part) => part.split(SPLIT_BEFORE_CUE))
    .map((part) =>
      part
        .replace(NOISE, '')
        .trim()
        .replace(/[.:!?]+$/, ''),
    );
  for (const part of parts) {
    if (!part || /\d/.test(part)) continue;
    const place = PLACE_CUE.exec(part);
    const name = NAME_CUE.exec(part);
    const value = part.slice((place ?? name)?.[0].length ?? 0).trim();
    if (place && looksLikePlace(value)) found.woonplaats ??= value;
    else if (!place && found.naam === undefined && looksLikePersonName(value)) found.naam = value;
    else if (!place && !name && found.naam !== undefined && looksLikePlace(value)) found.woonplaats ??= value;
  }
  return found;
}
