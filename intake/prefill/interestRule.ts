import { SECTORS } from './sectors';

/**
 * Work interests from lower-cased Dutch text: sector words that follow an interest cue
 * ("wil in de zorg", "interesse in techniek", "zoekt werk in de beveiliging") in the same
 * clause. A sector merely mentioned ("werkte vroeger als chauffeur") or negated ("wil niet
 * in de zorg") is no interest. Returns the canonical sector names in order of mention.
 */
const CUE =
  /\b(?:wil|wilde|zou graag|interesse|geïnteresseerd|affiniteit|zoekt (?:werk|een baan)|droomt|het liefst|liefst|lijkt (?:het )?(?:haar|hem) leuk|overstappen)\b/u;
const NEGATION = /\b(?:niet|geen|nooit)\b/u;

const SECTOR_WORDS: readonly { sector: string; word: RegExp }[] = Object.entries(SECTORS).flatMap(([sector, words]) =>
  words.map((w) => ({ sector, word: new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'gu') })),
);

function sectorsAfterCue(clause: string): { sector: string; at: number }[] {
  const cue = CUE.exec(clause);
  if (!cue) return [];
  const rest = clause.slice(cue.index);
  if (NEGATION.test(rest)) return [];
  return SECTOR_WORDS.flatMap(({ sector, word }) =>
    [...rest.matchAll(word)].map((m) => ({ sector, at: cue.index + m.index })),
  );
}

export function extractInteresses(lower: string): string | undefined {
  const found: { sector: string; at: number }[] = [];
  let offset = 0;
  for (const clause of lower.split(/[.;!?\n]|,| maar /u)) {
    found.push(...sectorsAfterCue(clause).map((f) => ({ ...f, at: f.at + offset })));
    offset += clause.length + 1;
  }
  const ordered = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.sector))];
  return ordered.length > 0 ? ordered.join(', ') : undefined;
}
