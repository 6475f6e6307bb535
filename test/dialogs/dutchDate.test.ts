import { describe, expect, it } from 'vitest';
import { dutchDate, dutchDay, dutchMoment } from '../../dialogs/aanmelding/format';

describe('one Dutch date formatter for the whole bot', () => {
  it('writes dates in Dutch, with the time where there is one', () => {
    expect(dutchDate('2026-12-10')).toBe('10 december 2026');
    expect(dutchDate('2026-12-10', '10:00')).toBe('10 december 2026, 10:00');
    expect(dutchDate('2026-12-10', 'morgen')).toBe('10 december 2026'); // no time, no odd text
    expect(dutchDate('geen datum')).toBe('geen datum');
  });

  it('writes a moment as Dutch local date and time (winter and summer time)', () => {
    expect(dutchMoment('2026-03-02T09:05:00.000Z')).toBe('2 maart 2026, 10:05');
    expect(dutchMoment('2026-07-01T22:30:00.000Z')).toBe('2 juli 2026, 00:30');
    expect(dutchDay('2026-07-01T22:30:00.000Z')).toBe('2 juli 2026');
  });
});
