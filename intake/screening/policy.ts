import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DomainError } from '../errors';

/**
 * Regional screening policy. A file may give only the fields it changes; the others keep
 * their defaults. Unknown keys are rejected so a misspelt setting never goes unnoticed.
 */
export const Policy = z.strictObject({
  minimumLeeftijd: z.number().int().min(15).max(30).default(18),
  startkwalificatie: z.enum(['streng', 'soepel']).default('streng'),
});
export type Policy = z.infer<typeof Policy>;

export const DEFAULT_POLICY: Policy = Object.freeze(Policy.parse({}));

/** Validates raw policy data; throws DomainError('POLICY_INVALID') naming each bad field. */
export function parsePolicy(raw: unknown, source = 'policy'): Policy {
  const result = Policy.safeParse(raw ?? {});
  if (result.success) return Object.freeze(result.data);
  const details = result.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = [...issue.path, ...keys].map(String).join('.') || '(root)';
    return `${field}: ${issue.message}`;
  });
  throw new DomainError('POLICY_INVALID', `${source}: invalid policy: ${details.join('; ')}`, details);
}

/**
 * The only I/O of the screening engine: reads a policy file at start-up.
 * `.yml` / `.yaml` are read as YAML, anything else as JSON.
 */
export function loadPolicyFile(path: string): Policy {
  return parsePolicy(readPolicyData(path), path);
}

function readPolicyData(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fileError(path, `cannot read file (${errorCode(error)})`);
  }
  const yaml = ['.yml', '.yaml'].includes(extname(path).toLowerCase());
  try {
    return yaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw fileError(path, `not valid ${yaml ? 'YAML' : 'JSON'}: ${firstLine(error)}`);
  }
}

function fileError(path: string, problem: string): DomainError {
  return new DomainError('POLICY_INVALID', `${path}: ${problem}`, [`(file): ${problem}`]);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
