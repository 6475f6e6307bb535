import { describe, expect, it } from 'vitest';
import { ANSWER_FIELDS, FIELD_META } from '../../intake/screening/answers';
import { validateAnswers } from '../../intake/screening/screen';
import { loadScreeningCases } from '../fixtures/screeningCases';

const valid = loadScreeningCases()[0]!.input;

describe('validateAnswers', () => {
  it('accepts a complete answers object and returns it typed', () => {
    expect(validateAnswers(valid)).toEqual({ ok: true, answers: valid });
  });

  it('describes every field of the policy table, in table order', () => {
    expect(FIELD_META.map((meta) => meta.name)).toEqual([
      'leeftijd',
      'situatie',
      'uitkering',
      'opleiding',
      'startkwalificatieBruikbaar',
      'ingeschrevenMbo',
      'leerbaar',
      'schoolbaar',
      'taal',
      'motivatie',
      'werkfit',
      'urenPerWeek',
      'leerbedrijf',
      'inkomen',
      'begeleiding',
      'interesses',
    ]);
  });

  it.each(ANSWER_FIELDS)('reports a missing %s by name, never a silent default', (field) => {
    // startkwalificatieBruikbaar is only required where it applies: after a startkwalificatie.
    const base =
      field === 'startkwalificatieBruikbaar'
        ? { ...valid, opleiding: 'mbo2plus' as const, startkwalificatieBruikbaar: true }
        : valid;
    const { [field]: _dropped, ...rest } = base;
    const result = validateAnswers(rest);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field, message: 'missing' })] });
  });

  it.each([
    ['leeftijd', -1, 'integer 0-120'],
    ['leeftijd', 121, 'integer 0-120'],
    ['leeftijd', 37.5, 'integer 0-120'],
    ['leeftijd', '37', 'integer 0-120'],
    ['urenPerWeek', 61, 'integer 0-60'],
    ['situatie', 'student', 'werkzoekend'],
    ['opleiding', 'MBO2PLUS', 'mbo2plus'],
    ['startkwalificatieBruikbaar', 'onbekend', 'true, false or null'],
    ['ingeschrevenMbo', null, 'true or false'],
    ['ingeschrevenMbo', 'true', 'true or false'],
    ['werkfit', 'met begeleiding', 'met-begeleiding'],
    ['interesses', 42, 'text'],
  ])('rejects %s = %j and says what is allowed (%s)', (field, value, allowed) => {
    const result = validateAnswers({ ...valid, [field]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ field });
    expect(result.errors[0]?.allowed).toContain(allowed);
  });

  it('accepts null for startkwalificatieBruikbaar and an empty interesses', () => {
    expect(validateAnswers({ ...valid, startkwalificatieBruikbaar: null, interesses: '' }).ok).toBe(true);
  });

  it.each(['geen', 'pro-vso', 'entree', 'vmbo', 'buitenlands'] as const)(
    'does not require startkwalificatieBruikbaar after opleiding %s, where the policy ignores it',
    (opleiding) => {
      const { startkwalificatieBruikbaar: _dropped, ...rest } = { ...valid, opleiding };
      expect(validateAnswers(rest)).toEqual({ ok: true, answers: { ...rest, startkwalificatieBruikbaar: null } });
    },
  );

  it.each(['mbo2plus', 'havo-vwo'] as const)('requires startkwalificatieBruikbaar after opleiding %s', (opleiding) => {
    const { startkwalificatieBruikbaar: _dropped, ...rest } = { ...valid, opleiding };
    expect(validateAnswers(rest)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'startkwalificatieBruikbaar', message: 'missing' })],
    });
  });

  it('rejects unknown keys by name', () => {
    const result = validateAnswers({ ...valid, leeftijdd: 40 });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'leeftijdd', message: 'unknown field' })],
    });
  });

  it.each([null, [], 'tekst', 42])('rejects %j as a whole', (input) => {
    expect(validateAnswers(input)).toEqual({ ok: false, errors: [expect.objectContaining({ field: '(root)' })] });
  });

  it('reports all problems at once, in table order', () => {
    const result = validateAnswers({ ...valid, taal: 'goed', leeftijd: 'oud', extra: true });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['leeftijd', 'taal', 'extra']);
  });
});
