import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SBB_XML_DIR = fileURLToPath(new URL('../fixtures/sbb-xml/', import.meta.url));
export const XML = {
  dienstverlening: join(SBB_XML_DIR, '2755-Dienstverlening.xml'),
  pedagogischWerk: join(SBB_XML_DIR, '2635-Pedagogisch_Werk.xml'),
  sociaalWerk: join(SBB_XML_DIR, '2637-Sociaal_werk.xml'),
  maatschappelijkeZorg: join(SBB_XML_DIR, '4156-Maatschappelijke_Zorg.xml'),
} as const;

const made: string[] = [];

/** A fresh temp directory, removed by `removeTempDirs` (call it in afterAll). */
export function tempDir(prefix = 'knowledge-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** File name → content of every file in a directory: to prove that nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
