import { describe, expect, it } from 'vitest';
import { PreIntakeDossier, dossierSchemaAt } from '../../intake/dossier/dossier';
import { DossierId, dossierIdFrom, normalizeDossierId, randomDossierId } from '../../intake/dossier/dossierId';
import { DossierDraft, finalizeDossier, missingFields, type DraftField } from '../../intake/dossier/draft';
import { applyCardInput, setDraftValue, withScreening } from '../../intake/dossier/draftInput';
import { normalizeDutchPhone } from '../../intake/dossier/fields';
import { completeDraft, fakeClock, sampleDossier } from './helpers';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
const fixedId = () => 'PI-2026-7KQ4M9XB';
const REQUIRED: DraftField[] = [
  'verwijzerNaam',
  'verwijzerTeamsId',
  'verwijzerOrganisatie',
  'verwijzerTelefoon',
  'kandidaatNaam',
  'kandidaatGeboortedatum',
  'kandidaatWoonplaats',
  'kandidaatTelefoon',
  'kandidaatEmail',
  'leerbedrijfErkend',
  'leerbedrijfNaam',
  'leerbedrijfPlaats',
  'urenPerWeek',
  'begeleiding',
  'inkomen',
  'screening',
  'intakeTeam',
  'toestemmingWijze',
];

describe('finalizeDossier', () => {
  it('builds a valid concept dossier from a complete draft, with the injected clock and id', () => {
    const result = finalizeDossier(completeDraft(), clock, fixedId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dossier } = result;
    expect(PreIntakeDossier.parse(dossier)).toEqual(dossier);
    expect(dossier).toMatchObject({
      schemaVersie: 1,
      id: 'PI-2026-7KQ4M9XB',
      aangemaakt: '2026-03-02T09:00:00.000Z',
      statusHistory: [{ status: 'concept', op: '2026-03-02T09:00:00.000Z' }],
      kandidaat: { naam: 'Sam de Vries', geboortedatum: '1990-05-17' },
      wensen: { werkprocessen: [{ crebo: '25250', code: 'B1-K1-W2' }] },
    });
    expect(JSON.stringify(dossier).toLowerCase()).not.toContain('bsn');
  });

  it.each(REQUIRED)('lists %s as missing when it is absent', (field) => {
    const draft = setDraftValue(completeDraft(), field, undefined);
    expect(missingFields(draft)).toEqual([field]);
    const result = finalizeDossier(draft, clock, fixedId);
    expect(result).toEqual({ ok: false, code: 'DOSSIER_INCOMPLETE', missing: [field] });
  });

  it('needs leerbedrijf naam and plaats only when there is a leerbedrijf', () => {
    const geen = setDraftValue(
      setDraftValue(completeDraft(), 'leerbedrijfNaam', undefined),
      'leerbedrijfErkend',
      'geen',
    );
    const draft = setDraftValue(geen, 'leerbedrijfPlaats', undefined);
    const result = finalizeDossier(draft, clock, fixedId);
    expect(result.ok && result.dossier.wensen.leerbedrijf).toEqual({ naam: null, plaats: null, erkend: 'geen' });
  });

  it('accepts explicit nulls: no e-mail address, screening skipped', () => {
    const draft = setDraftValue(setDraftValue(completeDraft(), 'kandidaatEmail', null), 'screening', null);
    expect(missingFields(draft)).toEqual([]);
    expect(finalizeDossier(draft, clock, fixedId).ok).toBe(true);
  });

  it.each([false, undefined])('refuses without consent (gegeven: %s) with CONSENT_MISSING', (gegeven) => {
    const draft = setDraftValue(completeDraft(), 'toestemming', gegeven);
    expect(finalizeDossier(draft, clock, fixedId)).toEqual({
      ok: false,
      code: 'CONSENT_MISSING',
      missing: ['toestemming'],
    });
  });

  it('reports consent and other gaps together', () => {
    const draft = setDraftValue(setDraftValue(completeDraft(), 'toestemming', false), 'kandidaatNaam', undefined);
    expect(finalizeDossier(draft, clock, fixedId)).toEqual({
      ok: false,
      code: 'CONSENT_MISSING',
      missing: ['kandidaatNaam', 'toestemming'],
    });
  });

  it.each([
    ['2026-03-03', 'future'],
    ['2012-01-01', 'age 14'],
    ['1925-01-01', 'age 101'],
  ])('treats geboortedatum %s (%s) as missing at finalize time', (geboortedatum) => {
    const draft = setDraftValue(completeDraft(), 'kandidaatGeboortedatum', geboortedatum);
    expect(missingFields(draft)).toEqual([]); // without a date no age rule applies
    expect(finalizeDossier(draft, clock, fixedId)).toEqual({
      ok: false,
      code: 'DOSSIER_INCOMPLETE',
      missing: ['kandidaatGeboortedatum'],
    });
  });

  it('defaults the consent date to today (Dutch time) when the draft has none', () => {
    const draft = setDraftValue(completeDraft(), 'toestemmingDatum', undefined);
    const late = fakeClock('2026-03-02T23:30:00.000Z'); // already 3 March in Amsterdam
    const result = finalizeDossier(draft, late, fixedId);
    expect(result.ok && result.dossier.toestemming.datum).toBe('2026-03-03');
  });
});

describe('PreIntakeDossier schema', () => {
  it('has no BSN field: an extra bsn key is rejected at any level', () => {
    const dossier = sampleDossier();
    expect(PreIntakeDossier.safeParse({ ...dossier, bsn: '111222333' }).success).toBe(false);
    expect(
      PreIntakeDossier.safeParse({ ...dossier, kandidaat: { ...dossier.kandidaat, bsn: '111222333' } }).success,
    ).toBe(false);
    expect(Object.keys(PreIntakeDossier.shape.kandidaat.shape)).not.toContain('bsn');
  });

  it.each([
    ['opmerkingen', (d: PreIntakeDossier) => ({ ...d, opmerkingen: 'BSN is 111 222 333' })],
    [
      'kandidaat.woonplaats',
      (d: PreIntakeDossier) => ({ ...d, kandidaat: { ...d.kandidaat, woonplaats: '123456782' } }),
    ],
  ])('refuses a BSN in free text (%s)', (_name, change) => {
    const result = PreIntakeDossier.safeParse(change(sampleDossier()));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('CONTAINS_BSN');
  });

  it.each(['2023-02-29', '1990-13-01', '1990-04-31', '17-05-1990', '1990/05/17'])('rejects the bad date %s', (date) => {
    const dossier = sampleDossier();
    expect(
      PreIntakeDossier.safeParse({ ...dossier, kandidaat: { ...dossier.kandidaat, geboortedatum: date } }).success,
    ).toBe(false);
  });

  it('checks the age rules only with a date: dossierSchemaAt', () => {
    const dossier = sampleDossier();
    const future = { ...dossier, kandidaat: { ...dossier.kandidaat, geboortedatum: '2030-01-01' } };
    expect(PreIntakeDossier.safeParse(future).success).toBe(true);
    const result = dossierSchemaAt(clock()).safeParse(future);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['kandidaat.geboortedatum', 'DATE_IN_FUTURE'],
    ]);
  });

  it('rejects malformed crebo and werkproces codes and an empty status history', () => {
    const d = sampleDossier();
    expect(PreIntakeDossier.safeParse({ ...d, wensen: { ...d.wensen, kwalificaties: ['2525'] } }).success).toBe(false);
    expect(
      PreIntakeDossier.safeParse({ ...d, wensen: { ...d.wensen, werkprocessen: [{ crebo: '25250', code: 'W2' }] } })
        .success,
    ).toBe(false);
    expect(PreIntakeDossier.safeParse({ ...d, statusHistory: [] }).success).toBe(false);
    expect(PreIntakeDossier.safeParse({ ...d, schemaVersie: 2 }).success).toBe(false);
  });
});

describe('applyCardInput (card ids of the contract, typed answers too)', () => {
  const now = clock();

  it.each([
    ['kandidaatGeboortedatum', '2023-02-29', 'INVALID_DATE'],
    ['kandidaatGeboortedatum', '17-05-1990', 'INVALID_DATE'],
    ['kandidaatGeboortedatum', '2026-03-03', 'DATE_IN_FUTURE'],
    ['kandidaatGeboortedatum', '2011-03-03', 'AGE_OUT_OF_RANGE'],
    ['kandidaatGeboortedatum', '1925-03-01', 'AGE_OUT_OF_RANGE'],
    ['kandidaatNaam', '   ', 'REQUIRED'],
    ['kandidaatNaam', 'x'.repeat(201), 'TOO_LONG'],
    ['kandidaatTelefoon', '12345', 'INVALID_FORMAT'],
    ['kandidaatTelefoon', '+32 470 12 34 56', 'INVALID_FORMAT'],
    ['kandidaatEmail', 'sam@', 'INVALID_FORMAT'],
    ['opmerkingen', 'zijn bsn is 123.456.782', 'CONTAINS_BSN'],
    ['leerbedrijfNaam', 'Bakkerij 1234 56 782', 'CONTAINS_BSN'],
    ['toestemming', 'misschien', 'INVALID_FORMAT'],
  ] as const)('%s = %j is refused with %s', (field, raw, problem) => {
    expect(applyCardInput({}, field, raw, now)).toEqual({ ok: false, problem });
  });

  it('stores valid values at their place and records the consent date', () => {
    let draft: DossierDraft = {};
    const inputs = [
      ['kandidaatNaam', '  Sam de Vries '],
      ['kandidaatGeboortedatum', '2011-03-02'], // exactly 15 today
      ['kandidaatTelefoon', '+31 (0)6 1234 5678'],
      ['kandidaatEmail', ''],
      ['toestemming', 'true'],
      ['opmerkingen', 'Telefoon 06-12345678 werkt het best.'],
    ] as const;
    for (const [field, raw] of inputs) {
      const result = applyCardInput(draft, field, raw, now);
      if (!result.ok) throw new Error(`${field}: ${result.problem}`);
      draft = result.draft;
    }
    expect(DossierDraft.parse(draft)).toEqual({
      kandidaat: { naam: 'Sam de Vries', geboortedatum: '2011-03-02', telefoon: '+31 (0)6 1234 5678', email: null },
      toestemming: { gegeven: true, datum: '2026-03-02' },
      opmerkingen: 'Telefoon 06-12345678 werkt het best.',
    });
    const refused = applyCardInput(draft, 'toestemming', 'nee', now);
    expect(refused.ok && refused.draft.toestemming).toEqual({ gegeven: false });
  });

  it.each([
    ['06-12345678', '0612345678'],
    ['06 1234 5678', '0612345678'],
    ['+31612345678', '0612345678'],
    ['0031 6 12345678', '0612345678'],
    ['010-1234567', '0101234567'],
    ['020 123 4567', '0201234567'],
    ['0612345', undefined],
    ['0012345678', undefined],
  ])('normalizes the Dutch phone number %s', (raw, expected) => {
    expect(normalizeDutchPhone(raw)).toBe(expected);
  });
});

describe('withScreening', () => {
  it('fills what the screening already answered and keeps what the draft has', () => {
    const screening = completeDraft().screening!;
    const draft = withScreening(
      { begeleiding: false },
      { ...screening, answers: { ...screening.answers, urenPerWeek: 99 } },
    );
    expect(draft).toMatchObject({
      begeleiding: false,
      inkomen: 'uitkering',
      wensen: { leerbedrijf: { erkend: 'erkend' } },
    });
    expect(draft.wensen?.urenPerWeek).toBeUndefined(); // 99 is not a valid answer, so it is asked
    expect(missingFields(draft)).toContain('urenPerWeek');
    expect(missingFields(draft)).not.toContain('screening');
  });
});

describe('dossier id', () => {
  it('is PI-<year>-<8 Crockford base32 chars>', () => {
    expect(dossierIdFrom(new Date('2026-06-01T00:00:00Z'), Uint8Array.from([0, 0, 0, 0, 0]))).toBe('PI-2026-00000000');
    expect(dossierIdFrom(new Date('2026-06-01T00:00:00Z'), Uint8Array.from([255, 255, 255, 255, 255]))).toBe(
      'PI-2026-ZZZZZZZZ',
    );
    const ids = new Set(Array.from({ length: 500 }, () => randomDossierId(clock())));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(DossierId.parse(id)).toMatch(/^PI-2026-[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('reads typed ids forgivingly', () => {
    expect(normalizeDossierId(' pi-2026-7kq4m9xb ')).toBe('PI-2026-7KQ4M9XB');
    expect(normalizeDossierId('PI2026OKQ4L9XB')).toBe('PI-2026-0KQ419XB');
    expect(normalizeDossierId('PI-2026-7KQ4')).toBeUndefined();
  });
});
