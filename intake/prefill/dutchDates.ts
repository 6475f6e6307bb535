/**
 * Dates as verwijzers type them, in Dutch: "17-05-1990", "17/5/1990", "4 juni 1995",
 * "4 jun. 1995", "1 februari" (no year: the next one), "maart 2027" or "begin maart" (the
 * first of that month). The one home for reading typed dates; writing them is `dutchDate`
 * (dialogs/aanmelding/format.ts). Pure.
 */
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "jun", "juni", "sept", "mrt" → 6, 6, 9, 3: a month by its Dutch name or a usual short form. */
function monthNumber(name: string): number | undefined {
  const folded = name.toLowerCase().replace(/\.$/, '');
  if (folded === 'mrt') return 3;
  const index = MONTHS.findIndex((month) => folded.length >= 3 && month.startsWith(folded));
  return index >= 0 ? index + 1 : undefined;
}

function iso(year: number | string, month: number | string, day: number | string): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERIC_DATE = /(?<![\d])(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})(?!\d)/;
// "12 mrt 1990", also with dashes: "12-mrt-1990"
const NAMED_DATE = /(?<![\d])(\d{1,2})(?:\s+|-)([a-z]+\.?)(?:\s+|-)(\d{4})(?!\d)/i;
// the year first, then the day and month: "in 1987 geboren, op 12 oktober"
const YEAR_FIRST = /(?<!\d)((?:19|20)\d{2})(?!\d)[^\d]{0,25}?(?<!\d)(\d{1,2})\s+([a-z]+\.?)(?![a-z]*\s*\d)/i;
/**
 * "1-12-96", "1/12/96", "12.03.90", "3-4-'99": a short year only with the same dash, slash or dot twice (not
 * "06 12 34", a phone number).
 */
const NUMERIC_SHORT_YEAR = /(?<![\d\-/.])(\d{1,2})([-/.])(\d{1,2})\2['’]?(\d{2})(?![\d\-/.])/;
/** "17 aug '01", "4 mei 98". */
const NAMED_SHORT_YEAR = /(?<![\d])(\d{1,2})\s+([a-z]+\.?)\s+['’]?(\d{2})(?!\d)/i;

/** "1987-11-30": the ISO form that systems export (year first, only with dashes). */
const ISO_DATE = /(?<![\d-/])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-/])/;

/** A two-digit year as a past one: the latest year ending in those digits, not after `thisYear`. */
function pastYear(twoDigits: string, thisYear: number): number {
  const century = Math.floor(thisYear / 100) * 100;
  const year = century + Number(twoDigits);
  return year > thisYear ? year - 100 : year;
}

/**
 * Typed Dutch dates with a year become YYYY-MM-DD: "17-05-1990", "17/5/1990", "17.5.1990",
 * "4 juni 1995", "4 jun. 1995", "geboren 12-05-1981". Anything else is returned as given
 * (for the schema to refuse).
 */
export function isoDateOf(raw: string): string {
  const text = raw.trim();
  const numeric = /(?:^|\s)(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(text);
  if (numeric) return iso(numeric[3]!, numeric[2]!, numeric[1]!);
  const named = /(?:^|\s)(\d{1,2})\s+([a-z]+\.?)\s+(\d{4})$/i.exec(text);
  const month = named ? monthNumber(named[2]!) : undefined;
  return named && month ? iso(named[3]!, month, named[1]!) : text;
}

/**
 * Every full date in a longer text ("geboren 12-05-1981, Tilburg"), as YYYY-MM-DD with its place
 * in the text. A two-digit year ("geb 1-12-96", "17 aug '01") is read as past (birth dates):
 * the latest such year up to `thisYear`.
 */
export function datesIn(
  text: string,
  thisYear = new Date().getFullYear(),
): { iso: string; start: number; end: number }[] {
  const found: { iso: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(new RegExp(NUMERIC_SHORT_YEAR.source, 'g'))) {
    const year = pastYear(m[4]!, thisYear);
    found.push({ iso: iso(year, m[3]!, m[1]!), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(new RegExp(NAMED_SHORT_YEAR.source, 'gi'))) {
    const month = monthNumber(m[2]!);
    const year = pastYear(m[3]!, thisYear);
    if (month) found.push({ iso: iso(year, month, m[1]!), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(new RegExp(NUMERIC_DATE.source, 'g'))) {
    found.push({ iso: iso(m[3]!, m[2]!, m[1]!), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(new RegExp(NAMED_DATE.source, 'gi'))) {
    const month = monthNumber(m[2]!);
    if (month) found.push({ iso: iso(m[3]!, month, m[1]!), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(new RegExp(YEAR_FIRST.source, 'gi'))) {
    const month = monthNumber(m[3]!);
    if (month) found.push({ iso: iso(m[1]!, month, m[2]!), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(new RegExp(ISO_DATE.source, 'g'))) {
    found.push({ iso: iso(m[1]!, m[2]!, m[3]!), start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A day in the future as typed for a start: a full date, a day and month ("1 februari": the
 * next one from today), or a month ("maart 2027", "begin maart": its first day). `today` is
 * YYYY-MM-DD. Undefined when the text names no such day.
 */
export function typedFutureDay(raw: string, today: string): string | undefined {
  const full = isoDateOf(raw);
  if (/^\d{4}-\d{2}-\d{2}$/.test(full)) return full;
  const text = raw
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:vanaf|per|op|rond|ongeveer|begin|start|half|medio|eind)\s+/, '');
  const thisYear = Number(today.slice(0, 4));
  const next = (month: number, day: number) => {
    const candidate = iso(thisYear, month, day);
    return candidate >= today ? candidate : iso(thisYear + 1, month, day);
  };
  // "na de zomer(vakantie)", "na de kerst", "volgend jaar", "volgende maand": the usual first day
  if (/^na de zomer(?:vakantie)?$/.test(text)) return next(9, 1);
  if (/^(?:na de kerst(?:vakantie)?|na nieuwjaar|(?:begin )?volgend jaar)$/.test(raw.toLowerCase().trim()))
    return iso(thisYear + 1, 1, 1);
  if (text === 'volgende maand') {
    const month = Number(today.slice(5, 7));
    return month === 12 ? iso(thisYear + 1, 1, 1) : iso(thisYear, month + 1, 1);
  }
  const dayMonth = /^(\d{1,2})(?:e|ste|de)?\s+([a-z]+)$/.exec(text) ?? /^(\d{1,2})[-/ ](\d{1,2})$/.exec(text);
  if (dayMonth) {
    const month = /^\d+$/.test(dayMonth[2]!) ? Number(dayMonth[2]) : monthNumber(dayMonth[2]!);
    return month && month <= 12 ? next(month, Number(dayMonth[1])) : undefined;
  }
  const monthYear = /^([a-z]+)(?:\s+(\d{4}))?$/.exec(text);
  const month = monthYear ? monthNumber(monthYear[1]!) : undefined;
  if (!monthYear || !month) return undefined;
  return monthYear[2] ? iso(monthYear[2], month, 1) : next(month, 1);
}
