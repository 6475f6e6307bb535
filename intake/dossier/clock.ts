/** Time is injected so pure functions stay deterministic and tests can move it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in the Netherlands at the given moment. */
export function dutchIsoDate(at: Date): string {
  return AMSTERDAM_DATE.format(at);
}

const AMSTERDAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The time of day (HH:MM, 24 hours) in the Netherlands at the given moment. */
export function dutchTimeOfDay(at: Date): string {
  return AMSTERDAM_TIME.format(at);
}
