import { join, resolve } from 'node:path';

/**
 * Where imported dossiers live: `KNOWLEDGE_DIR`, else `<DATA_DIR or ./data>/knowledge`.
 * Takes the environment as a parameter; only entry points pass `process.env`.
 */
export function knowledgeDirFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const explicit = env.KNOWLEDGE_DIR?.trim();
  if (explicit) return resolve(explicit);
  return resolve(join(env.DATA_DIR?.trim() || './data', 'knowledge'));
}
