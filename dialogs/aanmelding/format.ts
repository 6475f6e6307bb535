import { IsoDate } from '../../intake/dossier/fields';

/**
 * The one place where the bot writes dates for people: Dutch month names, never "2026-12-10",
 * and a time beside the date where a time exists ("10 december 2026, 10:00").
 */
const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const DUTCH_DAY = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const DUTCH_CLOCK = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Amsterdam',
});
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * "1990-05-17" → "17 mei 1990"; with a time (HH:MM) "10 december 2026, 10:00". Text that is
 * not such a date is returned as it is; a time that is no time is left out.
 */
export function dutchDate(isoDate: string, time?: string): string {
  if (!IsoDate.safeParse(isoDate).success) return isoDate;
  const day = DUTCH_DATE.format(new Date(`${isoDate}T00:00:00Z`));
  return time && CLOCK_TIME.test(time) ? `${day}, ${time}` : day;
}

/** A moment (ISO timestamp) as its calendar day in the Netherlands: "2 maart 2026". */
export function dutchDay(timestamp: string): string {
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? timestamp : DUTCH_DAY.format(at);
}

/** A moment (ISO timestamp) as Dutch local date and time: "2 maart 2026, 10:05". */
export function dutchMoment(timestamp: string): string {
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? timestamp : `${DUTCH_DAY.format(at)}, ${DUTCH_CLOCK.format(at)}`;
}
