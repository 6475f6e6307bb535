import { describe, expect, it } from 'vitest';
import { datesIn, typedFutureDay } from '../../intake/prefill/dutchDates';

const isos = (text: string, thisYear = 2026) => datesIn(text, thisYear).map((d) => d.iso);

describe('datesIn: dates as verwijzers type them', () => {
  it('reads full dates in numbers and in words', () => {
    expect(isos('geboren 12-05-1981, Tilburg')).toEqual(['1981-05-12']);
    expect(isos('4 juni 1995')).toEqual(['1995-06-04']);
  });

  it('reads a two-digit year as the latest such year up to this one (a birth date)', () => {
    expect(isos('geb 1-12-96')).toEqual(['1996-12-01']);
    expect(isos('3/4/02')).toEqual(['2002-04-03']);
    expect(isos("17 aug '01")).toEqual(['2001-08-17']);
    expect(isos('4 mei 98')).toEqual(['1998-05-04']);
    expect(isos('1-1-26')).toEqual(['2026-01-01']);
    expect(isos('1-1-27')).toEqual(['1927-01-01']);
  });

  it('does not read phone numbers or mixed separators as dates', () => {
    expect(isos('bel 06 12 34 56 78')).toEqual([]);
    expect(isos('06-12-34-56-78')).toEqual([]);
    expect(isos('1-12/96')).toEqual([]);
  });
});

describe('typedFutureDay: a start as verwijzers type it', () => {
  it.each([
    ['na de zomer', '2026-12-03', '2027-09-01'],
    ['na de zomervakantie', '2026-03-10', '2026-09-01'],
    ['na de kerst', '2026-12-03', '2027-01-01'],
    ['begin volgend jaar', '2026-06-01', '2027-01-01'],
    ['volgende maand', '2026-12-03', '2027-01-01'],
    ['volgende maand', '2026-04-20', '2026-05-01'],
  ])('"%s" on %s is %s', (typed, today, expected) => {
    expect(typedFutureDay(typed, today)).toBe(expected);
  });
});
