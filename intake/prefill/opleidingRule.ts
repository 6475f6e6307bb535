import type { Answers } from '../screening/answers';
import { COUNTRY_NAMES, FOREIGN_CITIES, NATIONALITY_ADJECTIVES, withoutDiacriticsToo } from './countries.nl';

/**
 * The highest finished education from lower-cased Dutch text. Each level mention counts
 * unless it is unfinished ("mbo 2 niet afgemaakt"), wished for ("wil mbo 2 halen") or still
 * going on ("zit nog op het vso"). A Dutch level and a foreign diploma together are unclear.
 */
type Level = Exclude<Answers['opleiding'], 'buitenlands' | 'geen'>;

const RANKED: readonly { level: Level; match: RegExp }[] = [
  {
    level: 'pro-vso',
    match:
      /\b(?:praktijkonderwijs|pro-diploma|vso|voortgezet speciaal onderwijs)\b|\b(?:het )?pro (?:afgerond|gedaan|gevolgd|diploma)\b|\bhet pro\b|\bpraktijkschool\b/g,
  },
  {
    level: 'entree',
    match: /\bentree(?:-?opleiding|-?diploma|niveau)?\b|\bentreediploma|\bmbo[- ]?(?:niveau[- ]?)?1\b/g,
  },
  { level: 'vmbo', match: /\bvmbo|\bmavo\b|\bmavo-diploma|\blbo\b|\bvbo\b/g },
  {
    level: 'mbo2plus',
    match: /\bmbo[- ]?(?:niveau[- ]?)?[234]\b|\bmbo-?[234]-diploma|\bniveau [234] (?:mbo|diploma)/g,
  },
  { level: 'havo-vwo', match: /\bhavo|\bvwo\b|\bvwo-diploma|\bgymnasium|\batheneum/g },
];

// "mavo gedaan maar nooit zijn diploma gehaald", "... maar geen diploma", "... en gezakt", "mbo 2 begonnen"
const UNFINISHED_AFTER =
  /^\s*(?:nog )?niet\s*(?:$|[,.;])|^(?:(?! en |, )[^.;]){0,40}?\b(?:(?:niet|nooit) (?:(?:zijn|haar|het|een|d'r|z'n) )?(?:diploma )?(?:afgemaakt|afgerond|gehaald|behaald)|afgebroken|gestopt|begonnen|gestart|zonder diploma|geen diploma|diploma niet|gezakt|niet geslaagd)/;
// "geen diploma, gestopt in vmbo 3", "uitgevallen op het mbo 2", "begonnen aan mbo 2", "gestopt in het 2e jaar mbo 2":
// left during that level
const NOT_ATTAINED_BEFORE =
  /\b(?:geen|zonder|wil|wilde|gaat|gaan|begint|start|starten|halen|nog op|zit op|zit nu op|zit nog op|zat op|leerling|volgt|(?:gestopt|uitgevallen|afgevallen|afgehaakt|gezakt) (?:in|op|met|bij|van|tijdens|voor)|begonnen (?:aan|met|op))\s+(?:\S+\s+){0,3}$/;

// Countries with or without the diaeresis, as verwijzers type them.
const COUNTRIES = [
  'het buitenland',
  'het land van herkomst',
  'het thuisland',
  ...COUNTRY_NAMES.map(withoutDiacriticsToo),
  ...FOREIGN_CITIES.map(withoutDiacriticsToo),
].join('|');
/** "syrisch", "syrische"; "eritrees", "eritrese". */
const ADJECTIVES = ['buitenlands', ...NATIONALITY_ADJECTIVES]
  .map((adjective) =>
    withoutDiacriticsToo(adjective.endsWith('ees') ? `${adjective.slice(0, -2)}(?:es|se)` : `${adjective}e?`),
  )
  .join('|');
/** What was finished abroad: a diploma, a course, a (secondary) school or a university. */
const SCHOOLING = [
  'diploma|opleiding|studie|getuigschrift|universiteit|hogeschool|hbo|bachelor|master',
  // a diploma named by its subject: "lerarendiploma uit Eritrea", "verpleegkundeopleiding in Syrië"
  '\\p{L}+diploma|\\p{L}+opleiding',
  'middelbare school|middelbare|school|lyceum|gestudeerd|afgestudeerd|studeerde|studeerden',
  // vocational schools abroad by their own names: "technikum in Polen afgerond"
  'technikum|vakschool|beroepsschool|beroepsopleiding|academie|instituut|college',
].join('|');
const FOREIGN = new RegExp(
  `\\b(?:${ADJECTIVES}) (?:${SCHOOLING})|\\b(?:${SCHOOLING})[^.,;]{0,25}(?:in|uit) (?:${COUNTRIES})(?![\\p{L}])` +
    // "diploma syrie, rechten": the country right after, as a file note writes it
    `|\\b(?:diploma|opleiding|studie) (?:${COUNTRIES})(?![\\p{L}])`,
  'u',
);
const FOREIGN_REVERSED = new RegExp(`\\b(?:in|uit) (?:${COUNTRIES}) [^.,;]{0,25}(?:${SCHOOLING})`, 'u');
const NONE =
  /\b(?:geen|zonder) (?:enkele? |afgeronde? )?(?:diploma|opleiding|schoolopleiding)\b|\bniets afgerond\b|\bgeen school afgemaakt|\bnergens (?:een )?(?:diploma|papiertje|papier|certificaat)\b|\b(?:niet|nooit) (?:naar|op) (?:de )?school (?:geweest|gegaan|gezeten)\b/;
/** "nooit iets afgerond", "niks afgemaakt": no diploma, unless it is about a level named ("mbo 2 nooit afgerond"). */
const NEVER_FINISHED =
  /\b(?:niets|niks) (?:\S+ )?(?:afgerond|afgemaakt|gehaald|behaald)\b|\b(?:nooit|nergens) (?:\S+ ){0,3}?(?:afgerond|afgemaakt|gehaald|behaald)\b/;

/** A diploma or school abroad that was finished: not "school in Syrië niet afgemaakt", nor with "geen diploma". */
function finishedAbroad(lower: string): boolean {
  const found = FOREIGN.exec(lower) ?? FOREIGN_REVERSED.exec(lower);
  if (!found) return false;
  const after = lower.slice(found.index + found[0].length);
  return !UNFINISHED_AFTER.test(after) && !NONE.test(lower) && !NEVER_FINISHED.test(lower);
}

/**
 * "havo 4", "vwo 5", "vmbo 3": a year of that school, not its diploma, unless the year is said to be
 * finished ("vmbo 4 afgerond").
 */
const SCHOOL_YEARS: ReadonlySet<Level> = new Set(['vmbo', 'havo-vwo']);
const SCHOOL_YEAR_AFTER = /^[ -]?[1-6]\b(?!\s*(?:afgerond|gehaald|behaald|afgemaakt|met diploma|diploma))/;
/** "2 jaar vmbo gedaan": a few years of a school, not its diploma, unless a diploma is said to be gained after it. */
const YEARS_BEFORE = /\b[1-3] jaar(?: op (?:de|het))?\s+$/;
const GAINED_AFTER = /^(?:(?!zonder|geen|niet)[^.;]){0,40}\b(?:gehaald|behaald|afgerond|afgemaakt|geslaagd)\b/;

/** Each level the text mentions, and whether it was attained (not unfinished, wished for or still going on). */
function levelMentions(lower: string): { level: Level; attained: boolean }[] {
  const found: { level: Level; attained: boolean }[] = [];
  for (const { level, match } of RANKED) {
    for (const m of lower.matchAll(match)) {
      const before = lower
        .slice(0, m.index)
        .split(/[,.;:]/)
        .at(-1)!
        .slice(-30);
      const after = lower.slice(m.index + m[0].length);
      const schoolYear =
        (SCHOOL_YEARS.has(level) && SCHOOL_YEAR_AFTER.test(after)) ||
        (YEARS_BEFORE.test(before) && !GAINED_AFTER.test(after));
      found.push({
        level,
        attained: !schoolYear && !NOT_ATTAINED_BEFORE.test(before) && !UNFINISHED_AFTER.test(after),
      });
    }
  }
  return found;
}

function attainedLevels(lower: string): Level[] {
  return levelMentions(lower)
    .filter((m) => m.attained)
    .map((m) => m.level);
}

/** "mbo 2 afgebroken", "vmbo niet gehaald", "wil mbo 2 halen": a level is named, but none was attained. */
export function namesOnlyUnattainedLevels(lower: string): boolean {
  const mentions = levelMentions(lower);
  return mentions.length > 0 && mentions.every((m) => !m.attained);
}

export function extractOpleiding(lower: string): Answers['opleiding'] | undefined {
  const levels = attainedLevels(lower);
  const foreign = finishedAbroad(lower);
  if (levels.length > 0 && foreign) return undefined;
  if (foreign) return 'buitenlands';
  if (levels.length > 0)
    return RANKED.map((r) => r.level)
      .filter((l) => levels.includes(l))
      .at(-1);
  return NONE.test(lower) || (NEVER_FINISHED.test(lower) && levelMentions(lower).length === 0) || leftBeforeMbo2(lower)
    ? 'geen'
    : undefined;
}

/**
 * "vmbo-t begonnen maar niet gehaald", "havo 4, zonder diploma weg": only a school below mbo 2 (or havo/vwo) was
 * named and none was finished, so no diploma was attained. An unfinished mbo 2 or higher is asked again: such a
 * client often has a vmbo diploma the answer does not name.
 */
function leftBeforeMbo2(lower: string): boolean {
  const mentions = levelMentions(lower);
  return mentions.length > 0 && mentions.every((m) => !m.attained && m.level !== 'mbo2plus');
}
