import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { KnowledgeError } from './errors';

/** `profielen[0].kerntaken[1].titel`: the zod path as a reader finds it in the JSON. */
export function formatZodPath(path: readonly PropertyKey[]): string {
  return (
    path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') ||
    '(root)'
  );
}

/** Reads and validates one knowledge JSON file; a broken file names the file and the field. */
export function loadKnowledgeFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KnowledgeError('KNOWLEDGE_INVALID', `${file}: not readable JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${file}: ${formatZodPath(issue.path)}: ${issue.message}`);
    throw new KnowledgeError('KNOWLEDGE_INVALID', details[0] ?? `${file}: invalid`, details);
  }
  return parsed.data;
}
