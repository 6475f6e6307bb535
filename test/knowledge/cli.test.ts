import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir, XML } from './helpers';

afterAll(removeTempDirs);

const CLI_TIMEOUT = 90_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, [...args], { env: { ...process.env, ...env }, timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const noImports = () => ({ KNOWLEDGE_DIR: join(tempDir(), 'leeg') });
const search = (...args: string[]) => run('npx', ['tsx', 'knowledge/searchCli.ts', ...args], noImports());

describe('npm run search', () => {
  it('prints a JSON array of hits, best first, 10 by default', async () => {
    const { code, stdout, stderr } = await search('mijn cliënt wil in een magazijn werken');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const hits = JSON.parse(stdout);
    expect(hits).toHaveLength(10);
    expect(hits.slice(0, 3).map((h: { crebo: string }) => h.crebo)).toContain('25254');
    for (const hit of hits) expect(Object.keys(hit).sort()).toEqual(['crebo', 'id', 'kwalificatie', 'score', 'titel', 'type', 'werkproces']);
  }, CLI_TIMEOUT);

  it('takes --limit N through the npm script', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'search', '--', 'hoe lang duurt een traject', '--limit', '2'], noImports());
    expect(code).toBe(0);
    const hits = JSON.parse(stdout);
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({ type: 'onderwerp', id: 'duur', crebo: null, werkproces: null });
  }, CLI_TIMEOUT);

  it.each([
    ['an empty question', [''], /Geef een zoekvraag op/],
    ['no question at all', [], /Geef een zoekvraag op/],
    ['a question over 500 characters', ['a'.repeat(501)], /te lang \(501 tekens\)/],
    ['--limit without a number', ['magazijn', '--limit', 'veel'], /--limit moet een heel getal/],
    ['--limit 0', ['magazijn', '--limit=0'], /--limit moet een heel getal/],
    ['an unknown option', ['magazijn', '--top', '3'], /Onbekende optie "--top"/],
  ])('%s: message on stderr, exit 2, nothing on stdout', async (_name, args, message) => {
    const { code, stdout, stderr } = await search(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  }, CLI_TIMEOUT);
});

describe('npm run import-dossier', () => {
  it('imports an export into KNOWLEDGE_DIR, which the search then uses', async () => {
    const dir = join(tempDir(), 'knowledge');
    const imported = await run('npm', ['run', '--silent', 'import-dossier', '--', XML.maatschappelijkeZorg], { KNOWLEDGE_DIR: dir });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Geïmporteerd: Maatschappelijke Zorg \(dossiercrebo 23181\): 6 kwalificaties, 43 werkprocessen/);
    expect(readdirSync(dir)).toEqual(['dossier-23181.json']);
    const found = await run('npx', ['tsx', 'knowledge/searchCli.ts', 'begeleider in de daklozenopvang', '--limit', '3'], { KNOWLEDGE_DIR: dir });
    expect(JSON.parse(found.stdout).map((h: { crebo: string }) => h.crebo)).toContain('25476');
  }, CLI_TIMEOUT);

  it('defaults to <DATA_DIR>/knowledge', async () => {
    const dataDir = tempDir();
    const result = await run('npx', ['tsx', 'knowledge/importCli.ts', XML.sociaalWerk], { DATA_DIR: dataDir, KNOWLEDGE_DIR: '' });
    expect(result.code).toBe(0);
    expect(existsSync(join(dataDir, 'knowledge', 'dossier-23185.json'))).toBe(true);
  }, CLI_TIMEOUT);

  it('refuses a file that is not an SBB export: message, exit 2, nothing written', async () => {
    const dir = join(tempDir(), 'knowledge');
    const bad = join(tempDir(), 'notities.xml');
    writeFileSync(bad, '<?xml version="1.0"?><notities><notitie>geen dossier</notitie></notities>');
    const result = await run('npx', ['tsx', 'knowledge/importCli.ts', XML.dienstverlening, bad], { KNOWLEDGE_DIR: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Importeren mislukt, er is niets veranderd/);
    expect(result.stderr).toMatch(/notities\.xml: root element <sbb> missing/);
    expect(existsSync(dir)).toBe(false);
  }, CLI_TIMEOUT);

  it('without files it explains the usage and exits 2', async () => {
    const result = await run('npx', ['tsx', 'knowledge/importCli.ts'], { KNOWLEDGE_DIR: join(tempDir(), 'k') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Gebruik: npm run import-dossier/);
  }, CLI_TIMEOUT);
});
