import { IsoDate } from '../../intake/dossier/fields';

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

/** "1990-05-17" → "17 mei 1990"; text that is not such a date is returned as it is. */
export function dutchDate(isoDate: string): string {
  if (!IsoDate.safeParse(isoDate).success) return isoDate;
  return DUTCH_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A moment (ISO timestamp) as its calendar day in the Netherlands: "2 maart 2026". */
export function dutchDay(timestamp: string): string {
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? timestamp : DUTCH_DAY.format(at);
}
