import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../knowledge/importCommand';
import { runSearchCommand } from '../../knowledge/searchCommand';
import { removeTempDirs, tempDir, XML } from './helpers';

afterAll(removeTempDirs);

const SPAWN_TIMEOUT = 60_000;

/** Runs an npm script as a real process: one smoke test per command, the rest runs in-process. */
function npmRun(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', ...args],
      { env: { ...process.env, ...env }, timeout: SPAWN_TIMEOUT },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

const noImports = () => ({ KNOWLEDGE_DIR: join(tempDir(), 'leeg') });
const search = (...args: string[]) => runSearchCommand(args, noImports());

describe('npm run search', () => {
  it.each([
    ['in the question', ['mijn cliënt', 'bsn 111222333', 'magazijn']],
    ['full-width, in one word', ['bsn１１１２２２３３３']],
    ['with separators', ['zorg 111-222-333']],
    ['in an option value', ['magazijn', '--limit', '111 222 333']],
    ['as an unknown option', ['--bsn=111.222.333']],
  ])('refuses a BSN %s and never echoes it', (_name, args) => {
    const { exitCode, stdout, stderr } = search(...args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('burgerservicenummer (BSN)');
    expect(stderr.normalize('NFKC').replace(/\D/g, '')).not.toContain('111222333');
  });

  it('prints a JSON array of hits, best first, 10 by default', () => {
    const { exitCode, stdout, stderr } = search('mijn cliënt wil in een magazijn werken');
    expect({ exitCode, stderr }).toEqual({ exitCode: 0, stderr: '' });
    const hits = JSON.parse(stdout);
    expect(hits).toHaveLength(10);
    expect(hits.slice(0, 3).map((h: { crebo: string }) => h.crebo)).toContain('25254');
    for (const hit of hits)
      expect(Object.keys(hit).sort()).toEqual(['crebo', 'id', 'kwalificatie', 'score', 'titel', 'type', 'werkproces']);
  });

  it(
    'takes --limit N through the npm script (spawned: only JSON on stdout)',
    async () => {
      const { code, stdout, stderr } = await npmRun(
        ['search', '--', 'hoe lang duurt een traject', '--limit', '2'],
        noImports(),
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const hits = JSON.parse(stdout);
      expect(hits).toHaveLength(2);
      expect(hits[0]).toMatchObject({ type: 'onderwerp', id: 'duur', crebo: null, werkproces: null });
    },
    SPAWN_TIMEOUT,
  );

  it('takes --limit=N and ignores a leading --', () => {
    const hits = JSON.parse(search('--', 'magazijn', '--limit=3').stdout);
    expect(hits).toHaveLength(3);
  });

  it.each([
    ['an empty question', [''], /Geef een zoekvraag op/],
    ['no question at all', [], /Geef een zoekvraag op/],
    ['a question over 500 characters', ['a'.repeat(501)], /te lang \(501 tekens\)/],
    ['--limit without a number', ['magazijn', '--limit', 'veel'], /--limit moet een heel getal/],
    ['--limit 0', ['magazijn', '--limit=0'], /--limit moet een heel getal/],
    ['an unknown option', ['magazijn', '--top', '3'], /Onbekende optie "--top"/],
  ])('%s: message on stderr, exit 2, nothing on stdout', (_name, args, message) => {
    const { exitCode, stdout, stderr } = search(...args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('npm run import-dossier', () => {
  it(
    'imports an export into KNOWLEDGE_DIR, which the search then uses (spawned)',
    async () => {
      const dir = join(tempDir(), 'knowledge');
      const imported = await npmRun(['import-dossier', '--', XML.maatschappelijkeZorg], { KNOWLEDGE_DIR: dir });
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(
        /Geïmporteerd: Maatschappelijke Zorg \(dossiercrebo 23181\): 6 kwalificaties, 43 werkprocessen/,
      );
      expect(readdirSync(dir)).toEqual(['dossier-23181.json']);
      const found = runSearchCommand(['begeleider in de daklozenopvang', '--limit', '3'], { KNOWLEDGE_DIR: dir });
      expect(JSON.parse(found.stdout).map((h: { crebo: string }) => h.crebo)).toContain('25476');
    },
    SPAWN_TIMEOUT,
  );

  it('defaults to <DATA_DIR>/knowledge', () => {
    const dataDir = tempDir();
    const result = runImportCommand([XML.sociaalWerk], { DATA_DIR: dataDir, KNOWLEDGE_DIR: '' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Geïmporteerd: .*dossiercrebo 23185/);
    expect(existsSync(join(dataDir, 'knowledge', 'dossier-23185.json'))).toBe(true);
  });

  it('refuses a file that is not an SBB export: message, exit 2, nothing written', () => {
    const dir = join(tempDir(), 'knowledge');
    const bad = join(tempDir(), 'notities.xml');
    writeFileSync(bad, '<?xml version="1.0"?><notities><notitie>geen dossier</notitie></notities>');
    const result = runImportCommand([XML.dienstverlening, bad], { KNOWLEDGE_DIR: dir });
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/Importeren mislukt, er is niets veranderd/);
    expect(result.stderr).toMatch(/notities\.xml: root element <sbb> missing/);
    expect(existsSync(dir)).toBe(false);
  });

  it('a file that cannot be read: message, exit 2, nothing written', () => {
    const dir = join(tempDir(), 'knowledge');
    const result = runImportCommand([join(tempDir(), 'bestaat-niet.xml')], { KNOWLEDGE_DIR: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Importeren mislukt/);
    expect(existsSync(dir)).toBe(false);
  });

  it.each([[[]], [['--']], [['--help']]])('with arguments %j it explains the usage and exits 2', (args) => {
    const result = runImportCommand(args, { KNOWLEDGE_DIR: join(tempDir(), 'k') });
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/Gebruik: npm run import-dossier/);
  });
});
