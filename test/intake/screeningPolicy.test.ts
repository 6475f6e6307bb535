import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../intake/errors';
import { DEFAULT_POLICY, loadPolicyFile, parsePolicy } from '../../intake/screening/policy';

const dir = mkdtempSync(join(tmpdir(), 'screening-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function policyError(load: () => unknown): DomainError {
  try {
    load();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parsePolicy', () => {
  it('has the defaults of screening-policy.md', () => {
    expect(DEFAULT_POLICY).toEqual({ minimumLeeftijd: 18, startkwalificatie: 'streng' });
    expect(parsePolicy({})).toEqual(DEFAULT_POLICY);
  });

  it('merges a partial policy with the defaults', () => {
    expect(parsePolicy({ minimumLeeftijd: 16 })).toEqual({ minimumLeeftijd: 16, startkwalificatie: 'streng' });
    expect(parsePolicy({ startkwalificatie: 'soepel' })).toEqual({ minimumLeeftijd: 18, startkwalificatie: 'soepel' });
  });

  it.each([
    [{ minimumLeeftijd: 14 }, 'minimumLeeftijd'],
    [{ minimumLeeftijd: 31 }, 'minimumLeeftijd'],
    [{ minimumLeeftijd: 16.5 }, 'minimumLeeftijd'],
    [{ minimumLeeftijd: '16' }, 'minimumLeeftijd'],
    [{ startkwalificatie: 'los' }, 'startkwalificatie'],
    [{ startKwalificatie: 'soepel' }, 'startKwalificatie'],
    [[], '(root)'],
  ])('rejects %j naming %s', (raw, field) => {
    const error = policyError(() => parsePolicy(raw));
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.details.join('\n')).toContain(`${field}:`);
    expect(error.message).toContain(field);
  });
});

describe('loadPolicyFile', () => {
  it('reads JSON', () => {
    expect(loadPolicyFile(file('p.json', '{"minimumLeeftijd": 16, "startkwalificatie": "soepel"}'))).toEqual({
      minimumLeeftijd: 16,
      startkwalificatie: 'soepel',
    });
  });

  it.each(['p.yaml', 'p.yml', 'P.YAML'])('reads YAML from %s', (name) => {
    expect(loadPolicyFile(file(name, '# regio Noord\nstartkwalificatie: soepel\n'))).toEqual({
      minimumLeeftijd: 18,
      startkwalificatie: 'soepel',
    });
  });

  it('treats an empty YAML file as "all defaults"', () => {
    expect(loadPolicyFile(file('empty.yaml', ''))).toEqual(DEFAULT_POLICY);
  });

  it.each([
    ['bad-age.yaml', 'minimumLeeftijd: 40\n', 'minimumLeeftijd'],
    ['bad-key.json', '{"minimumleeftijd": 16}', 'minimumleeftijd'],
    ['bad-enum.yml', 'startkwalificatie: ruim\n', 'startkwalificatie'],
    ['bad-syntax.json', '{"minimumLeeftijd": }', '(file)'],
    ['bad-syntax.yaml', 'minimumLeeftijd: [16\n', '(file)'],
  ])('rejects %s naming %s', (name, content, field) => {
    const error = policyError(() => loadPolicyFile(file(name, content)));
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.details.join('\n')).toContain(`${field}:`);
  });

  it('rejects a missing file with POLICY_INVALID', () => {
    const error = policyError(() => loadPolicyFile(join(dir, 'nope.yaml')));
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.message).toContain('nope.yaml');
  });
});
