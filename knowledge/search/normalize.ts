import { stemmer } from '@orama/stemmers/dutch';
import { spelledOut } from './chatShorthand.nl';
import { readPhrases } from './questionPhrases.nl';

/**
 * Dutch text → search terms: lowercase, accents folded (cliënt → client, café → cafe),
 * split into words, function words dropped, Snowball Dutch stems. Werkproces codes
 * (`P2-K1-W3`) stay one token so they can be looked up exactly.
 */

const CODE = /\b(?:b1|p\d{1,2})-k\d{1,2}(?:-w\d{1,2})?\b/g;
const WORD = /[a-z0-9]+/g;

/** Function words that carry no meaning for the search, in documents and in questions. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'de het een en of van in op te ten ter met voor aan bij door naar om uit over tot als dat die dit deze dan ' +
    'er ook nog al wel niet geen ' +
    'is zijn waren wordt worden word werd heeft hebben had heb hebt kan kunnen kun kunt moet moeten mag mogen ' +
    'wil wilt willen zal zullen zou zouden ' +
    'je jij jou jouw u uw ik mij me mijn m wij we ons onze hij hem zij ze haar hun hen men iets wat welke welk ' +
    'hoe wanneer zo zoals ' +
    'maar want omdat dus ja nee heel erg veel meer meest even eens toch elk elke ieder iedere alle alles zich ' +
    'zelf hier daar waar ' +
    'doe doet doen gaan gaat ga gegaan komen komt kom krijgen krijgt kreeg zijn s t n bv bijv enz etc onder ' +
    'tussen na vooral ' +
    'iemand niemand iedereen zou samen achter'
  ).split(' '),
);

/** Question words a verwijzer uses around the real subject ("mijn cliënt wil graag iets met ..."). */
export const QUERY_FILLERS: ReadonlySet<string> = new Set(
  (
    'graag iets dingen ding soort leuk leuke lijkt lijken vindt vind vinden interesse interesses geinteresseerd ' +
    'interessant ' +
    'zoekt zoek zoeken passend passende past geschikt geschikte werk werken werkt werkzaam baan job beroep ' +
    'misschien eigenlijk ongeveer echt beetje liefst best affiniteit houdt houden hou kennen weet weten vraag vragen ' +
    // hedges, also as chat shorthand ("wrs", "idd"): they say nothing about the subject
    'waarschijnlijk inderdaad ' +
    // "binnen de PI", "binnen ons bedrijf": where, not what
    'binnen ' +
    'goed goede mogelijk mogelijkheden opties optie meneer mevrouw heer gewerkt gedaan geweest gehad jaar jaren oud ' +
    // "loopt zn uitkering gewoon door", "met alleen vmbo": softeners around the subject
    'gewoon alleen precies eventueel nou ' +
    // "kan dat tegelijk / naast de inburgering": the other thing says what is asked ("tegelijk" is no "tegel")
    'tegelijk tegelijkertijd naast ' +
    // "in de logistieke sector": the field says it, "sector" matches only "groene sector"
    'sector branche bedrijfstak'
  ).split(' '),
);

/** Words that split off "mee" ("hoelang is ze er mee bezig"): then "mee" is no "meegaan". */
const PRONOMINAL = new Set(['er', 'daar', 'hier', 'waar']);
/** "wat heeft hij er nou aan": "hebben ... er ... aan" is what it brings, as in "eraan". */
const HEBBEN = new Set(['heeft', 'hebben', 'heb', 'hebt', 'had', 'hadden']);

/** Everyday verbs and job words that fit almost any work; the rest of the sentence says more. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'medewerker medewerkers assistent assistente werker hulp helper functie vak vakman ' +
    'helpen helpt maken maakt geven geeft zetten zet brengen brengt houden nemen neemt leren leert zorgen zorgt ' +
    'schrijven schrijft ' +
    'gebruiken gebruikt uitvoeren regelen regelt kijken kijkt lopen loopt staan staat zitten zit praten praat ' +
    'ondersteunen ondersteunt ' +
    'begeleiden begeleidt bezig omgaan meehelpen meewerken halen haalt behalen rijden rijdt ' +
    // "wie schrijft in", "wie kiest de werkprocessen": the verb says what is asked, "wie" only that it is a
    // person (in full it pulled "voor wie" and "wie doet wat" before the verb's topic)
    'wie'
  ).split(' '),
);

/** Words for "the client" that say nothing about the work when the verwijzer uses them. */
const CLIENT_WORDS = new Set(['client', 'clienten', 'cliente', 'kandidaat', 'kandidaten']);
const PERSON_WORDS = new Set([
  'klant',
  'deelnemer',
  // "voor 12 deelnemers tegelijk", "twee klanten": people counted are no subject either
  'deelnemers',
  'klanten',
  'persoon',
  'man',
  'vrouw',
  'jongen',
  'meisje',
  'jongere',
  'zoon',
  'dochter',
]);
const POSSESSIVES = new Set(['mijn', 'm', 'onze', 'deze', 'jouw', 'uw', 'die', 'een', 'de', 'zo']);
/** A count before a person word: "12 deelnemers", "twee klanten". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['twee', 'drie', 'vier', 'vijf', 'meerdere', 'enkele']);
const isCount = (word: string) => /^\d+$/.test(word) || COUNT_WORDS.has(word);

/** Separable verb particles: "hij meldt zich aan" is about "aanmelden". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'aan',
  'af',
  'op',
  'in',
  'uit',
  'mee',
  'door',
  'terug',
  'toe',
  'weg',
  'bij',
  'over',
  'na',
  'om',
  'vast',
  'klaar',
  'schoon',
]);

export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Lowercased, accent-folded words and werkproces codes, in order; stopwords included. */
export function tokenize(text: string): string[] {
  // "niveau 2", "mbo-2" → one token "niveau2", so a level can be asked for
  const folded = foldAccents(text).replace(/\b(?:niveau|mbo)[\s-]*([1-4])\b/g, ' niveau$1 ');
  const codes = folded.match(CODE) ?? [];
  const words = folded.replace(CODE, ' ').match(WORD) ?? [];
  return [...codes, ...words];
}

export function isCode(token: string): boolean {
  return /^(?:b1|p\d{1,2})-k\d{1,2}(?:-w\d{1,2})?$/.test(token);
}

/**
 * Where the Snowball stemmer merges words that mean different things in this domain
 * ("ouderen" = elderly, "ouders" = parents), the word keeps its own stem.
 */
const STEM_EXCEPTIONS: Readonly<Record<string, string>> = {
  ouderen: 'ouderen',
  oudere: 'ouderen',
  ouderenzorg: 'ouderenzorg',
};

/** Snowball keeps the voiced plural stem ("ziekenhuizen" → "ziekenhuiz"); fold it back to "ziekenhuis". */
function undoVoicing(stemmed: string): string {
  if (stemmed.length < 4) return stemmed;
  if (stemmed.endsWith('z')) return `${stemmed.slice(0, -1)}s`;
  if (stemmed.endsWith('v')) return `${stemmed.slice(0, -1)}f`;
  return stemmed;
}

const stemCache = new Map<string, string>();

/** The stem of one folded token; codes and numbers are kept as they are. */
export function stem(token: string): string {
  const cached = stemCache.get(token);
  if (cached !== undefined) return cached;
  const result = STEM_EXCEPTIONS[token] ?? (isCode(token) || /\d/.test(token) ? token : undoVoicing(stemmer(token)));
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(token, result);
  return result;
}

/**
 * Werkproces titles start with a verb in the third person ("Controleert de voorraad",
 * "Bereidt ... voor en stemt af"), which Snowball does not bring to the stem of the infinitive
 * a user types ("controleren" → "controler"). The root without the -t and with a single vowel
 * does: "controleert" → "controler", "maakt" → "mak", "neemt" → "nem".
 */
export function titleVerbRoots(titel: string): string[] {
  const tokens = tokenize(documentText(titel));
  const verbs = tokens.filter((t, i) => (i === 0 || tokens[i - 1] === 'en') && t.length > 3 && t.endsWith('t'));
  return verbs.map((v) => v.slice(0, -1).replace(/([aeou])\1([^aeiou]+)$/, '$1$2'));
}

/**
 * "Zorgt voor een veilig pedagogisch klimaat", "zorgt dat alles klaarstaat", "draagt zorg voor de
 * was": the verb "zorgen voor / dat" means "sees to it" in any field of work, while a verwijzer who
 * types "zorg" means the care sector. In the documents the verb is left out, so "zorg" finds zorg
 * and welzijn work through its real words (zorgvrager, verzorging, Helpende Zorg en Welzijn).
 */
const SEES_TO_IT =
  /\b(?:zorg(?:t|en|de|den)|(?:draagt|dragen|droeg|droegen) zorg|zorg (?:dragen|draagt))(?= (?:er ?)?(?:voor|dat)\b)/g;

/** Document text as it is analysed: without "zorgt voor / dat" (see SEES_TO_IT). */
export function documentText(text: string): string {
  return foldAccents(text).replace(SEES_TO_IT, ' ');
}

/** Tokens worth indexing or searching: no stopwords, no single letters. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

/** The meaningful words of a question: also drops fillers, "cliënt" and "mijn klant". */
/**
 * A name with a capitalised article inside a sentence ("Werkbedrijf Het Baken", "mevrouw De Vries",
 * "bij Van Dijk") names an organisation or a person, not a subject: its words ("baken" stems like
 * "bakken") are left out. At the start of a sentence "De" and "Het" are ordinary articles.
 */
const NAME_WITH_ARTICLE =
  /(?<=[^.!?\s][ \t]+)(?:Het|De|Van|Den|Ter|Ten|Op|In 't) \p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+)*/gu;

export function queryTokens(query: string): string[] {
  const tokens = tokenize(readPhrases(foldAccents(query.replace(NAME_WITH_ARTICLE, ' ')))).flatMap((t) =>
    spelledOut(t).split(' '),
  );
  const split = tokens.findIndex((t) => t === 'er' || t === 'daar' || t === 'hier');
  if (split >= 0 && tokens.some((t) => HEBBEN.has(t))) {
    const aan = tokens.indexOf('aan', split + 1);
    if (aan > 0) tokens[aan] = `${tokens[split]}aan`;
  }
  return tokens.filter((t, i) => {
    const before = tokens[i - 1];
    if (t === 'was') return before === 'de'; // "de was doen" is laundry; otherwise the verb
    if (t === 'mee' && tokens.slice(0, i).some((w) => PRONOMINAL.has(w))) return false;
    if (t.length < 2 || STOPWORDS.has(t) || QUERY_FILLERS.has(t) || CLIENT_WORDS.has(t)) return false;
    return !(PERSON_WORDS.has(t) && before !== undefined && (POSSESSIVES.has(before) || isCount(before)));
  });
}

/** Particles that stand apart in the question ("meld ... aan", "ruimt ... op"). */
export function looseParticles(query: string): string[] {
  return [...new Set(tokenize(query).filter((t) => PARTICLES.has(t)))];
}
