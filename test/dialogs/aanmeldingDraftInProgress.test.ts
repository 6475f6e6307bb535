import { describe, expect, it } from 'vitest';
import { AanmeldingDriver, fillToReview, recordingSubmit, screeningOf, SELECTION, testDeps } from './aanmeldingDriver';

const CONSENT = { toestemming: 'true', toestemmingWijze: 'mondeling' };

function newDriver(recorder = recordingSubmit()) {
  return new AanmeldingDriver(testDeps({ submit: recorder.submit }), {
    screening: screeningOf('v01'),
    selection: SELECTION,
  });
}

describe('aanmelding: the draft in progress, for the root to keep on "stop"', () => {
  it('is read from the saved dialog state at every stage, with a pending dossier number', async () => {
    const recorder = recordingSubmit();
    const driver = newDriver(recorder);
    await driver.start();
    expect(driver.dialog.draftInProgress(driver.savedInstance())?.draft.screening?.advies).toBe('kansrijk');
    await driver.submit({ kandidaatNaam: 'Sam de Vries', kandidaatGeboortedatum: '1990-05-17' }); // card half filled
    expect(driver.dialog.draftInProgress(driver.savedInstance())?.draft.kandidaat).toEqual({
      naam: 'Sam de Vries',
      geboortedatum: '1990-05-17',
      email: null, // a blank e-mail input means: no address
    });

    const other = newDriver(recorder);
    await fillToReview(other, CONSENT);
    await other.submit({ actie: 'wijzig', wijzig: 'kandidaatWoonplaats' });
    await other.submit({ kandidaatWoonplaats: 'Rotterdam' });
    expect(other.dialog.draftInProgress(other.savedInstance())?.draft.kandidaat?.woonplaats).toBe('Rotterdam');
    recorder.failNext();
    await other.submit({ actie: 'versturen' });
    expect(other.dialog.draftInProgress(other.savedInstance())?.pendingDossierId).toMatch(/^PI-2026-/);
  });

  it('is undefined while nothing is filled in (the screening is still running)', async () => {
    const driver = new AanmeldingDriver(testDeps());
    await driver.start();
    expect(driver.dialog.draftInProgress(driver.savedInstance())).toBeUndefined();
    expect(driver.dialog.draftInProgress(undefined)).toBeUndefined();
  });
});
