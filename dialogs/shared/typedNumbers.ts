import { foldText } from './typedAnswer';

/**
 * Numbers in typed answers, by meaning: number words ("vierendertig"), a working week ("3 dagen van 8 uur",
 * "4 ochtenden van 9 tot 1", "ma t/m vr 4 uur"), a corrected number ("23.. nee wacht 32"). Split from
 * meaning.ts, which reads choices, yes/no and not knowing.
 */
const NUMBER_WORDS: Record<string, number> = {
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};

/** "vierendertig" → 34, "twintig" → 20, "zes" → 6. */
function dutchNumberWord(word: string): number | undefined {
  if (word in NUMBER_WORDS) return NUMBER_WORDS[word];
  if (word in TENS) return TENS[word];
  const compound =
    /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(
      word,
    );
  // "een" is a number only inside a compound ("eenentwintig"); alone it is the article
  return compound ? (compound[1] === 'een' ? 1 : NUMBER_WORDS[compound[1]!]!) + TENS[compound[2]!]! : undefined;
}

/** Parts of a working week that are counted, not hours: "4 ochtenden van 4 uur". */
const DAY_PARTS =
  // "3 dgn van 6 uur": the short form in a file note
  'dagen|dag|dgn|ochtenden|ochtend|middagen|middag|avonden|avond|dagdelen|dagdeel|diensten|dienst|' +
  // "drie ochtendjes van 4 uur"
  'dagjes|dagje|ochtendjes|ochtendje|middagjes|middagje|avondjes|avondje|' +
  // "3 dagdiensten van 8 uur", "vier werkdagen"
  '[a-z]{2,12}diensten|[a-z]{2,12}dienst|werkdagen|werkdag';
/** One of those words as a whole word. */
const DAY_WORD = new RegExp(`^(?:${DAY_PARTS})$`);

const SPLIT_COMPOUND =
  /\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen) en (twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b/g;

/** "uurtjes", "uren": the one word for hours the patterns know. */
const HOUR_WORD = /^(?:uurtjes?|uren)([,.;]?)$/;

/** "twintich", "vierentwintug": the tens' ending misspelt. */
const TIG_SLIP = /t(?:ich|ugh?|eg|ag)$/;

/** A number word, also with its tens misspelt ("twintich"). */
function numberOfWord(folded: string): number | undefined {
  return dutchNumberWord(folded) ?? dutchNumberWord(folded.replace(TIG_SLIP, 'tig'));
}

/** "daagen": a day word with one letter doubled by a slip, or undefined. */
function withoutDoubledLetter(folded: string): string | undefined {
  for (let i = 1; i < folded.length; i++) {
    if (folded[i] !== folded[i - 1]) continue;
    const single = folded.slice(0, i) + folded.slice(i + 1);
    if (DAY_WORD.test(single)) return single;
  }
  return undefined;
}

/** Number words as digits, spacing kept: "drie dagen van zes uurtjes" → "3 dagen van 6 uur". */
export function withDigitWords(text: string): string {
  return (
    text
      .toLowerCase()
      // "negen en vijftig" (autocorrect split the compound): one number
      .replace(SPLIT_COMPOUND, '$1en$2')
      .split(/(\s+)/)
      .map((word) => {
        const folded = foldText(word);
        return numberOfWord(folded)?.toString() ?? withoutDoubledLetter(folded) ?? word.replace(HOUR_WORD, 'uur$1');
      })
      .join('')
  );
}
// The patterns of a working week, built once (they run at every typed number).
const NAMED_DAY_PART = `(?:(?:hele|volle|halve|lange|korte)\\s+)?(?:${DAY_PARTS})`; // "twee volle dagen"
const DAYS_TIMES_HOURS = new RegExp(
  // "2x4u": chat shorthand for uur; "vier ochtenden van elk 4 uur"
  `(\\d{1,2})\\s*${NAMED_DAY_PART}?\\s*(?:per week\\s*)?(?:van|x|keer|à|a)\\s*(?:per week\\s*)?(?:van\\s*)?` +
    `(?:(?:elk|telkens|steeds)\\s+)?(\\d{1,2})\\s*(?:uur|u\\b)`,
);
const EACH = '(?:(?:telkens|steeds|elk|elke|iedere|per) (?:keer |dag )?)?'; // "drie ochtenden, telkens 4 uur"
const DAYS_THEN_HOURS = new RegExp(
  `(\\d{1,2})\\s*${NAMED_DAY_PART}\\s*(?:per week)?[\\s,]+${EACH}(\\d{1,2})\\s*uur\\b`,
);
const HOURS_THEN_DAYS = new RegExp(
  `(\\d{1,2})\\s*uur (?:per|a|à|op een|elke) dag[\\s,]+(?:en\\s+)?(\\d)\\s*${NAMED_DAY_PART}`,
);
const HOURS_PER_WEEK = /(\d{1,2})\s*uur (?:per week|in de week|pw|p\/w|per wk)\b/g;
/** "halve dagen van 4 uur, vijf keer per week": the hours of one time, then how often a week. */
/** "2 dagen van 8 en 1 van 4": two kinds of day, each counted with its hours; the week is their sum. */
const TWO_PRODUCTS = new RegExp(
  `(\\d)\\s*${NAMED_DAY_PART}\\s*van\\s*(\\d{1,2})\\s*(?:uur|u\\b)?\\s*(?:en|\\+|,)\\s*(\\d)\\s*` +
    `(?:${NAMED_DAY_PART}\\s*)?van\\s*(\\d{1,2})\\s*(?:uur|u\\b)?`,
);
/** "ochtenden van 4 uur, 5 dagen": a day part's hours, then how many of them. */
const PART_HOURS_THEN_COUNT = new RegExp(
  `(?:${DAY_PARTS}) van (\\d{1,2})\\s*(?:uur|u)\\b[\\s,]+(\\d)\\s*(?:${DAY_PARTS}|keer|x)\\b`,
);
const HOURS_TIMES_A_WEEK = /(\d{1,2})\s*(?:uur|u)\b[^\d]{0,15}?(\d)\s*(?:keer|x|maal) (?:per|in de|a|à) week\b/;
const HOURS_PER_DAY = /\d{1,2}\s*(?:uur|u) (?:per|a|à|op een|elke|iedere) (?:werk)?dag\b/;
const BARE_PRODUCT = /^\s*(\d{1,2})\s*(?:x|keer|×|\*)\s*(\d{1,2})\s*$/;
/**
 * "3 dagen a 8", "4 ochtenden van 5": days counted, then the hours of one without the word "uur", at the end;
 * after "x" or "à" also with words after it ("4 dagen x 8 in de expeditie").
 */
const DAYS_AT_HOURS = new RegExp(
  `(\\d{1,2})\\s*${NAMED_DAY_PART}\\s*` +
    `(?:(?:à|a|van|x|keer)\\s*(\\d{1,2})\\s*$|(?:x|keer|à)\\s*(\\d{1,2})\\b(?![.,]?\\d))`,
);
/** "24, verdeeld over 3 dagen", "20 uur over vier ochtenden": a week's total spread over days. */
const SPREAD_OVER_DAYS = new RegExp(
  `^\\D*?(\\d{1,2})\\s*(?:uur|u\\b)?[\\s,]+(?:verdeeld |verspreid |gespreid )?over (?:\\d\\s*)?${NAMED_DAY_PART}`,
);
const COUNTED_DAYS = new RegExp(`\\d\\s*(?:${DAY_PARTS})\\b`);

/**
 * The one whole number in a typed answer: "34", "ze is 34 jaar", "ongeveer 20 uur",
 * "vierendertig", "3 dagen van 8 uur", "drie dagen van zes uur" or "4 ochtenden van 4 uur" (24, 18,
 * 16). Two other numbers ("20 tot 24 uur"), a decimal or days without hours ("2 ochtenden") give
 * undefined (ask again).
 */
export function numberByMeaning(text: string): number | undefined {
  const folded = text.toLowerCase();
  const withDigits = withDigitWords(text);
  const two = TWO_PRODUCTS.exec(withDigits);
  if (two && Number(two[2]) <= 12 && Number(two[4]) <= 12)
    return Number(two[1]) * Number(two[2]) + Number(two[3]) * Number(two[4]);
  // "3 dagen van 8 uur", "4 x 6 uur", "drie dagen van zes uur": days times hours
  const product = DAYS_TIMES_HOURS.exec(withDigits);
  // "twee dagen van acht uur plus een ochtend van vier": another number beside the product is asked
  // again, unless it is the total said again ("3 ochtenden van 4 uur, dus 12")
  if (product) {
    const total = Number(product[1]) * Number(product[2]);
    const others = withDigits.replace(product[0], ' ').match(/\d+/g) ?? [];
    return others.every((n) => Number(n) === total) ? total : undefined;
  }
  // "vier dagen 8 uur", "3 dagen, 6 uur": days named, then the hours of one (a day has at most 12)
  const bare = DAYS_THEN_HOURS.exec(withDigits);
  if (bare && Number(bare[2]) <= 12) return Number(bare[1]) * Number(bare[2]);
  // "vier uur per dag, vijf dagen": the hours of a day, then the days
  const perDayFirst = HOURS_THEN_DAYS.exec(withDigits);
  if (perDayFirst && Number(perDayFirst[1]) <= 12) return Number(perDayFirst[1]) * Number(perDayFirst[2]);
  // "maximaal 10 uur per week, in blokken van 2 uur": the one number said to be per week
  const partThenCount = PART_HOURS_THEN_COUNT.exec(withDigits);
  if (partThenCount && Number(partThenCount[1]) <= 12) return Number(partThenCount[1]) * Number(partThenCount[2]);
  const timesAWeek = HOURS_TIMES_A_WEEK.exec(withDigits);
  if (timesAWeek && Number(timesAWeek[1]) <= 12) return Number(timesAWeek[1]) * Number(timesAWeek[2]);
  const perWeek = [...withDigits.matchAll(HOURS_PER_WEEK)];
  if (perWeek.length === 1) return Number(perWeek[0]![1]);
  // "3 dagen a 8": the days, then the hours of one without the word "uur"
  const perDayAtEnd = DAYS_AT_HOURS.exec(withDigits);
  const perDay = Number(perDayAtEnd?.[2] ?? perDayAtEnd?.[3]);
  if (perDayAtEnd && perDay <= 12) return Number(perDayAtEnd[1]) * perDay;
  const spread = SPREAD_OVER_DAYS.exec(withDigits);
  if (spread) return Number(spread[1]);
  // "2 ochtenden", "3 dagen": a count of days, not of hours; ask again rather than guess
  if (countsDaysWithoutHours(withDigits)) return undefined;
  // "6 uur per dag" without the days: the hours of one day, not of the week
  if (HOURS_PER_DAY.test(withDigits)) return undefined;
  // "3 x 8", "drie keer acht": a product as the whole answer
  const times = BARE_PRODUCT.exec(withDigits);
  if (times) return Number(times[1]) * Number(times[2]);
  if (/\d[.,]\d/.test(folded)) return undefined;
  // "is zevenentwintig, kwam in 2019 uit Syrië": a year is neither an age nor hours
  const digits = (folded.match(/\d+/g) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n));
  const words = foldText(text)
    .replace(SPLIT_COMPOUND, '$1en$2')
    .split(' ')
    .map(numberOfWord)
    .filter((n): n is number => n !== undefined);
  // "drie blokken van 7 uur": a number word beside a number is a second number, not to be left out
  const numbers = [...digits.map(Number), ...words];
  return numbers.length === 1 ? numbers[0] : undefined;
}

/** A number, then a correction: "23.. nee wacht 32", "21 jaar, sorry 20", "niet 20 maar 24". */
const CORRECTION =
  /\d[^\d]*?\b(?:nee|neen|sorry|sry|oeps|oops|correctie|verbetering|ik bedoel|bedoel ik|bedoel|wacht|pardon)\b|\b(?:niet|geen) \d+ maar\b/g;
const HAS_NUMBER = /\d/;

/**
 * What a number answer says after its last correction ("32, nee wacht 28" → "28"), or the text
 * as typed: the verwijzer's own correction is the answer. Only when a number follows it ("24, nee
 * hoor" keeps 24).
 */
export function afterCorrection(text: string): string {
  const withDigits = withDigitWords(text);
  let rest: string | undefined;
  for (const m of withDigits.matchAll(CORRECTION)) {
    const after = withDigits.slice(m.index + m[0].length);
    if (HAS_NUMBER.test(after)) rest = after;
  }
  return rest ?? text;
}

/** "3 dagen", "twee ochtenden": days counted, no hours named. */
export function countsDaysWithoutHours(text: string): boolean {
  const withDigits = foldText(text)
    .split(' ')
    .map((word) => numberOfWord(word)?.toString() ?? word)
    .join(' ');
  return COUNTED_DAYS.test(withDigits) && !/\buur\b/.test(withDigits);
}

/** "4 ochtenden van 9 tot 1", "3 dagen van 8.30 tot 17.00": a count of days and the clock times of one. */
const CLOCK = '(\\d{1,2})(?:[.:](\\d{2}))?';
const DAYS_FROM_TO = new RegExp(
  `(\\d{1,2})\\s*(?:${DAY_PARTS})\\s*(?:per week\\s*)?(?:van\\s*)?${CLOCK}\\s*(?:tot|-|–)\\s*${CLOCK}` +
    '(?!\\s*(?:dagen|dag|uur per week))',
);

/** The days of the week as typed, in order: "ma", "maandag", … */
const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const WEEKDAY = '(ma|maandag|di|dinsdag|wo|woensdag|do|donderdag|vr|vrijdag|za|zaterdag|zo|zondag)';
/** "ma t/m vr", "maandag tot en met donderdag", "ma-do": a run of weekdays. */
const WEEKDAY_RANGE = new RegExp(`\\b${WEEKDAY}\\s*(?:t\\/m|tm|tot en met|-|–|tot)\\s*${WEEKDAY}\\b`);
/** "maandag, woensdag en vrijdag", "di en do", "ma/wo", "ma wo vr": weekdays named one by one (two or more). */
const WEEKDAY_LIST = new RegExp(`\\b${WEEKDAY}(?:(?:\\s*(?:,|\\/|&|\\+|\\ben\\b)\\s*|\\s+)${WEEKDAY}\\b)+`, 'g');
const WEEKDAY_ANY = new RegExp(`\\b${WEEKDAY}\\b`, 'g');

/** Every working day named at once (not "per dag": "6 uur per dag, 3 dagen" counts its days). */
const WORKING_WEEK =
  /\b(?:doordeweeks|door de week|alle werkdagen|elke werkdag|iedere werkdag|op alle werkdagen|elke dag|iedere dag|dagelijks)\b/;

/** The weekdays of a run ("ma t/m do": 4) or a list ("maandag, woensdag en vrijdag": 3), and the text without them. */
function weekdaysNamed(text: string): { days: number; rest: string } | undefined {
  const run = WEEKDAY_RANGE.exec(text);
  if (run) {
    const days = WEEKDAYS.indexOf(run[2]!.slice(0, 2)) - WEEKDAYS.indexOf(run[1]!.slice(0, 2)) + 1;
    return { days, rest: text.replace(run[0], ' ') };
  }
  const lists = [...text.matchAll(WEEKDAY_LIST)];
  // "doordeweeks 6 uur per dag", "alle werkdagen 4 uur": the five days of a working week
  const week = WORKING_WEEK.exec(text);
  if (lists.length === 0 && week && !COUNTED_DAYS.test(text)) return { days: 5, rest: text.replace(week[0], ' ') };
  if (lists.length !== 1) return undefined;
  const named = new Set([...lists[0]![0].matchAll(WEEKDAY_ANY)].map((m) => m[1]!.slice(0, 2)));
  return { days: named.size, rest: text.replace(lists[0]![0], ' ') };
}

/** "9-13", "van 9 tot 1", "8.30-12.30": the clock times of one day. */
const CLOCK_RANGE = new RegExp(
  `(?:^|[^\\d.:])${CLOCK}\\s*(?:tot|-|–)\\s*${CLOCK}(?![\\d.:]|\\s*(?:uur per week|dagen|dag))`,
);

/** Hours in a day from clock times; "van 9 tot 1" ends at 13:00. Over 12 hours is no working day. */
function hoursBetween(m: RegExpExecArray, from: number): number | undefined {
  const start = Number(m[from]) + Number(m[from + 1] ?? 0) / 60;
  let end = Number(m[from + 2]) + Number(m[from + 3] ?? 0) / 60;
  if (end <= start) end += 12;
  const perDay = end - start;
  return perDay > 0 && perDay <= 12 ? perDay : undefined;
}

/** Hours per week from days and clock times: "4 ochtenden van 9 tot 1", "ochtenden 9-13, ma t/m vr". */
function hoursFromClockTimes(text: string): number | undefined {
  const withDigits = withDigitWords(text);
  let days: number | undefined;
  let perDay: number | undefined;
  const counted = DAYS_FROM_TO.exec(withDigits);
  if (counted) {
    days = Number(counted[1]);
    perDay = hoursBetween(counted, 2);
  } else {
    const named = weekdaysNamed(withDigits);
    const rest = named?.rest ?? '';
    const clock = named ? CLOCK_RANGE.exec(rest) : null;
    // "elke ochtend 4 uur, ma t/m vr": the hours of each day, named once
    // ("ma en do, samen 12 uur" is the week's hours: left to the number reading)
    const total = /\b(?:samen|totaal|bij elkaar|opgeteld)\b/.test(rest);
    const hours = named && !clock && !total ? [...rest.matchAll(/(\d{1,2})\s*uur\b(?! per week)/g)] : [];
    if (named) days = named.days;
    if (clock) perDay = hoursBetween(clock, 1);
    else if (hours.length === 1 && Number(hours[0]![1]) <= 12) perDay = Number(hours[0]![1]);
  }
  const total = days !== undefined && days > 0 && perDay !== undefined ? days * perDay : undefined;
  return total !== undefined && Number.isInteger(total) ? total : undefined;
}

/**
 * "halve dagen, 4x per week", "3 hele dagen", "4 dagdelen": a half day or dagdeel is counted as
 * 4 hours and a whole day as 8, as Dutch work schedules do; with hours named, the number reading
 * applies instead. Days with clock times ("4 ochtenden van 9 tot 1") are counted from the times.
 */
export function hoursFromDayParts(text: string): number | undefined {
  const clock = hoursFromClockTimes(text);
  if (clock !== undefined) return clock;
  const folded = foldText(text);
  // hours named ("8 uur", "8u") are read by the number reading instead
  if (/\buur\b|\d\s*u\b/.test(folded)) return undefined;
  const perDay = /\bhalve dag(?:en)?\b|\bdagde(?:el|len)\b/.test(folded)
    ? 4
    : /\b(?:hele|volle) dag(?:en)?\b/.test(folded)
      ? 8
      : undefined;
  const count = numberByMeaning(
    folded.replace(/\b(?:halve|hele|volle) |\bdag(?:en)?\b|\bdagde(?:el|len)\b/g, ' ').replace(/\b(\d+) ?x\b/, '$1'),
  );
  return perDay && count ? perDay * count : undefined;
}
