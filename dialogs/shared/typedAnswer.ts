/**
 * Generic parsing of typed answers, shared by the guided dialogs: yes/no/unknown,
 * whole numbers, a choice by label or number, and "waarom?" / "uitleg ..." requests.
 */

/** Lowercase, no accents, hyphens as spaces, no punctuation: "Met-begeleiding!" → "met begeleiding". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-_/]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type YesNoUnknown = 'ja' | 'nee' | 'onbekend';

const YES = new Set(['ja', 'j', 'jawel', 'zeker', 'klopt', 'yes', 'y', 'true', 'waar']);
const NO = new Set(['nee', 'n', 'neen', 'niet', 'no', 'false', 'onwaar']);
const UNKNOWN = new Set([
  'weet ik niet',
  'weet niet',
  'weet het niet',
  'ik weet het niet',
  'onbekend',
  'niet bekend',
  'geen idee',
  'unknown',
  'null',
]);

export function parseYesNoUnknown(text: string): YesNoUnknown | undefined {
  const folded = foldText(text);
  if (YES.has(folded)) return 'ja';
  if (NO.has(folded)) return 'nee';
  if (UNKNOWN.has(folded)) return 'onbekend';
  return undefined;
}

/** "42", " 42 jaar", "24 uur" → the number; anything else (decimals, words) → undefined. */
export function parseWholeNumber(text: string): number | undefined {
  const match = /^\s*(\d{1,6})\s*(\p{L}+)?\s*$/u.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * A choice from typed text: its 1-based number, its value or label (case- and
 * accent-insensitive), or ja/nee/weet ik niet when the choices have such an option.
 */
export function matchChoice(text: string, choices: readonly Choice[]): string | undefined {
  const folded = foldText(text);
  if (/^\d+$/.test(folded)) return choices[Number(folded) - 1]?.value;
  const exact = choices.find((c) => foldText(c.value) === folded || foldText(c.label) === folded);
  if (exact) return exact.value;
  const meaning = parseYesNoUnknown(folded);
  if (!meaning) return undefined;
  const aliases = { ja: ['ja', 'true'], nee: ['nee', 'false'], onbekend: ['onbekend', 'null'] }[meaning];
  return choices.find((c) => aliases.includes(c.value))?.value;
}

export type ExplainRequest = { topic?: string };

const WHY = new Set([
  'waarom',
  'uitleg',
  'leg uit',
  'waarom vragen jullie dit',
  'waarom vragen we dit',
  'waarom vraag je dit',
  'waarom wil je dat weten',
  'wat betekent dit',
  'wat bedoel je',
  'toelichting',
]);
const TOPIC_PREFIX =
  /^(?:uitleg(?: over)?|leg uit|wat is(?: een| de| het)?|wat betekent|wat zijn|wat bedoel je met|wat bedoelen jullie met|waarom)\s+(.+)$/;

/** "waarom?" → {}; "uitleg schoolbaarheid" / "wat is een startkwalificatie" → { topic }. */
export function explainRequest(text: string): ExplainRequest | undefined {
  const folded = foldText(text);
  if (WHY.has(folded)) return {};
  const topic = TOPIC_PREFIX.exec(folded)?.[1];
  return topic ? { topic } : undefined;
}

const QUESTION_START = /^(wat|welke|welk|hoe|wie|waar|wanneer|waarom|kan|kun|mag|moet|is|zijn|heeft|hebben|geldt)\b/i;

/** Ends with "?" or starts like a Dutch question ("hoe lang duurt het"). */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_START.test(text.trim());
}
