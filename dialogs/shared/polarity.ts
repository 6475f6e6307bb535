import { mentionsNotKnowing, withChatSpellings } from './meaning';
import { foldText } from './typedAnswer';

/**
 * What a sentence says on the whole, as a last resort for questions of the kind "can / does the
 * client …": *yes*, *no*, *conditional* (yes under a condition: "lukt als er iemand naast staat",
 * "met hulp") or *mixed* (partly: "korte zinnen gaan, lange uitleg niet", "soms"). Such a
 * reading is an inference: the caller confirms it before it counts. Unclear sentences (a double
 * negation such as "niet zonder begeleiding", not knowing, no polar word at all) give undefined,
 * so the question is asked again: a wrong reading is worse.
 */
export type Grade = 'yes' | 'no' | 'conditional' | 'mixed';

/** What stands in the way; negated ("geen klachten") it says yes. */
const PROBLEMS = [
  'klachten',
  'belemmeringen',
  'belemmering',
  'beperkingen',
  'bezwaren',
  'bezwaar',
  'obstakels',
  'issues',
];

/** Fixed expressions whose meaning is not that of their words ("kan niet wachten" is eager). */
const IDIOMS: Readonly<Record<'POSITIVE' | 'NEGATIVE' | 'LUKEWARM', readonly string[]>> = {
  POSITIVE: [
    // eagerness
    'staat te springen',
    'staat erom te springen',
    'staat te trappelen',
    'kan niet wachten',
    'kan haast niet wachten',
    'wil niets liever',
    'wil niks liever',
    'heeft er zin in',
    'heeft er veel zin in',
    'heeft er echt zin in',
    'heeft er erg veel zin in',
    'heeft er wel zin in',
    'ziet het zitten',
    // open to it: "ze staat er echt voor open"
    'staat ervoor open',
    'staat er voor open',
    'staat er open voor',
    'staat open voor',
    'staat er echt voor open',
    'staat er wel voor open',
    'staat er helemaal voor open',
    'ziet het wel zitten',
    'ziet het helemaal zitten',
    'is er klaar voor',
    'is er helemaal klaar voor',
    'gaat ervoor',
    'popelt',
    'staat te popelen',
    'dolgraag',
    'gretig',
    'happig',
    'enthousiast',
    // a negated problem
    'geen probleem',
    'geen problemen',
    'geen enkel probleem',
    'geen punt',
    'geen moeite',
    'geen moeite mee',
    'zonder problemen',
    'zonder moeite',
    'niet slecht',
    'niet verkeerd',
    'no problem',
    // "geen belemmeringen", "zonder klachten": the other problems negated
    ...PROBLEMS.flatMap((problem) => [`geen ${problem}`, `geen enkele ${problem}`, `zonder ${problem}`]),
    // never a problem: "nooit problemen gehad op school"
    // doubt negated is certainty: "geen twijfel over", "zonder twijfel"
    'geen twijfel',
    'geen enkele twijfel',
    'zonder twijfel',
    'twijfel ik niet',
    'twijfel ik niet aan',
    'twijfel ik niet over',
    'nooit problemen',
    'nooit een probleem',
    'nooit moeite',
    'nooit moeite mee',
    ...PROBLEMS.map((problem) => `nooit ${problem}`),
  ],
  NEGATIVE: [
    // "een klas is geen optie"
    'geen optie',
    // "ook entree is te zwaar"
    'te zwaar',
    // an interpreter needed: "alles gaat via een tolk" ("gaat" is no yes here)
    'gaat via een tolk',
    'via een tolk',
    'ziet het niet zitten',
    'ziet het echt niet zitten',
    'heeft er geen zin in',
    'heeft er geen trek in',
    'zit er niet op te wachten',
    'moet er niks van hebben',
    'moet er niets van hebben',
    'houdt de boot af',
    'te hoog gegrepen',
    // dropping out: "haakt af in een klas", "is steeds afgehaakt"
    'haakt af',
    'haakte af',
    'haakt snel af',
    'afgehaakt',
    // "school was een drama", "een ramp", "een hel"
    'een drama',
    'een ramp',
    'een hel',
    'een nachtmerrie',
    // "heeft er weinig zin in": little wish is close to none (confirmed, never sure)
    'weinig zin',
    'weinig motivatie',
  ],
  // neither yes nor no: "staat niet te springen", "niet altijd" ("niet echt" is "niet", as elsewhere)
  LUKEWARM: ['staat niet te springen', 'staat er niet om te springen', 'niet altijd', 'niet elke dag'],
};
const IDIOMS_LONGEST_FIRST = (Object.entries(IDIOMS) as [keyof typeof IDIOMS, readonly string[]][])
  .flatMap(([token, phrases]) => phrases.map((phrase) => ({ token, phrase: foldText(phrase) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** Words that turn a clause negative ("lange uitleg niet", "gaat slecht"); two of them are unclear. */
const NEGATIVE_WORDS = new Set([
  'niet',
  'geen',
  'nee',
  'nooit',
  'nergens',
  'niks',
  'niets',
  'zonder',
  'nauwelijks',
  'amper',
  // unsure or afraid: "gemotiveerd maar onzeker", "vindt het ook eng"
  'onzeker',
  'bang',
  'eng',
  'negatief',
  // "heeft moeite met regels" ("geen moeite" is a POSITIVE idiom)
  'moeite',
  // "ik zie weinig inzet": little is close to none
  'weinig',
  'slecht',
  'moeilijk',
  'lastig',
  'zwak',
  // "praten gaat moeizaam", "mist veel", "dat acht ik onwaarschijnlijk"
  'moeizaam',
  'stroef',
  'mist',
  'onwaarschijnlijk',
  'mis',
  'fout',
  'probleem',
  'problemen',
]);
/** Words that say it works or is so. */
const POSITIVE_WORDS = new Set([
  'ja',
  // "gemotiveerd maar onzeker" turns
  'gemotiveerd',
  'positief',
  // "entree is haalbaar"
  'haalbaar',
  'wel',
  'goed',
  'prima',
  'lukt',
  'lukken',
  'gaat',
  'gaan',
  'kan',
  'begrijpt',
  'snapt',
  'verstaat',
  'redt',
  'oke',
  'ok',
  'uitstekend',
  'zeker',
  'top',
  'perfect',
  'inderdaad',
  // "leert snel", "pikt het snel op"
  'leert',
  'pikt',
]);
/** Partly: "soms", "af en toe", "wisselend", "redelijk". */
const HEDGES = [
  'soms',
  'af en toe',
  'wisselend',
  'wisselt',
  'redelijk',
  'deels',
  'gedeeltelijk',
  'half',
  'min of meer',
  // "verstaat wel wat": some, not all
  'wel wat',
  'een beetje',
];
/**
 * Words that look like a hedge or a condition but are not one here: "pas een half jaar in Nederland"
 * is a length of time, not "half" (partly); "Nederlands als tweede taal" is a role, not "als" (if).
 */
const HALF_A_TIME = / half (?:jaar|jaartje|uur|uurtje|dag|dagje|week|maand)\b/g;
const AS_A_ROLE = / als (?:tweede|eerste|enige) taal\b| als moedertaal\b| als nt[12]\b| net als\b/g;

/** Under a condition: "als er iemand naast staat", "met hulp", "mits". */
const CONDITIONS = [
  'als',
  'mits',
  'zolang',
  'indien',
  'op voorwaarde',
  'met hulp',
  'met steun',
  'met begeleiding',
  'met ondersteuning',
  'onder begeleiding',
  'met een jobcoach',
  'met een begeleider',
  'met begeleider',
  'met een coach',
  'met coach',
  'met iemand',
  'met toezicht',
  // "moet goed gestuurd worden", "heeft veel sturing nodig": yes, with someone steering
  'gestuurd',
  'aangestuurd',
  'sturing',
  'aansturing',
  'onder toezicht',
  'met aanpassingen',
  // structure or steering as the support: "met structuur lukt het"
  'met structuur',
  'met duidelijke structuur',
  'met vaste structuur',
  'met sturing',
  'met aansturing',
  'met duidelijke afspraken',
  'met een maatje',
  'met een buddy',
  'iemand naast',
  'iemand bij',
  // "met een coach erbij", "met zijn moeder ernaast"
  'erbij',
  'ernaast',
];
/**
 * Where a sentence turns: "korte zinnen gaan, lange uitleg niet", "wel ... maar ...". No leading " *":
 * it was tried at every space of a long run (quadratic), and folding trims each clause anyway.
 */
const CLAUSE_BREAK = /(?:[,;.!?]| maar | behalve | terwijl ) */;

/** A sentence that starts with its condition: "alleen als ...", "mits ...", "alleen met hulp". */
const OPENS_WITH_CONDITION = /^(?:ja )?(?:alleen |maar |wel )?(?:als|mits|zolang|indien|met|onder)\b/;

type ClauseValue = 'positive' | 'negative' | 'lukewarm' | 'neutral' | 'unclear';

function clauseValue(words: readonly string[]): ClauseValue {
  const idioms = words.filter((w) => w === 'POSITIVE' || w === 'NEGATIVE' || w === 'LUKEWARM');
  if (idioms.includes('LUKEWARM') || (idioms.includes('POSITIVE') && idioms.includes('NEGATIVE'))) return 'lukewarm';
  const negatives = words.filter((w) => NEGATIVE_WORDS.has(w)).length + (idioms.includes('NEGATIVE') ? 1 : 0);
  if (negatives >= 2) return 'unclear';
  if (negatives === 1) return idioms.includes('POSITIVE') ? 'unclear' : 'negative';
  return idioms.includes('POSITIVE') || words.some((w) => POSITIVE_WORDS.has(w)) ? 'positive' : 'neutral';
}

const has = (padded: string, phrases: readonly string[]) => phrases.some((p) => padded.includes(` ${p} `));

/** The grade of a typed answer, or undefined when it is unclear (see the top of this module). */
export function gradeOf(text: string): Grade | undefined {
  const folded = withChatSpellings(foldText(text));
  if (!folded || mentionsNotKnowing(folded)) return undefined;
  // folding drops punctuation: split the raw text into clauses, then fold each
  const clauses = text
    .toLowerCase()
    .split(CLAUSE_BREAK)
    .map((clause) => withChatSpellings(foldText(clause)))
    .filter(Boolean)
    .map((clause) => {
      let padded = ` ${clause} `;
      for (const { token, phrase } of IDIOMS_LONGEST_FIRST) padded = padded.split(` ${phrase} `).join(` ${token} `);
      return padded;
    });
  const values = clauses.map((padded) => clauseValue(padded.trim().split(' ')));
  if (values.includes('unclear')) return undefined;
  const positive = values.includes('positive');
  const negative = values.includes('negative');
  const padded = ` ${folded} `.replace(HALF_A_TIME, ' ').replace(AS_A_ROLE, ' ');
  const hedged = has(padded, HEDGES);
  // "ja als iemand hem een beetje op weg helpt": a hedge inside the condition still makes it a condition
  if (OPENS_WITH_CONDITION.test(folded) && has(padded, CONDITIONS) && !negative) return 'conditional';
  if ((positive && negative) || values.includes('lukewarm') || hedged) return 'mixed';
  // "alleen als er iemand naast hem staat": a sentence that is only its condition is a yes under it
  if (has(padded, CONDITIONS))
    return (positive || OPENS_WITH_CONDITION.test(folded)) && !negative ? 'conditional' : undefined;
  return positive ? 'yes' : negative ? 'no' : undefined;
}
