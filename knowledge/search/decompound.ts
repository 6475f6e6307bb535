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

  add(token: string): void {
    if (token.length < MIN_PART - 1 || /\d/.test(token)) return;
    this.words.add(token);
    this.words.add(stem(token));
  }

  has(part: string): boolean {
    return this.words.has(part) || this.words.has(stem(part));
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

/** The known parts of a compound; empty for a simple word or a short known one. */
export function splitCompound(token: string, lexicon: Lexicon): string[] {
  if (token.length < MIN_WORD || /\d|-/.test(token) || (token.length < MIN_KNOWN_WORD && lexicon.has(token))) return [];
  const parts = [longestFirstPart(token, lexicon), longestHead(token, lexicon)].filter(
    (p): p is string => p !== undefined && p !== token,
  );
  return [...new Set(parts)];
}
