import { describe, expect, it } from 'vitest';
import { fieldMessages, glossary, screeningMessages } from '../../dialogs/screening/messages.nl';
import * as explanations from '../../intake/screening/explanations.nl';
import { DEFAULT_POLICY, parsePolicy } from '../../intake/screening/policy';

/** Every string in a text module; functions are called with a policy (or a sample value). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return [DEFAULT_POLICY, parsePolicy({ startkwalificatie: 'soepel' })].flatMap((p) =>
      strings((value as (a: unknown) => unknown)(p)),
    );
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const ADVICE_TEXTS = strings([explanations, screeningMessages, fieldMessages, glossary]);

describe('advice wording: an indication, never a verdict', () => {
  it('has texts to check', () => expect(ADVICE_TEXTS.length).toBeGreaterThan(100));

  it.each([
    ['someone "decides" (the report speaks of a non-binding advice)', /\bbeslist\b|\bbeslissen\b/i],
    ['"niet toelaatbaar" shown as a label', /niet toelaatbaar/i],
    ['the advice "staat vast"', /staat .*vast/i],
    ['a stop sign', /⛔/],
    ['an unexplained "pro"', /\bpro\b/],
  ])('no %s', (_, pattern) => {
    expect(ADVICE_TEXTS.filter((t) => pattern.test(t))).toEqual([]);
  });

  it('never uses a generic "hij" without "of zij"', () => {
    expect(ADVICE_TEXTS.filter((t) => /\bhij\b(?! of zij)/.test(t))).toEqual([]);
  });

  it('one definition of leerbaarheid: a mbo-opleiding volgen en afronden', () => {
    const definitions = ADVICE_TEXTS.filter((t) => /^Leerbaarheid\b.{20}/.test(t));
    expect(definitions.length).toBeGreaterThan(0);
    for (const d of definitions) expect(d).toMatch(/mbo-opleiding.*afronden/);
  });
});
