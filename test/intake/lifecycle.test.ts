import { describe, expect, it } from 'vitest';
import { withStatus } from '../../intake/dossier/dossier';
import {
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
});
