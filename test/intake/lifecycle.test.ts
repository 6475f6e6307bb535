import { describe, expect, it } from 'vitest';
import { withStatus } from '../../intake/dossier/dossier';
import {
  applyAttendance,
  applyOutcome,
  applyTransition,
  DossierStatus,
  isDeletable,
  mayTransition,
  nextStatuses,
} from '../../intake/dossier/lifecycle';
import { STATUS_LABELS } from '../../intake/dossier/statusLabels.nl';
import { sampleDossier } from '../intake-delivery/helpers';

describe('the dossier lifecycle', () => {
  it('lets each role cause only its own steps', () => {
    expect(nextStatuses('concept', 'verwijzer')).toEqual(['verzonden']);
    expect(nextStatuses('verzonden', 'systeem')).toEqual(['afgeleverd', 'mislukt']);
    expect(nextStatuses('afgeleverd', 'intaketeam')).toEqual([
      'in-behandeling',
      'info-nodig',
      'adviesgesprek-gepland',
      'gestart',
      'niet-gestart',
    ]);
    // The verwijzer answers a question; only the team decides and closes.
    expect(nextStatuses('info-nodig', 'verwijzer')).toEqual(['aangevuld']);
    expect(nextStatuses('gestart', 'intaketeam')).toEqual(['afgerond']);
    expect(mayTransition('in-behandeling', 'gestart', 'verwijzer')).toBe(false);
    expect(nextStatuses('niet-gestart', 'intaketeam')).toEqual([]);
    expect(nextStatuses('mislukt', 'verwijzer')).toEqual(['verzonden']);
    expect(nextStatuses('afgerond', 'intaketeam')).toEqual([]);
    // The verwijzer cannot take its own dossier in behandeling; the team cannot mark it delivered.
    expect(mayTransition('afgeleverd', 'in-behandeling', 'verwijzer')).toBe(false);
    expect(mayTransition('verzonden', 'afgeleverd', 'intaketeam')).toBe(false);
    // Nothing goes back to an earlier stage of delivery once the team has acted.
    for (const from of [
      'in-behandeling',
      'info-nodig',
      'aangevuld',
      'adviesgesprek-gepland',
      'gestart',
      'afgerond',
    ] as const) {
      for (const actor of ['verwijzer', 'intaketeam', 'systeem', 'beheer'] as const) {
        expect(
          nextStatuses(from, actor).filter((to) => ['concept', 'verzonden', 'afgeleverd', 'mislukt'].includes(to)),
        ).toEqual([]);
      }
    }
  });

  it('allows deleting only before the dossier reached the intake team', () => {
    expect(DossierStatus.options.filter(isDeletable)).toEqual(['concept', 'verzonden', 'mislukt']);
  });

  it('has a Dutch label for every status', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...DossierStatus.options].sort());
  });

  it('applies a transition as a new entry, or refuses without changing anything', () => {
    const dossier = sampleDossier();
    const at = '2026-03-03T10:00:00.000Z';
    const ok = applyTransition(dossier, { status: 'afgeleverd', op: at, door: 'systeem' });
    expect(ok.ok && ok.dossier).toEqual(withStatus(dossier, { status: 'afgeleverd', op: at, door: 'systeem' }));
    expect(applyTransition(dossier, { status: 'afgerond', op: at, door: 'intaketeam' })).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED',
      dossier,
    });
  });

  it('lets only the verwijzer answer the invitation (while planned) and tell the outcome (once afgerond)', () => {
    const at = '2026-03-03T10:00:00.000Z';
    const planned = withStatus(sampleDossier(), { status: 'adviesgesprek-gepland', op: at, door: 'intaketeam' });
    const attends = applyAttendance(planned, true, 'verwijzer');
    expect(attends.ok && attends.dossier.verwijzerBijGesprek).toBe(true);
    expect(applyAttendance(planned, true, 'intaketeam').ok).toBe(false);
    expect(applyAttendance(sampleDossier(), false, 'verwijzer').ok).toBe(false);

    const done = withStatus(planned, { status: 'afgerond', op: at, door: 'intaketeam' });
    const entry = (moment: 'tussentijds' | '3-maanden', uitkomst: 'werk' | 'geen') => ({ moment, uitkomst, op: at });
    expect(applyOutcome(planned, entry('tussentijds', 'werk'), 'verwijzer').ok).toBe(false);
    expect(applyOutcome(done, entry('tussentijds', 'werk'), 'intaketeam').ok).toBe(false);
    let d = done;
    for (const e of [entry('3-maanden', 'geen'), entry('tussentijds', 'werk'), entry('3-maanden', 'werk')]) {
      const r = applyOutcome(d, e, 'verwijzer');
      expect(r.ok).toBe(true);
      d = r.dossier;
    }
    // A later answer for the same moment replaces the earlier; in-between answers are kept.
    expect(d.uitkomsten).toEqual([entry('tussentijds', 'werk'), entry('3-maanden', 'werk')]);
  });
});
