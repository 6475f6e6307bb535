import { describe, expect, it } from 'vitest';
import { Advice, screen, validateAnswers } from '../../intake/screening/screen';
import { DEFAULT_POLICY, parsePolicy } from '../../intake/screening/policy';
import { loadScreeningCases } from '../fixtures/screeningCases';

const cases = loadScreeningCases();

describe('screen: the example cases of shared/examples', () => {
  it('has the ten cases', () => {
    expect(cases.map((c) => c.id)).toEqual(['v01', 'v02', 'v03', 'v04', 'v05', 'v06', 'v07', 'v08', 'v09', 'v10']);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const validation = validateAnswers(c.input);
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    const policy = c.policy === undefined ? DEFAULT_POLICY : parsePolicy(c.policy);
    const advice = Advice.parse(screen(validation.answers, policy));
    expect({
      advies: advice.advies,
      redenen: advice.redenen.map((r) => r.code),
      acties: advice.acties.map((a) => a.code),
    }).toEqual(c.verwacht);
  });
});
