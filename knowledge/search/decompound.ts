import { stem } from './normalize';

/**
 * Dutch glues words together ("vorkheftruck", "bejaardenhuis"). A question word that the
 * index does not know, or a long one, is split into its longest known head (the last part)
 * and its longest known first part, where "known" means the word, or its stem, occurs in the
 * indexed texts or the synonym list. Unknown parts are left alone.
 */

const MIN_PART = 4;
const MIN_WORD = 7;
/** Long words are split even when known: "schoonmaakwerk" should also find "schoonmaak". */
const MIN_KNOWN_WORD = 11;

export class Lexicon {
  private readonly words = new Set<string>();
  /** Words in an entry's name or keywords: what entries are about ("horeca", "afsprakenbaan"). */
  private readonly names = new Set<string>();

  /** `name`: the word occurs in an entry's name or keywords, not only in a text. */
  add(token: string, name = false): void {
    if (token.length < MIN_PART - 1 || /\d/.test(token)) return;
    this.words.add(token);
    this.words.add(stem(token));
    if (name) this.names.add(stem(token));
  }

  has(part: string): boolean {
    return this.words.has(part) || this.words.has(stem(part));
  }

  isName(word: string): boolean {
    return this.names.has(stem(word));
  }
}

function longestHead(token: string, lexicon: Lexicon): string | undefined {
  for (let start = 3; start <= token.length - MIN_PART; start++) {
    const head = token.slice(start);
    if (lexicon.has(head)) return head;
  }
  return undefined;
}

function longestFirstPart(token: string, lexicon: Lexicon): string | undefined {
  for (let end = token.length - 3; end >= MIN_PART; end--) {
    const part = token.slice(0, end);
    if (lexicon.has(part)) return part;
    // linking s ("bedrijfs-", "verkeers-")
    if (part.endsWith('s') && part.length > MIN_PART && lexicon.has(part.slice(0, -1))) return part.slice(0, -1);
  }
  return undefined;
}

/** A known word's first part that does not meet a known head must be at least this long. */
const MIN_KNOWN_FIRST_PART = 6;

/** Letters that may join two parts: "bedrijf-s-leven", "kinder-en-opvang". */
const LINKERS = ['', 's', 'e', 'en'];

/** Two known parts that meet, the longest first part first: "schoonmaakwerk" → schoonmaak + werk. */
function meetingParts(token: string, lexicon: Lexicon): string[] {
  for (let end = token.length - MIN_PART; end >= MIN_PART; end--) {
    const first = token.slice(0, end);
    if (!lexicon.has(first)) continue;
    for (const linker of LINKERS) {
      const head = token.slice(end + linker.length);
      if (token.startsWith(linker, end) && head.length >= MIN_PART && lexicon.has(head)) return [first, head];
    }
  }
  return [];
}

/** The known parts of a compound; empty for a simple word or a short known one. */
export function splitCompound(token: string, lexicon: Lexicon): string[] {
  const known = lexicon.has(token);
  if (token.length < MIN_WORD || /\d|-/.test(token) || (token.length < MIN_KNOWN_WORD && known)) return [];
  // A word the index knows whole keeps two known parts that meet ("schoonmaakwerk": schoonmaak,
  // werk) or a long first part ("bezwaarschrift": bezwaar), never a stray head or a short
  // prefix: "statushouders" is no "stat" + "ouders".
  if (known) {
    const meeting = meetingParts(token, lexicon);
    if (meeting.length) return meeting;
    const first = longestFirstPart(token, lexicon);
    return first && first.length >= MIN_KNOWN_FIRST_PART ? [first] : [];
  }
  const parts = [longestFirstPart(token, lexicon), longestHead(token, lexicon)].filter(
    (p): p is string => p !== undefined && p !== token,
  );
  return [...new Set(parts)];
}

/**
 * Heads that add nothing to what a compound is about: "horecawerk", "winkelbaan", "zorgsector"
 * ask for the field itself, as "werken in de horeca" does (where "werken" is a filler).
 */
const EMPTY_HEADS = ['werk', 'baan', 'baantje', 'baantjes', 'banen', 'job', 'jobs', 'sector', 'branche', 'wereld'];

/**
 * The field a "<field>werk" / "<field>baan" compound asks for ("fabriekswerk" → fabriek): a
 * first part that names entries, of a word that does not name one itself ("afsprakenbaan",
 * "leerbaan" and "maatwerk" are things of their own).
 */
export function fieldOfEmptyHead(token: string, lexicon: Lexicon): string | undefined {
  if (lexicon.isName(token)) return undefined;
  for (const head of EMPTY_HEADS) {
    if (!token.endsWith(head)) continue;
    const first = token.slice(0, -head.length);
    for (const part of [first, first.endsWith('s') ? first.slice(0, -1) : '']) {
      if (part.length >= MIN_PART && lexicon.isName(part)) return part;
    }
  }
  return undefined;
}
