import { dutchIsoDate } from '../dossier/clock';

/** How working days are counted: Monday to Friday, and optionally not on Dutch public holidays. */
export interface WorkingDayRules {
  /** Skip the Dutch public holidays (Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst). */
  skipHolidays: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longer waits are not counted day by day: the number only has to say "long". */
const MAX_COUNTED_DAYS = 800;

/**
 * Whole working days between two moments, by the Dutch calendar: the days after `from`'s day
 * up to and including `to`'s day that are working days. Sent on Friday, asked on Monday: 1.
 */
export function workingDaysBetween(from: Date, to: Date, rules: WorkingDayRules): number {
  const start = Date.parse(`${dutchIsoDate(from)}T00:00:00Z`);
  const end = Date.parse(`${dutchIsoDate(to)}T00:00:00Z`);
  let count = 0;
  for (let day = start + DAY_MS, n = 0; day <= end && n < MAX_COUNTED_DAYS; day += DAY_MS, n++) {
    if (isWorkingDay(new Date(day), rules)) count++;
  }
  return count;
}

/** `day` is a UTC midnight standing for a Dutch calendar date. */
function isWorkingDay(day: Date, rules: WorkingDayRules): boolean {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !(rules.skipHolidays && dutchHolidays(day.getUTCFullYear()).has(day.toISOString().slice(0, 10)));
}

const holidayCache = new Map<number, Set<string>>();

/**
 * The Dutch public holidays that fall on a weekday in some years. Bevrijdingsdag (5 May) is left
 * out: most employers give it off only once every five years.
 */
export function dutchHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const plus = (days: number) => new Date(easter + days * DAY_MS).toISOString().slice(0, 10);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  const days = new Set([
    `${year}-01-01`,
    plus(1), // Tweede Paasdag
    kingsDay,
    plus(39), // Hemelvaartsdag
    plus(50), // Tweede Pinksterdag
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  holidayCache.set(year, days);
  return days;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as UTC midnight in ms. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}
