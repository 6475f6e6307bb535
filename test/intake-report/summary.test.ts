import { describe, expect, it } from 'vitest';
import type { PreIntakeDossier, StatusEntry } from '../../intake/dossier/dossier';
import { dayBucket, DossierSummary, summarize, summaryKey } from '../../intake/report/summary';
import { sampleDossier } from '../intake-delivery/helpers';

const SENT = '2026-03-02T09:00:00.000Z';

function dossierWith(entries: StatusEntry[], extra: Partial<PreIntakeDossier> = {}) {
  const base = sampleDossier({}, SENT);
  return { ...base, ...extra, statusHistory: [...base.statusHistory, ...entries] };
}

describe('summarize: a dossier as an anonymous summary', () => {
  it('keeps team, region, month, advice and nothing personal', () => {
    const dossier = sampleDossier({}, SENT);
    const summary = summarize(dossier, 'West')!;
    expect(summary).toEqual({
      versie: 1,
      team: 'team-west',
      regio: 'West',
      maand: '2026-03',
      advies: 'kansrijk',
      eersteActie: null,
      adviesgesprek: null,
      besluit: null,
      reden: null,
      praktijkverklaring: null,
      uitkomst3: null,
      uitkomst6: null,
    });
    const text = JSON.stringify(summary);
    for (const personal of [dossier.id, dossier.kandidaat.naam, dossier.verwijzer.naam, dossier.kandidaat.telefoon])
      expect(text).not.toContain(personal);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no date finer than a month
  });

  it('buckets the month in Dutch time: 23:30 UTC on 31 January is February', () => {
    const dossier = sampleDossier({}, '2026-01-31T23:30:00.000Z');
    expect(summarize(dossier, null)!.maand).toBe('2026-02');
    expect(summarize(sampleDossier({}, '2026-01-31T22:30:00.000Z'), null)!.maand).toBe('2026-01');
  });

  it('has no summary for a dossier that was never sent', () => {
    const dossier = sampleDossier({}, SENT);
    expect(summarize({ ...dossier, statusHistory: [{ status: 'concept', op: SENT }] }, null)).toBeUndefined();
  });

  it('counts calendar days to the first step of the team and to the adviesgesprek date', () => {
    const dossier = dossierWith([
      { status: 'afgeleverd', op: '2026-03-02T09:01:00.000Z', door: 'systeem' },
      { status: 'info-nodig', op: '2026-03-05T08:00:00.000Z', door: 'intaketeam', toelichting: 'Hoeveel uur?' },
      { status: 'aangevuld', op: '2026-03-06T08:00:00.000Z', door: 'verwijzer', toelichting: '24 uur' },
      {
        status: 'adviesgesprek-gepland',
        op: '2026-03-07T08:00:00.000Z',
        door: 'intaketeam',
        afspraak: { datum: '2026-03-12', tijd: '10:00', plaats: 'Teams' },
      },
      {
        status: 'adviesgesprek-gepland',
        op: '2026-03-11T08:00:00.000Z',
        door: 'intaketeam',
        afspraak: { datum: '2026-03-20', tijd: '10:00', plaats: 'Teams' },
      },
    ]);
    const summary = summarize(dossier, null)!;
    expect(summary.eersteActie).toBe('3'); // 2 → 5 March; 'afgeleverd' by the system does not count
    expect(summary.adviesgesprek).toBe('15-28'); // the last planned date: 18 days
    expect(JSON.stringify(summary)).not.toContain('Hoeveel uur');
  });

  it('records the decision with its reason', () => {
    const dossier = dossierWith([
      { status: 'in-behandeling', op: '2026-03-03T09:00:00.000Z', door: 'intaketeam' },
      { status: 'niet-gestart', op: '2026-03-10T09:00:00.000Z', door: 'intaketeam', reden: 'diploma-route' },
    ]);
    expect(summarize(dossier, null)).toMatchObject({
      eersteActie: '1',
      besluit: 'niet-gestart',
      reden: 'diploma-route',
    });
  });

  it('counts an afgerond traject as started, with its result and the outcomes at 3 and 6 months', () => {
    const dossier = dossierWith(
      [
        { status: 'gestart', op: '2026-03-10T09:00:00.000Z', door: 'intaketeam' },
        {
          status: 'afgerond',
          op: '2026-06-10T09:00:00.000Z',
          door: 'intaketeam',
          resultaat: { werkprocessen: [{ crebo: '25250', code: 'B1-K1-W2' }], praktijkverklaring: true },
        },
      ],
      {
        uitkomsten: [
          { moment: 'tussentijds', uitkomst: 'geen', op: '2026-07-01T09:00:00.000Z' },
          { moment: '3-maanden', uitkomst: 'ander-traject', op: '2026-09-10T09:00:00.000Z' },
          { moment: '3-maanden', uitkomst: 'werk', op: '2026-09-12T09:00:00.000Z' },
          { moment: '6-maanden', uitkomst: 'vervolgopleiding', op: '2026-12-10T09:00:00.000Z' },
        ],
      },
    );
    expect(summarize(dossier, null)).toMatchObject({
      eersteActie: '8-14',
      besluit: 'gestart',
      reden: null,
      praktijkverklaring: true,
      uitkomst3: 'werk', // the latest answer for that moment
      uitkomst6: 'vervolgopleiding',
    });
  });

  it('buckets days: exact in the first week, then 8-14, 15-28, 29+', () => {
    expect([0, 1, 7, 8, 14, 15, 28, 29, 400].map(dayBucket)).toEqual([
      '0',
      '1',
      '7',
      '8-14',
      '8-14',
      '15-28',
      '15-28',
      '29+',
      '29+',
    ]);
  });

  it('keys a dossier by a one-way hash of its id; the schema refuses free text fields', () => {
    expect(summaryKey('PI-2026-7KQ4M9XB')).toMatch(/^[0-9a-f]{32}$/);
    expect(summaryKey('PI-2026-7KQ4M9XB')).toBe(summaryKey('PI-2026-7KQ4M9XB'));
    expect(summaryKey('PI-2026-7KQ4M9XB')).not.toContain('7KQ4M9XB');
    const summary = summarize(sampleDossier({}, SENT), null)!;
    expect(DossierSummary.safeParse({ ...summary, opmerkingen: 'x' }).success).toBe(false);
    expect(DossierSummary.safeParse({ ...summary, maand: '2026-03-02' }).success).toBe(false);
  });
});
