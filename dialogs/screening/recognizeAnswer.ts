import { dutchIsoDate } from '../../intake/dossier/clock';
import { ageOn, IsoDate } from '../../intake/dossier/fields';
import { datesIn } from '../../intake/prefill/dutchDates';
import { extractOpleiding, namesOnlyUnattainedLevels } from '../../intake/prefill/opleidingRule';
import { fieldByRules, normalizeForRules } from '../../intake/prefill/ruleExtractor';
import { fieldMeta, isAnswerField, ANSWER_SHAPE, type AnswerField } from '../../intake/screening/answers';
import { healthDetailIn } from '../../privacy/healthDetails';
import type { Activity } from '../sdk';
import type { Recognized } from '../shared/flowStep';
import { submitOf } from '../shared/submitOf';
import { matchChoice, matchMeaning, parseYesNoUnknown } from '../shared/meaning';
import {
  afterCorrection,
  countsDaysWithoutHours,
  hoursFromDayParts,
  numberByMeaning,
  withDigitWords,
} from '../shared/typedNumbers';
import { foldText, looksLikeQuestion, parseWholeNumber } from '../shared/typedAnswer';
import { choiceByExample } from './answerExamples';
import { OTHER_LANGUAGES, screeningSynonyms } from './synonyms.nl';
import { fieldMessages, screeningMessages as msg } from './messages.nl';
import { choicesFor, decodeChoice, encodeChoice, MAX_TEXT_LENGTH, type AnswerValue } from './questions';
import { gradedChoice, partlyChoice } from './graded';
import { FieldSubmitValue } from './submits';

const DECADE_WORDS = 'twintig|dertig|veertig|vijftig|zestig|zeventig';
const DECADE = new RegExp(
  `\\b(?:begin|midden|eind|in de|ergens in de|achter in de|voor in de) (?:\\d0|${DECADE_WORDS})\\b` +
    `|\\b(?:twintiger|dertiger|veertiger|vijftiger|zestiger)s?\\b`,
);
/**
 * Questions about the client's situation now; what comes next ("WW tot juni, daarna waarschijnlijk
 * bijstand") is no answer there. Not inkomen: that question asks about the traject to come.
 */
const NOW_FIELDS: ReadonlySet<AnswerField> = new Set(['situatie', 'uitkering', 'opleiding', 'ingeschrevenMbo']);
const FUTURE_CLAUSE = /\b(?:daarna|straks|later|binnenkort|vervolgens|na afloop)\b[^,.;]*/gi;
/**
 * "alleen somalisch en een beetje engels", "verstaat alleen tigrinya": what is said of another language
 * ("een beetje", "verstaat") says nothing of the Dutch; "alleen tigrinya" itself stays.
 */
const ANOTHER_LANGUAGE = `(?:${OTHER_LANGUAGES.join('|')})\\b`;
const ABOUT_ANOTHER_LANGUAGE = new RegExp(
  `\\b(?:(?:een beetje|beetje|wat|redelijk|goed|vloeiend|prima|ook|vooral|verder) ${ANOTHER_LANGUAGE}` +
    `|(?:spreekt|verstaat|praat|begrijpt|kent) (?=(?:alleen |enkel )?${ANOTHER_LANGUAGE}))`,
  'gi',
);

/** "in Lagos", "uit Homs": a place named with a capital, where a diploma may have been earned. */
const NAMED_PLACE = /\b(?:in|uit|te) \p{Lu}\p{Ll}{2,}/u;
const ESTIMATE = /\b(?:rond de|rond|ongeveer|circa|ca|zo'?n)\b/;
const NOTHING = new Set(['geen', 'niets', 'nvt', 'n v t', '']);

/** An answer and whether it is certain; an unsure one ("bijstnd") is confirmed first. */
export interface Answer {
  value: AnswerValue;
  sure: boolean;
}

/** One turn at a question: a card submit or typed text → the answer, or a reply and a re-ask. */
export function recognizeAnswer(activity: Activity, field: AnswerField, today?: string): Recognized<Answer> {
  const submit = submitOf(activity);
  if (submit) return sure(recognizeSubmit(submit, field));
  return typed(field, activity.text ?? '', today);
}

function sure(recognized: Recognized<AnswerValue>, isSure = true): Recognized<Answer> {
  return recognized.ok ? { ok: true, value: { value: recognized.value, sure: isSure } } : recognized;
}

/** A reading that is an inference ("wordt 30" is 29 now): confirmed before it counts. */
function unsure(recognized: Recognized<AnswerValue>): Recognized<Answer> {
  return sure(recognized, false);
}

/** "bijna 50", "wordt volgende maand dertig", "23 en wordt in maart 24", "word in mei 48" (d/t): the age to come. */
const AGE_TO_COME = /\b(?:bijna|straks|binnenkort|wordt?(?: \w+){0,3}?) (\d{1,2})\b(?! (?:uur|dagen|maanden|weken))/;

/** "hij wordt volgende maand 50, nu dus 49": the age said to be now. */
const AGE_NOW = /\bnu (?:dus |al |nog )?(\d{1,2})\b(?! (?:uur|dagen|maanden|weken))/;

/** Typed text by meaning: numbers in a sentence, synonyms, "ja hoor", "weet ik niet" where allowed. */
/** `today` (YYYY-MM-DD) only for a birth date at the age question: formatting it costs a turn's time. */
function typed(field: AnswerField, typedText: string, today?: string): Recognized<Answer> {
  const kind = fieldMeta(field).kind;
  if (kind === 'text') return sure(checked(field, typedText));
  // "23.. nee wacht 32": a number corrected by the verwijzer is read from the correction on
  const text = kind === 'integer' ? afterCorrection(typedText) : typedText;
  if (field === 'leeftijd') {
    const age = typedAge(text, today);
    if (age) return age;
  }
  if (field === 'urenPerWeek') {
    const hours = hoursFromDayParts(text);
    if (hours !== undefined) return unsure(checked(field, hours));
  }
  if (kind === 'integer') {
    const number = numberByMeaning(text);
    if (number !== undefined) return sure(checked(field, number));
    // Two numbers, one with its unit ("32 uur, 4 dagen"): the field's own description rule
    // knows which one is meant; it is an inference, so confirmed first.
    const described = fieldByRules(text, field);
    if (typeof described === 'number') return unsure(checked(field, described));
    // "3 dagen" is no 3 hours: ask for the hours instead of reading the first number
    if (field === 'urenPerWeek' && countsDaysWithoutHours(text)) return retry(msg.invalid.daysWithoutHours);
    return retry(invalidMessage(field));
  }
  const now = aboutTheQuestion(field, text);
  const meaning = matchMeaning(now, choicesFor(field), screeningSynonyms[field]);
  if (field === 'opleiding') {
    const lower = normalizeForRules(now);
    // "mbo 2 afgebroken" names mbo 2, but the question is the highest diploma attained
    // ("havo 4, zonder diploma weg" says none outright: that is read, and confirmed)
    const attained = extractOpleiding(lower);
    if (meaning?.value !== 'geen' && namesOnlyUnattainedLevels(lower))
      return attained === 'geen' ? unsure(checked(field, 'geen')) : retry(msg.invalid.notFinished);
    // The description rule sees what the word lists cannot: schooling abroad whatever its level ("universiteit
    // in Iran"), or a level attained beside one not ("mbo 2 niet afgemaakt, vmbo tl wel")
    if (attained !== undefined && attained !== 'geen' && meaning?.value !== attained)
      return unsure(checked(field, attained));
  }
  const parsed = meaning ? ANSWER_SHAPE[field].safeParse(decodeChoice(field, meaning.value)) : undefined;
  if (meaning && parsed?.success) {
    const partly = partlyChoice(field, now);
    if (partly !== undefined && partly !== meaning.value) return unsure(checked(field, decodeChoice(field, partly)));
    // "universiteit in Lagos": a place the lists do not know may be abroad, so the level is confirmed
    const somewhere = field === 'opleiding' && meaning.value !== 'buitenlands' && NAMED_PLACE.test(text);
    return { ok: true, value: { value: parsed.data, sure: meaning.sure && !somewhere } };
  }
  // A whole sentence ("heeft een dienstverband bij het sw-bedrijf"): the rules that read a
  // client's description for the aanmelding, for this field only, confirmed before it counts.
  const described = fieldByRules(text, field);
  if (described !== undefined) return { ok: true, value: { value: described, sure: false } };
  // "lukt als er iemand naast staat", "korte zinnen gaan, lange uitleg niet": what the sentence
  // says on the whole, at a can/wants question; confirmed before it counts
  const graded = gradedChoice(field, now);
  if (graded !== undefined) return unsure(checked(field, decodeChoice(field, graded)));
  // Last, how verwijzers phrased such answers before; a question is answered instead (questionFlow)
  const alike = looksLikeQuestion(text) ? undefined : choiceByExample(field, now);
  if (alike !== undefined) return unsure(checked(field, decodeChoice(field, alike)));
  return retry(invalidMessage(field));
}

/** The part of the text that answers this question: the situation now, or the Dutch (not another language). */
function aboutTheQuestion(field: AnswerField, text: string): string {
  if (NOW_FIELDS.has(field)) return text.replace(FUTURE_CLAUSE, ' ');
  return field === 'taal' ? text.replace(ABOUT_ANOTHER_LANGUAGE, ' ') : text;
}

/** The age question's own readings: a birth date, "wordt 30", a decade (asked again), an estimate. */
function typedAge(text: string, today?: string): Recognized<Answer> | undefined {
  const age = ageFromBirthDate(text, today ?? dutchIsoDate(new Date()));
  if (age === 'future') return retry(msg.invalid.futureBirthDate);
  if (age !== undefined) return sure(checked('leeftijd', age));
  // "wordt volgende maand 50, nu dus 49": the age now, said outright
  const folded = foldText(text);
  const now = AGE_NOW.exec(folded);
  if (now) return sure(checked('leeftijd', Number(now[1])));
  // "49, bijna 50": the one number left beside the age to come is the age now
  const withDigits = foldText(withDigitWords(text));
  const toCome = AGE_TO_COME.exec(withDigits);
  const beside = toCome ? numberByMeaning(withDigits.replace(toCome[0], ' ')) : undefined;
  if (toCome && beside !== undefined && beside < Number(toCome[1])) return sure(checked('leeftijd', beside));
  // "bijna 50", "wordt volgende maand 30" alone: one year younger now; an inference, confirmed
  if (toCome && beside === undefined) return unsure(checked('leeftijd', Number(toCome[1]) - 1));
  // "begin 30", "eind twintig", "in de veertig": a decade, not an age
  if (DECADE.test(folded)) return retry(msg.invalid.approximateAge);
  // "rond de 40", "ongeveer 35": an estimate, confirmed before it counts
  if (ESTIMATE.test(folded)) return unsure(checked('leeftijd', numberByMeaning(text) ?? text));
  return undefined;
}

/**
 * "geboren 12 maart 1988", "03-11-2001", "15/7/1999": the one real, past birth date in the text
 * as an age today (`today` YYYY-MM-DD). Two dates or none leave the text to the number reading.
 */
function ageFromBirthDate(text: string, today: string): number | 'future' | undefined {
  const dates = datesIn(text, Number(today.slice(0, 4)));
  const birth = dates.length === 1 ? dates[0]!.iso : undefined;
  if (!birth || !IsoDate.safeParse(birth).success) return undefined;
  return birth > today ? 'future' : ageOn(birth, today);
}

function recognizeSubmit(submit: Record<string, unknown>, field: AnswerField): Recognized<AnswerValue> {
  const keys = Object.keys(submit);
  // Some clients leave an empty Input.Text out of the submit.
  if (keys.length === 0 && fieldMeta(field).kind === 'text') return { ok: true, value: '' };
  if (!keys.includes(field)) return retry(keys.some(isAnswerField) ? msg.invalid.otherQuestion : msg.invalid.unusable);
  const raw = FieldSubmitValue.safeParse(submit[field]);
  if (keys.length !== 1 || !raw.success) return retry(msg.invalid.unusable);
  return checked(field, raw.data);
}

function checked(field: AnswerField, raw: FieldSubmitValue): Recognized<AnswerValue> {
  // Free text goes with the aanmelding to the intake team: a diagnosis or medicine is refused here, not kept
  if (fieldMeta(field).kind === 'text' && typeof raw === 'string' && healthDetailIn(raw))
    return retry(msg.invalid.healthDetail);
  const value = coerce(field, raw);
  const parsed = value === undefined ? undefined : ANSWER_SHAPE[field].safeParse(value);
  if (parsed?.success) return { ok: true, value: parsed.data };
  return retry(invalidMessage(field));
}

function coerce(field: AnswerField, raw: FieldSubmitValue): AnswerValue | undefined {
  const meta = fieldMeta(field);
  switch (meta.kind) {
    case 'integer':
      return typeof raw === 'number' ? raw : typeof raw === 'string' ? parseWholeNumber(raw) : undefined;
    case 'text':
      return typeof raw === 'string' ? textAnswer(raw) : undefined;
    default: {
      if (typeof raw === 'number') return undefined;
      const choice = matchChoice(typeof raw === 'string' ? raw : encodeChoice(raw), choicesFor(field));
      return choice === undefined ? undefined : decodeChoice(field, choice);
    }
  }
}

/** Free text; "geen" or "weet ik niet" mean no interests given. Too long → undefined. */
function textAnswer(raw: string): string | undefined {
  const text = raw.trim();
  if (text.length > MAX_TEXT_LENGTH) return undefined;
  return NOTHING.has(foldText(text)) || parseYesNoUnknown(text) === 'onbekend' ? '' : text;
}

function invalidMessage(field: AnswerField): string {
  const meta = fieldMeta(field);
  if (meta.kind === 'integer') return msg.invalid.number(meta.min, meta.max, fieldMessages[field].unit ?? '');
  if (meta.kind === 'text') return msg.invalid.textTooLong(MAX_TEXT_LENGTH);
  const options = choicesFor(field).map((choice, i) => `${i + 1}. ${choice.label}`);
  return msg.invalid.choice(options.join(', '));
}

function retry(reply: string): Recognized<never> {
  return { ok: false, replies: [reply] };
}
