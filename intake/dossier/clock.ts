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
