/**
 * Finds personal names in Dutch free text: a capitalised name after a cue ("naam", "heet",
 * "mevrouw", "dhr.", "cliënt" ...), runs of two capitalised words that are not ordinary words,
 * and lone proper nouns (mid-sentence, or opening a sentence before a verb). Later lone occurrences
 * of a found first or last name are found too. Returns the
 * spans; `redact` replaces them. Over-redacting a place or organisation is the accepted cost.
 */
import { isCommonWord } from './nameStopwords';

export type Span = { start: number; end: number };

const TUSSENVOEGSEL = "(?:van|de|der|den|het|'t|ter|ten|te|el|al|la|le|da|di|du|von|bin|ben|ibn|v\\.d\\.)";
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?\\p{Ll}+)*(?![\\p{L}\\d])";
const INITIALS = '(?:\\p{Lu}\\.\\s?){1,4}';
const NAME_BODY = `(?:${INITIALS}\\s*)?(?:${TUSSENVOEGSEL}\\s+)*${WORD}(?:\\s+(?:${TUSSENVOEGSEL}\\s+)*${WORD})*`;

const CUE =
  /(?<![\p{L}])(?:(?:mijn\s+)?naam(?:\s+is)?|heet|genaamd|ik\s+ben|mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|de\s+heer|mr\.?|cliënte?|client|kandidaat|deelnemer|jongere)(?:[:,]\s*|\s+)/giu;
const NAME_AT = new RegExp(NAME_BODY, 'uy');
const CAPITALISED_RUN = new RegExp(NAME_BODY, 'gu');
const WORD_ONLY = new RegExp(WORD, 'gu');

// A lone capitalised word right after a lower-case word ("kwam Mohammed langs"), or opening a
// sentence before a verb ("Mohammed is 34"), is a proper noun: a name, place or organisation.
const MID_SENTENCE = new RegExp(`(?<=\\p{Ll} )${WORD}`, 'gu');
const PERSON_VERB =
  '(?:is|was|heeft|had|wil|wilde|woont|zit|spreekt|komt|kwam|werkt|werkte|kan|kon|moet|doet|gaat|zoekt|krijgt|' +
  'volgt|heet|loopt|leert)';
const SENTENCE_START = new RegExp(`(?<=^|[.!?:;]\\s+|\\n)${WORD}(?= ${PERSON_VERB}(?![\\p{L}]))`, 'gu');

/** Drops leading and trailing ordinary words from a candidate; returns the trimmed span. */
function trimCommon(text: string, start: number, end: number): Span | undefined {
  const words = [...text.slice(start, end).matchAll(WORD_ONLY)];
  const names = words.filter((w) => !isCommonWord(w[0]));
  if (names.length === 0) return undefined;
  const first = names[0]!;
  const last = names[names.length - 1]!;
  // Keep initials / tussenvoegsels in front of the first name word only when nothing common precedes.
  const leadingCommon = words.indexOf(first) > 0;
  return { start: leadingCommon ? start + first.index : start, end: start + last.index + last[0].length };
}

function cueNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const cue of text.matchAll(CUE)) {
    NAME_AT.lastIndex = cue.index + cue[0].length;
    const name = NAME_AT.exec(text);
    if (!name) continue;
    const span = trimCommon(text, name.index, name.index + name[0].length);
    if (span) spans.push(span);
  }
  return spans;
}

function pairNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const uncommon = [...run[0].matchAll(WORD_ONLY)].filter((w) => !isCommonWord(w[0]));
    if (uncommon.length < 2) continue;
    const span = trimCommon(text, run.index, run.index + run[0].length);
    if (span) spans.push(span);
  }
  return spans;
}

function loneProperNouns(text: string): Span[] {
  return [...text.matchAll(MID_SENTENCE), ...text.matchAll(SENTENCE_START)]
    .filter((m) => !isCommonWord(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function repeatedParts(text: string, found: Span[]): Span[] {
  const parts = new Set(
    found
      .flatMap((s) => [...text.slice(s.start, s.end).matchAll(WORD_ONLY)].map((w) => w[0]))
      .filter((w) => w.length >= 3 && !isCommonWord(w)),
  );
  const spans: Span[] = [];
  for (const part of parts) {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
      spans.push({ start: m.index, end: m.index + part.length });
    }
  }
  return spans;
}

/** Non-overlapping name spans, sorted, longest first where they overlap. */
export function findNames(text: string): Span[] {
  const direct = [...cueNames(text), ...pairNames(text), ...loneProperNouns(text)];
  const all = [...direct, ...repeatedParts(text, direct)].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
