/**
 * Generic parsing of typed answers, shared by the guided dialogs: folding, whole numbers and
 * "waarom?" / "uitleg ..." requests. Yes / no / "weet ik niet" and choices are read in meaning.ts.
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

/** "42", " 42 jaar", "24 uur" → the number; anything else (decimals, words) → undefined. */
export function parseWholeNumber(text: string): number | undefined {
  const match = /^\s*(\d{1,6})\s*(\p{L}+)?\s*$/u.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export interface Choice {
  value: string;
  label: string;
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

const ASKING_WORD = /^(?:wat|welke|welk|hoe|hoeveel|wie|waar|wanneer|waarom|waarvoor|waardoor)\b/i;

/**
 * Starts with a question word and ends with "?" ("wat doet een logistiek medewerker?"): a
 * question whatever words it holds, so it is never read as an answer. Answers do not take this form.
 */
export function isPlainQuestion(text: string): boolean {
  const trimmed = text.trim();
  return /\?$/.test(trimmed) && ASKING_WORD.test(trimmed);
}

/** Ends with "?" or starts like a Dutch question ("hoe lang duurt het"). */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_START.test(text.trim());
}
