import { spelledOut } from '../../knowledge/search/chatShorthand.nl';
import { foldText, type Choice } from './typedAnswer';

/** A typed answer matched to a choice: `sure` false means "ask the verwijzer to confirm". */
export interface Meaning {
  value: string;
  sure: boolean;
}

/** Words and phrases per choice value, in plain folded Dutch ("mbo 2", "bijstand"). */
export type Synonyms = Readonly<Record<string, readonly string[]>>;

const YES_LEAD = [
  'ja',
  'jawel',
  'jazeker',
  'zeker',
  'klopt',
  'yes',
  'ok',
  'oke',
  'prima',
  'graag',
  'tuurlijk',
  'natuurlijk',
  'inderdaad',
  'absoluut',
  // formal or short agreement: "uiteraard", "correct", "juist"
  'uiteraard',
  'vanzelfsprekend',
  'correct',
  'juist',
];
/** Yes-words that a "niet" right after turns into no: "klopt niet", "graag niet" ("zeker niet": INTENSIFIERS). */
const YES_WORDS_TURNED = ['klopt', 'inderdaad', 'graag', 'correct', 'juist'];
// "geenszins", "allerminst": a formal no
const NO_LEAD = ['nee', 'neen', 'nope', 'no', 'niet', 'helaas', 'geenszins', 'allerminst'];
/**
 * "weet ik niet" in its usual forms: the one list. Inside a longer answer where the choices
 * allow *onbekend* (matchMeaning), or as the whole answer (isNotKnown, parseYesNoUnknown).
 */
const UNKNOWN_PHRASES = [
  'weet ik niet',
  'weet niet',
  'weet het niet',
  'ik weet het niet',
  'ik weet het nog niet',
  'nog geen idee',
  // "zou het niet weten"
  'zou het niet weten',
  // "wk ik niet": a slip of "weet"
  'wk ik niet',
  'wk niet',
  'zou ik niet weten',
  'zou niet weten',
  'zou het echt niet weten',
  'weet ik nog niet',
  'weet nog niet',
  'weet het nog niet',
  // the client does not know yet: "weet hij nog niet"
  'weet hij nog niet',
  'weet ze nog niet',
  'weet hij niet',
  'weet ze niet',
  // not asked (yet): "heb ik niet gevraagd"
  'niet gevraagd',
  'nog niet gevraagd',
  'niet naar gevraagd',
  'geen idee',
  'onbekend',
  'nog onbekend',
  'niet bekend',
  'nog niet bekend',
  'geen flauw idee',
  // "geen flauw benul", "heb ik geen weet van": not the choice "geen"
  'geen benul',
  'geen flauw benul',
  'geen notie',
  'geen weet van',
  // "lastig te zeggen", "moeilijk in te schatten": the verwijzer cannot judge it (yet)
  'lastig te zeggen',
  'moeilijk te zeggen',
  'niet te zeggen',
  'kan ik niet zeggen',
  'kan ik niet beoordelen',
  'kan ik niet inschatten',
  // "kan ik na twee gesprekken nog niet zeggen"
  'kan ik … niet zeggen',
  'kan ik … niet beoordelen',
  'kan ik … niet inschatten',
  // Frysk "witte ik net" (weet ik niet)
  'weet ik net',
  'lastig in te schatten',
  'moeilijk in te schatten',
  // "kan ik lastig inschatten"
  'lastig inschatten',
  'moeilijk inschatten',
  'niet in te schatten',
  'niet goed in te schatten',
  'nog niet in te schatten',
  'niet goed te zeggen',
  'niet in te schatten',
  'kan ik niet inschatten',
  'geen zicht op',
  'nog geen zicht op',
  // no picture of it yet: "daar heb ik nog geen beeld van", "kan ik nog niks over zeggen"
  'geen beeld',
  'geen beeld van',
  'nog geen beeld',
  'geen inzicht',
  'geen inzicht in',
  'niks over zeggen',
  // "daar kan ik niks zinnigs over zeggen"
  'niks zinnigs over zeggen',
  'niets zinnigs over zeggen',
  'niks zinnigs over te zeggen',
  'niets zinnigs over te zeggen',
  // not in the file: "staat niet in het dossier"
  'niet in het dossier',
  'niet in het systeem',
  'niets over zeggen',
  'niet over zeggen',
  'weinig over zeggen',
  'nog niks over te zeggen',
  'niks over te zeggen',
  'niets over te zeggen',
  // "ken hem te kort om dat te zeggen"
  'te kort om dat te zeggen',
  'te kort om te zeggen',
  'te kort om dat te beoordelen',
  'ken hem te kort',
  'ken haar te kort',
  'ken hem nog te kort',
  'ken haar nog te kort',
  'ken hem nog niet goed genoeg',
  'ken haar nog niet goed genoeg',
  'nog onduidelijk',
  'nog niet duidelijk',
  'moet nog blijken',
  // "dat moet nog uit een test blijken"
  'nog blijken',
  'niet goed inschatten',
  'nog niet inschatten',
  'niet te beoordelen',
  'moeilijk te beoordelen',
  'lastig te beoordelen',
  'kan ik niet beoordelen',
  // "onduidelijk, is nooit getest": not known, not a no through its "nooit"
  'onduidelijk',
  'nooit getest',
  'niet getest',
  'nog niet getest',
  'nooit onderzocht',
  'niet onderzocht',
  // never tried is not known either: "nooit geprobeerd" is no "nooit"
  'nooit geprobeerd',
  'niet geprobeerd',
  'nog niet geprobeerd',
  // not seen yet: "dat hebben we nog niet kunnen zien, hij is net gestart", "te vroeg om te zeggen"
  'nog niet kunnen zien',
  'nog niet kunnen merken',
  'nog niet kunnen beoordelen',
  'nog niet kunnen inschatten',
  'nog niet kunnen testen',
  'nog niet kunnen zeggen',
  'nog niet gezien',
  'nog niet meegemaakt',
  'te vroeg om te zeggen',
  'te vroeg om dat te zeggen',
  'te vroeg om te beoordelen',
  'te vroeg om dat te beoordelen',
  'nog te vroeg om',
  'nooit uitgeprobeerd',
];
/**
 * Still to be found out ("moet ik nog checken bij het uwv", "zoek ik uit"): *onbekend* where
 * the choices allow it, but only when nothing else in the answer names a choice.
 */
const TO_BE_CHECKED = [
  'nog opzoeken',
  'nog uitgezocht',
  'nog nagevraagd',
  'nog geregeld',
  'nog niet geregeld',
  'nog regelen',
  // "inkomen nog niet rond": not settled yet
  'nog niet rond',
  'ga ik na',
  'ga ik nog na',
  'zoek ik uit',
  'zoek ik nog uit',
  'vraag ik na',
  'vraag ik nog na',
  'check ik',
  // with a filler: "dat zoek ik even uit", "vraag ik nog even na"
  'zoek ik even uit',
  'zoek ik nog even uit',
  'ga ik even na',
  'vraag ik even na',
  'vraag ik nog even na',
  'check ik even',
  // "daar moet ik nog achteraan"
  'nog achteraan',
  // the verbs alone ("dat moet ik navragen", "ga ik uitzoeken"), and talks still to come
  'navragen',
  // "moet ik even opzoeken", "zoek ik op", "moet ik nakijken in het dossier"
  'opzoeken',
  'nakijken',
  'na te kijken',
  'kijk ik na',
  'zoek ik op',
  'zoek ik even op',
  // the judgement left to the school: "moet het mbo maar beoordelen", "laat ik aan de intake over"
  'mbo beoordelen',
  'mbo maar beoordelen',
  'school beoordelen',
  'mbo bepalen',
  'is aan het mbo',
  'is aan de school',
  'laat ik aan',
  'laat ik over aan',
  'nagaan',
  'uitzoeken',
  'checken',
  'nog bespreken',
  'nog over praten',
  'nog overleggen',
  // it depends on someone else: "dat hangt van de gemeente af"
  'hangt van',
  'hangt ervan af',
  'hangt er van af',
  'nog afspreken',
  // "nog niet over gesproken", "nog niet besproken": a talk still to come
  'niet over gesproken',
  'nog niet besproken',
  'nog niet uitgezocht',
  'niet uitgezocht',
  'nog niet nagevraagd',
  'nog niet bekeken',
  // "nog niet ingeschat", "nog niet beoordeeld": a judgement still to come
  'nog niet ingeschat',
  'niet ingeschat',
  'nog niet beoordeeld',
  'nog niet over gehad',
  // still to be tested or decided: "moet nog getest worden", "daar zijn we nog niet uit"
  'nog getest',
  'nog testen',
  // "moet nog een capaciteitentest doen", "nog een iq-onderzoek": a test still to come (… is a gap)
  'nog … test',
  'nog … capaciteitentest',
  'nog … niveautest',
  'nog … iq test',
  'nog … assessment',
  'nog … onderzoek',
  'nog onderzocht',
  'nog onderzoeken',
  'nog beoordeeld',
  'nog beoordelen',
  'nog niet uit',
  'nog niet over uit',
  // the participles too: "moet nog besproken worden", "wordt nog bekeken"
  'nog besproken',
  'nog afgesproken',
  'nog overlegd',
  'nog bekeken',
  'nog bekijken',
  'nog bepaald',
  'nog bepalen',
  'nog beslist',
  'nog beslissen',
];
/** A guess that still says yes or no: "ik denk het niet" is nee, "volgens mij wel" is ja (never the other way). */
const HEDGED_NO = [
  'denk het niet',
  'denk van niet',
  'denk niet',
  'volgens mij niet',
  'lijkt me niet',
  'lijkt mij niet',
  'waarschijnlijk niet',
];
export const HEDGED_YES = [
  'denk het wel',
  'denk van wel',
  'volgens mij wel',
  'lijkt me wel',
  'lijkt mij wel',
  'waarschijnlijk wel',
];
/** "z'n", "m'n", "d'r", "n.v.t.": folding made two or three words of them. */
const ELIDED = /\b(?:z n|m n|d r|n v t)\b/g;
// "n.v.t." is one word, "nvt" (niet van toepassing), not "n v" and the "t" of "het"
const ELIDED_WORD: Readonly<Record<string, string>> = { 'z n': 'zijn', 'm n': 'mijn', 'd r': 'haar', 'n v t': 'nvt' };

/** "denk t niet" → "denk het niet", "z n" → "zijn": word by word, on folded text. */
export function withChatSpellings(folded: string): string {
  return folded
    .replace(ELIDED, (elided) => ELIDED_WORD[elided]!)
    .split(' ')
    .map(spelledOut)
    .join(' ');
}

/** A word right before a phrase that turns it around: "geen jobcoach", "niet gemotiveerd". */
export const NEGATIONS = ['geen', 'niet', 'zonder', 'nooit'];
/** Words after a negation that do not change the meaning: "niet echt gemotiveerd" is "niet gemotiveerd". */
const SOFTENERS = ['echt', 'erg', 'zo', 'heel', 'helemaal', 'zeer', 'meer', 'nog', 'altijd', 'bepaald', 'bijzonder'];
const UNKNOWN_VALUES = ['onbekend', 'null'];
/** Not a value yet, as the whole answer where a date or a person is asked ("nog niet", "later"). */
const NOT_YET = ['nog niet', 'nog geen', 'nog niets', 'geen', 'later'];

export type YesNoUnknown = 'ja' | 'nee' | 'onbekend';

const YES = new Set([
  'ja',
  'j',
  'jawel',
  'zeker',
  'klopt',
  'yes',
  'y',
  'true',
  'waar',
  'uiteraard',
  'correct',
  'juist',
]);
const NO = new Set(['nee', 'n', 'neen', 'niet', 'no', 'false', 'onwaar', 'geenszins', 'allerminst']);

/** The whole answer says "weet ik niet" ("geen idee", "weet ik nog niet", "onbekend"). */
export function isNotKnown(text: string): boolean {
  const folded = foldText(text);
  return UNKNOWN_PHRASES.some((p) => foldedPhrase(p) === folded);
}

/** Somewhere in the answer: "weet ik niet", "geen idee", "lastig te zeggen" (on folded text). */
export function mentionsNotKnowing(folded: string): boolean {
  const plain = plainKnowing(folded);
  return UNKNOWN_PHRASES.some((p) => containsPhrase(plain, p));
}

/** The whole answer is ja, nee or "weet ik niet" (also as a card value: true, false, null). */
/** "jaaa", "neeee", "nee!!": a stretched yes or no is still one. */
function unstretched(word: string): string {
  return /^j+a+$/.test(word) ? 'ja' : /^n+e+$/.test(word) ? 'nee' : word;
}

export function parseYesNoUnknown(text: string): YesNoUnknown | undefined {
  const folded = unstretched(foldText(text));
  if (YES.has(folded)) return 'ja';
  if (NO.has(folded)) return 'nee';
  if (folded === 'unknown' || UNKNOWN_VALUES.includes(folded) || isNotKnown(folded)) return 'onbekend';
  return undefined;
}

/** Empty, "weet ik (nog) niet", "nog geen", "later": no value (yet) for a field that takes any text. */
export function noValueYet(text: string): boolean {
  return text.trim() === '' || parseYesNoUnknown(text) === 'onbekend' || NOT_YET.includes(foldText(text));
}

/** The choice values that mean yes, no or not known: a choice field's ("ja") or a boolean field's ("true"). */
const YES_NO_ALIASES = { ja: ['ja', 'true'], nee: ['nee', 'false'], onbekend: ['onbekend', 'null'] } as const;

/** The choice that means yes, no or not known, when the choices have one. */
function choiceWithMeaning(meaning: keyof typeof YES_NO_ALIASES, choices: readonly Choice[]): string | undefined {
  const aliases: readonly string[] = YES_NO_ALIASES[meaning];
  return choices.find((c) => aliases.includes(c.value))?.value;
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
  return choiceWithMeaning(meaning, choices);
}
/**
 * Words between "weet" and "niet" that do not change "weet niet": "weet ze zelf nog niet" is "weet nog
 * niet"; the plural too: "dat weten we nog niet".
 */
const KNOWING_FILLERS =
  'ik|je|jij|u|ze|zij|hij|we|wij|jullie|het|dat|zelf|eigenlijk|echt|ook|nu|nou|precies|eerlijk|gezegd|zo|zomaar|even';
const KNOWING = new RegExp(`\\bwe(?:et|ten)(?: (?:${KNOWING_FILLERS}))*( nog)? niet\\b`, 'g');

/**
 * A typed answer by meaning: the choice's number, its label, a synonym anywhere in the text
 * (the longest wins: "ja, met begeleiding" is "met begeleiding", not "ja"), or a leading
 * yes / no ("ja hoor", "nee, nog niet"), or "weet ik niet" where the choices allow it.
 * A label word that is only nearly typed ("bijstnd") gives an unsure match to confirm.
 */
export function matchMeaning(text: string, choices: readonly Choice[], synonyms: Synonyms = {}): Meaning | undefined {
  const folded = plainKnowing(withoutSofteners(withChatSpellings(foldText(withEmojiWords(text)))));
  if (!folded) return undefined;
  // "2", "optie 2", "nummer 1", "de tweede", "2e": the choice by its place in the list, as the re-ask invites
  const place = choicePlace(folded);
  if (place !== undefined) {
    const byNumber = choices[place - 1];
    return byNumber ? { value: byNumber.value, sure: true } : undefined;
  }
  const exact = choices.find((c) => foldText(c.value) === folded || foldText(c.label) === folded);
  if (exact) return { value: exact.value, sure: true };
  // "kan niet zonder begeleiding": two negations, neither its "niet" nor its "begeleiding" alone
  if (DOUBLE_NEGATION.test(text.toLowerCase())) return undefined;
  // "geen idee eigenlijk" is not the choice "geen": not knowing wins where the choices allow it
  const unknown = choices.find((c) => UNKNOWN_VALUES.includes(c.value));
  if (unknown && UNKNOWN_PHRASES.some((p) => containsPhrase(folded, p))) return { value: unknown.value, sure: true };
  // "ja, zolang het werk niet te zwaar is": a negation inside the condition of a yes is not the answer's
  const phrase = bySynonym(
    YES_THEN_CONDITION.test(folded) ? folded.replace(CONDITION_CLAUSE, ' _ ') : folded,
    choices,
    synonyms,
  );
  // "nee, er is nu niemand die hem begeleidt", "nee want … begeleiding": at a yes/no question the yes
  // or no it opens with outweighs a word of the other side in its explanation or reason; sure when the
  // sentence does not turn, confirmed first when it does ("nee, maar ...")
  const opening = isYesNoQuestion(choices) ? byOpeningWord(folded, choices) : undefined;
  if (phrase && opening && opposite(phrase, opening)) return { value: opening, sure: !TURNS.test(folded) };
  if (phrase) return { value: phrase, sure: true };
  const lead = byLeadingWord(folded, choices);
  if (lead) return { value: lead, sure: true };
  // "nooit ingeschreven geweest": at a yes/no question a yes-word said with a negation is the no; confirmed
  const turned = isYesNoQuestion(choices) ? byNegatedSynonym(folded, choices, synonyms) : undefined;
  if (turned) return { value: turned, sure: false };
  if (unknown && TO_BE_CHECKED.some((p) => containsPhrase(folded, p))) return { value: unknown.value, sure: true };
  const compound = byCompoundHead(folded, choices, synonyms);
  if (compound) return { value: compound, sure: false };
  const near =
    byNearLabel(folded, choices) ?? byNearSynonym(folded, choices, synonyms) ?? byAbbreviation(text, choices, synonyms);
  return near ? { value: near, sure: false } : undefined;
}

/** A word cut short with a full stop, as a telegram-style answer of one or two words: "werkzoek.", "zeer gemot.". */
const ABBREVIATED = /(?<![\p{L}.])(\p{L}{4,})\.(?=\s|$)/gu;

/** "gemot." is "gemotiveerd": the start of one word of exactly one choice (its label or a one-word synonym); unsure. */
function byAbbreviation(text: string, choices: readonly Choice[], synonyms: Synonyms): string | undefined {
  if (text.trim().split(/\s+/).length > 2) return undefined;
  const starts = [...text.toLowerCase().matchAll(ABBREVIATED)].map((m) => foldText(m[1]!));
  if (starts.length === 0) return undefined;
  const hits = choices.filter((c) =>
    [
      ...foldText(c.label).split(' '),
      ...(synonyms[c.value] ?? []).filter((p) => !p.includes(' ')).map(foldedPhrase),
    ].some((word) => starts.some((start) => word.length >= start.length + 2 && word.startsWith(start))),
  );
  return hits.length === 1 ? hits[0]!.value : undefined;
}

/**
 * One typo in an everyday word of seven letters or more ("werkeloos", "gemotiveert"): unsure, and
 * only when one choice has such a word and no negation stands right before it.
 */
function byNearSynonym(text: string, choices: readonly Choice[], synonyms: Synonyms): string | undefined {
  const words = text.split(' ');
  const typed = words.filter((w, i) => w.length >= 7 && !NEGATIONS.includes(words[i - 1] ?? ''));
  const hits = choices.filter((c) =>
    (synonyms[c.value] ?? [])
      .filter((phrase) => !isCompoundHead(phrase) && !phrase.includes(' ') && phrase.length >= 7)
      .some((phrase) => typed.some((w) => editDistanceAtMostOne(w, foldedPhrase(phrase)))),
  );
  return hits.length === 1 ? hits[0]!.value : undefined;
}

/** An opening yes with a condition after it; the condition clause itself. */
const YES_THEN_CONDITION = /^(?:ja|jawel|zeker|klopt)\b.*\b(?:zolang|mits|tenzij|als|indien)\b/;
const CONDITION_CLAUSE = /\b(?:zolang|mits|tenzij|als|indien)\b.*$/;

const ORDINALS: Readonly<Record<string, number>> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6 };
const CHOICE_PLACE =
  /^(?:(?:optie|keuze|nummer|nr|antwoord|de|het) )?(?:(\d{1,2})(?: ?(?:e|ste|de))?|(eerste|tweede|derde|vierde|vijfde|zesde))$/;

/** The 1-based place of a choice typed as a whole answer ("optie 2", "de tweede", "2e"), or undefined. */
function choicePlace(folded: string): number | undefined {
  const m = CHOICE_PLACE.exec(folded);
  if (!m) return undefined;
  return m[1] !== undefined ? Number(m[1]) : ORDINALS[m[2]!];
}

/** A thumb or a tick is a yes, a cross or a thumb down a no (folding would drop them). */
function withEmojiWords(text: string): string {
  return text.replace(/👍|✅|✔️?|☑️?/gu, ' ja ').replace(/👎|❌|✖️?/gu, ' nee ');
}

/** A sentence that turns or corrects itself: "nee wacht", "ja maar ...", "nee, of toch wel". */
const TURNS = /\b(?:maar|wacht|toch|sorry|bedoel|of|behalve)\b/;
const YES_NO_VALUES: ReadonlySet<string> = new Set(Object.values(YES_NO_ALIASES).flat());
/** A question with only yes, no (and not known) as its choices: no middle choice a reason could name. */
const isYesNoQuestion = (choices: readonly Choice[]) => choices.every((c) => YES_NO_VALUES.has(c.value));

/** "niet zonder", "nooit zonder" as written (a comma between is two clauses: "werkt niet, zonder baan"). */
const DOUBLE_NEGATION = /\b(?:niet|nooit) zonder\b/;

/** The phrases are this module's and the flows' constant word lists: each is folded once. */
const FOLDED_PHRASES = new Map<string, string>();
function foldedPhrase(phrase: string): string {
  let folded = FOLDED_PHRASES.get(phrase);
  // as the typed text is read: "niet meer bruikbaar" is "niet bruikbaar" on both sides
  if (folded === undefined) FOLDED_PHRASES.set(phrase, (folded = withoutSofteners(foldText(phrase))));
  return folded;
}

/**
 * A phrase with "…" allows up to four words between its parts, for what Dutch puts apart: "van de
 * praktijkschool … gekomen" is also "van de praktijkschool in Ede gekomen".
 */
const GAP = '…';
const GAPPED_PATTERNS = new Map<string, RegExp>();
function gappedPattern(phrase: string): RegExp {
  let pattern = GAPPED_PATTERNS.get(phrase);
  if (pattern === undefined) {
    const parts = phrase.split(GAP).map((part) => foldedPhrase(part.trim()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // a negation in the gap turns the phrase around: "volgt nu geen opleiding" is no "volgt … opleiding"
    const gap = `(?: (?!(?:${NEGATIONS.join('|')})\\b)\\S+){0,4} `;
    GAPPED_PATTERNS.set(phrase, (pattern = new RegExp(` ${parts.join(gap)} `, 'g')));
  }
  return pattern;
}

/** Where the phrase occurs in the padded text (" text "): the start and end of each occurrence, spaces included. */
function occurrences(padded: string, phrase: string): { start: number; end: number }[] {
  if (phrase.includes(GAP))
    return [...padded.matchAll(gappedPattern(phrase))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const needle = ` ${foldedPhrase(phrase)} `;
  const found: { start: number; end: number }[] = [];
  for (let at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1))
    found.push({ start: at, end: at + needle.length });
  return found;
}

function containsPhrase(text: string, phrase: string): boolean {
  return occurrences(` ${text} `, phrase).length > 0;
}

const ARTICLES = new Set(['een', 'de', 'het']);
/** Negations that reach the rest of their clause, not only the next word. */
const CLAUSE_NEGATIONS = ['niet', 'nooit'];

/**
 * Where a clause turns or a new one starts with its subject, so a negation before it does not reach
 * past (folded text has no commas): "geen werk en wel ingeschreven", "verstaat het niet, hij zit op a0".
 */
const CLAUSE_TURN = / (?:maar|en|wel|of|want|omdat|toch|behalve|hij|ze|zij|ik|we|wij|jij|je) /;

/** The phrase occurs without "geen" or "niet" right before it ("geen jobcoach" is no "jobcoach"). */
/**
 * "afspraken nakomen lukt nog niet", "op tijd komen gaat niet": an infinitive, then it fails. Only after an
 * infinitive: "komt op tijd, gaat niet altijd goed" is two clauses (folding has dropped the comma).
 */
const FAILS_AFTER = /^\s*(\p{L}+en )?(?:lukt|gaat|kan|werkt) (?:(?:nog|echt|helemaal|zo|altijd|goed) )*niet\b/u;
const ENDS_IN_INFINITIVE = /\p{L}en$/u;

function containsAffirmed(text: string, phrase: string): boolean {
  const padded = ` ${text} `;
  const verbFirst = VERB_FIRST.test(` ${foldedPhrase(phrase)} `);
  return occurrences(padded, phrase).some(({ start, end }) => {
    // A negation right before turns the phrase around ("geen jobcoach"), an article may stand between
    // ("nooit een jobcoach gehad"); "niet" and "nooit" reach a few words further in the same clause ("heeft
    // nooit op een roc ingeschreven gestaan"), "geen" only its own noun ("geen eigen inkomen, partner verdient")
    const clause = padded.slice(0, start).split(CLAUSE_TURN).at(-1)!.trim().split(' ').slice(-4);
    const last = ARTICLES.has(clause.at(-1) ?? '') ? clause.at(-2) : clause.at(-1);
    const negatedBefore = NEGATIONS.includes(last ?? '') || clause.some((word) => CLAUSE_NEGATIONS.includes(word));
    // a verb is negated after it in Dutch: "werkt niet" is no "werkt", "lukt niet" no "lukt"
    const rest = padded.slice(end);
    const after = rest.split(' ')[0] ?? '';
    const fails = FAILS_AFTER.exec(rest);
    const failsAfterInfinitive = fails !== null && (fails[1] !== undefined || ENDS_IN_INFINITIVE.test(phrase));
    return !(negatedBefore || (after === 'niet' && verbFirst) || NOT_ATTAINED.test(rest) || failsAfterInfinitive);
  });
}
/** What follows a level or diploma that was not reached: "b1 niet gehaald", "niveau 2 nooit afgerond". */
const NOT_ATTAINED = /^(?:nog )?(?:niet|nooit) (?:gehaald|behaald|afgerond|afgemaakt)\b/;
/**
 * A phrase that starts with a finite verb ("werkt", "lukt wel") or a yes-word ("zeker", "absoluut"):
 * a "niet" right after it turns it around ("zeker niet" is no).
 */
const VERB_FIRST = new RegExp(
  `^ (?:werkt|lukt|gaat|wil|kan|heeft|doet|spreekt|begrijpt|verstaat|snapt|leert|${YES_WORDS_TURNED.join('|')})\\b`,
);

/** Words before a negation that only make it stronger: "zeker niet" is "niet", never the *ja* of "zeker". */
const INTENSIFIERS = ['zeker', 'absoluut', 'beslist', 'totaal', 'helemaal', 'echt', 'natuurlijk', 'tuurlijk', 'zeer'];

/**
 * "niet echt gemotiveerd" → "niet gemotiveerd", "zeker niet" → "niet": a softener right after a
 * negation, or an intensifier right before one, is dropped.
 */
function withoutSofteners(folded: string): string {
  const words = folded.split(' ');
  return withPlainSupport(
    words
      .filter(
        (word, i) =>
          !(SOFTENERS.includes(word) && NEGATIONS.includes(words[i - 1] ?? '')) &&
          !(INTENSIFIERS.includes(word) && NEGATIONS.includes(words[i + 1] ?? '')),
      )
      .join(' '),
  );
}

/** "met veel hulp", "met een vaste begeleider": how much or what kind of support does not change that it is support. */
const SUPPORT_DEGREE = /\bmet (een )?(?:veel|wat|extra|vaste|goede|intensieve|enige|flink wat|de nodige) /g;
function withPlainSupport(folded: string): string {
  return folded.replace(SUPPORT_DEGREE, (_match, een: string | undefined) => `met ${een ?? ''}`);
}

/** "weet ze zelf nog niet" → "weet nog niet", "weet ik eigenlijk niet" → "weet niet": one form for the phrase lists. */
function plainKnowing(folded: string): string {
  return folded
    .replace(KNOWING, (_match, nog: string | undefined) => `weet${nog ?? ''} niet`)
    .replace(CANNOT_JUDGE, 'kan ik niet $1');
}
/**
 * "kan ik echt niet beoordelen", "kan ik nu nog niet zeggen", "dat kan ik als jobcoach niet goed beoordelen":
 * one form for the phrase lists (who is speaking and how well do not change that it is not known).
 */
const CANNOT_JUDGE =
  /\bkan ik (?:(?!niet\b)\w+ ){0,3}niet (?:goed |echt |zo |helemaal )?(beoordelen|zeggen|inschatten)\b/g;

/** "weet niet of ...", "geen idee of ...", "niet zeker of ...": the rest of the clause is what is not known. */
const UNKNOWN_WHETHER =
  /\b(?:weet (?:nog )?niet|geen idee|niet zeker|onbekend|twijfel|vraag me af) (?:of|wat|welke|hoe)\b[^,.;!?]*|\b(?:navragen|nagaan|checken|uitzoeken|opvragen|vragen|informeren|navraag doen) (?:bij|aan|met) (?:de |het |een )?\w+/g;

/** Where the client came from is not where the client is: "kwam vorige maand uit de gevangenis", "na zijn detentie". */
const ENDED = new RegExp(
  '\\b(?:kwam|kwamen|gekomen|komt net|net|pas|onlangs|sinds kort|ontslagen)(?: \\w+){0,3}? uit (?:de |het |een )?' +
    '(?:gevangenis|bajes|bak|detentie|cel|pi|gevang|jeugdinrichting|bijstand|ww|wajong)\\b' +
    '|\\b(?:vrijgekomen|vrij gekomen|vrijgelaten|ex gedetineerde?|voormalig gedetineerde?)\\b' +
    '|\\b(?:na|sinds) (?:zijn |haar |de )?(?:detentie|vrijlating|straf)\\b',
  'g',
);

/**
 * The text with its "weet ik niet", "geen idee" phrases blanked out, so a word inside one is no
 * answer: "weet ik niet" at werkfit is not the "niet" of *nee*, "geen idee" not the "geen".
 */
function withoutUnknown(text: string): string {
  // what is not known is no answer either: "ja, maar weet niet of ze erkend zijn" names no *erkend*,
  // nor is a state that has ended: "net uit de gevangenis" names no *gedetineerd*
  let padded = ` ${text.replace(UNKNOWN_WHETHER, ' _ ').replace(ENDED, ' _ ')} `;
  for (const phrase of UNKNOWN_PHRASES) padded = padded.split(` ${foldedPhrase(phrase)} `).join(' _ ');
  return padded.trim();
}

/** A synonym "*medewerker" is the head of compound words: "sw-medewerker", "magazijnmedewerker". */
const isCompoundHead = (phrase: string) => phrase.startsWith('*');
/** A word before a compound that says it is not (or no longer) so: "ex-medewerker", "was productiemedewerker". */
const NOT_NOW = new Set([...NEGATIONS, 'ex', 'oud', 'voormalig', 'voormalige', 'vroeger', 'was', 'vorige']);

/**
 * The last resort for words no list can hold: a word ending in a compound head ("*medewerker",
 * "*vergoeding") means that choice when the heads of one choice only match. An inference: confirmed.
 */
function byCompoundHead(text: string, choices: readonly Choice[], synonyms: Synonyms): string | undefined {
  const words = withoutUnknown(text).split(' ');
  const hits = choices.filter((choice) =>
    (synonyms[choice.value] ?? []).filter(isCompoundHead).some((phrase) => {
      const head = foldText(phrase.slice(1));
      return words.some((word, i) => word.endsWith(head) && !NOT_NOW.has(words[i - 1] ?? ''));
    }),
  );
  return hits.length === 1 ? hits[0]!.value : undefined;
}

function bySynonym(text: string, choices: readonly Choice[], synonyms: Synonyms): string | undefined {
  const blanked = withoutUnknown(text);
  let best: { value: string; length: number; tie: boolean } | undefined;
  for (const choice of choices) {
    for (const phrase of [...(synonyms[choice.value] ?? []).filter((p) => !isCompoundHead(p)), choice.label]) {
      const length = foldedPhrase(phrase).length;
      // a synonym that is itself about not knowing ("weet nog niet": twijfel) may match one
      const about = UNKNOWN_PHRASES.some((p) => containsPhrase(foldedPhrase(phrase), p)) ? text : blanked;
      if (!containsAffirmed(about, phrase) || (best && length < best.length)) continue;
      const tie = best !== undefined && length === best.length && best.value !== choice.value;
      best = { value: choice.value, length, tie };
    }
  }
  return best && !best.tie ? best.value : undefined;
}

const YES_VALUES: ReadonlySet<string> = new Set(YES_NO_ALIASES.ja);
const NO_VALUES: ReadonlySet<string> = new Set(YES_NO_ALIASES.nee);
const opposite = (a: string, b: string) =>
  (YES_VALUES.has(a) && NO_VALUES.has(b)) || (NO_VALUES.has(a) && YES_VALUES.has(b));

/** The other answer when the phrases of one answer occur only negated ("nooit ingeschreven", "geen coach"). */
function byNegatedSynonym(text: string, choices: readonly Choice[], synonyms: Synonyms): string | undefined {
  const negated = choices.filter((choice) =>
    (synonyms[choice.value] ?? []).some(
      (phrase) => !isCompoundHead(phrase) && containsPhrase(text, phrase) && !containsAffirmed(text, phrase),
    ),
  );
  if (negated.length !== 1) return undefined;
  return choices.find((choice) => opposite(choice.value, negated[0]!.value))?.value;
}

/** The plain yes or no an answer opens with ("nee, ...", "ja hoor, ..."), without reading further. */
function byOpeningWord(text: string, choices: readonly Choice[]): string | undefined {
  const first = unstretched(text.split(' ')[0] ?? '');
  const meaning = YES.has(first) ? 'ja' : NO.has(first) && first !== 'niet' ? 'nee' : undefined;
  if (!meaning) return undefined;
  return choiceWithMeaning(meaning, choices);
}

/** "niet zeker", "niet helemaal zeker": not sure is no "niet" (the softener is already dropped). */
const NOT_SURE = /^niet zeker\b/;

/** "ja hoor", "nee, vooral door de taal", "weet ik eigenlijk niet", "ik denk het niet": yes, no or unknown. */
function byLeadingWord(text: string, choices: readonly Choice[]): string | undefined {
  if (NOT_SURE.test(text)) return undefined;
  const [lead = '', second] = text.split(' ');
  const first = unstretched(lead);
  // "klopt niet", "graag niet": a yes-word turned around ("zeker niet" is already "niet": INTENSIFIERS)
  const negatedYes = YES_WORDS_TURNED.includes(first) && second === 'niet';
  const meaning = negatedYes
    ? 'nee'
    : UNKNOWN_PHRASES.some((p) => containsPhrase(text, p))
      ? 'onbekend'
      : HEDGED_NO.some((p) => containsPhrase(text, p))
        ? 'nee'
        : HEDGED_YES.some((p) => containsPhrase(text, p))
          ? 'ja'
          : YES_LEAD.includes(first)
            ? 'ja'
            : NO_LEAD.includes(first)
              ? 'nee'
              : parseYesNoUnknown(text);
  if (!meaning) return undefined;
  return choiceWithMeaning(meaning, choices);
}

/** One typo in a label word of five letters or more ("bijstnd", "werkzoekent"): unsure. */
function byNearLabel(text: string, choices: readonly Choice[]): string | undefined {
  const words = text.split(' ').filter((w) => w.length >= 5);
  const hits = choices.filter((c) =>
    foldText(c.label)
      .split(' ')
      .some((label) => label.length >= 5 && words.some((w) => editDistanceAtMostOne(w, label))),
  );
  return hits.length === 1 ? hits[0]!.value : undefined;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2; // swapped letters
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
