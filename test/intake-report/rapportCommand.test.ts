import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRapportCommand } from '../../bot/report/rapportCommand';
import type { PreIntakeDossier } from '../../intake/dossier/dossier';
import { FileDossierStore } from '../../intake/delivery/fileDossierStore';
import { RedisDossierStore } from '../../intake/delivery/redisDossierStore';
import { DEMO_TEAMS, demoDossiers } from '../../intake/report/demoDossiers';
import { deleteKeys, newRedis, redisUrl, tempDir } from '../intake-delivery/helpers';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const dossiers = demoDossiers({ now: NOW });

/** Everything personal or free in the seeded dossiers: none of it may reach the report. */
function personalStrings(all: PreIntakeDossier[]): string[] {
  const values = all.flatMap((d) => [
    d.id,
    d.kandidaat.naam,
    d.kandidaat.telefoon,
    d.kandidaat.telefoon.replace(/\D/g, ''),
    d.kandidaat.email ?? '',
    d.kandidaat.geboortedatum,
    d.kandidaat.woonplaats,
    d.verwijzer.naam,
    d.verwijzer.telefoon,
    d.verwijzer.teamsId,
    d.verwijzer.organisatie,
    d.opmerkingen,
    d.wensen.leerbedrijf.naam ?? '',
    ...d.statusHistory.flatMap((e) => [
      e.toelichting ?? '',
      e.afspraak?.plaats === 'Teams' ? '' : (e.afspraak?.plaats ?? ''),
    ]),
  ]);
  return [...new Set(values.filter((v) => v.length > 0))];
}

async function readReport(dir: string): Promise<{ html: string; csv: string[]; files: string[] }> {
  const files = (await readdir(dir)).sort();
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const csv = await Promise.all(files.filter((f) => f.endsWith('.csv')).map((f) => readFile(join(dir, f), 'utf8')));
  return { html, csv, files };
}

function expectNoPersonalData(text: string): void {
  const found = personalStrings(dossiers).filter((value) => text.includes(value));
  expect(found).toEqual([]);
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/); // no date at all, a birth date least of all
  expect(text).not.toMatch(/PI-\d{4}-/);
  expect(text).not.toMatch(/@example\.nl/);
}

describe('npm run rapport over the store the bot uses', () => {
  let dir: { path: string; remove(): Promise<void> };
  let teamsFile: string;
  beforeAll(async () => {
    dir = await tempDir();
    teamsFile = join(dir.path, 'teams.json');
    await writeFile(teamsFile, JSON.stringify(DEMO_TEAMS));
  });
  afterAll(() => dir.remove());

  it('writes an HTML page with charts and one CSV per figure, without any personal data (files)', async () => {
    const store = new FileDossierStore(join(dir.path, 'data', 'intake'));
    for (const dossier of dossiers) await store.put(dossier);
    const out = join(dir.path, 'out-files');
    const env = { DATA_DIR: join(dir.path, 'data'), INTAKE_TEAMS_FILE: teamsFile };
    const result = await runRapportCommand(['--out', out], env, NOW);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain(`(${dossiers.length} aanmeldingen)`);

    const report = await readReport(out);
    expect(report.files).toEqual([
      'aanmeldingen-per-maand.csv',
      'advies.csv',
      'besluiten.csv',
      'index.html',
      'resultaat-traject.csv',
      'tijd-tot-adviesgesprek.csv',
      'tijd-tot-eerste-reactie.csv',
      'uitkomst-3-maanden.csv',
      'uitkomst-6-maanden.csv',
    ]);
    expect(report.html.match(/<svg /g)).toHaveLength(8);
    expect(report.html).toContain('Regio Rijnmond, totaal');
    expect(report.html).toContain('Intaketeam Midden-Utrecht');
    expect(report.html).toContain('geen persoonsgegevens');
    expect(report.html).toContain('staat er als &quot;&lt;5&quot;');
    expect(report.html).toContain('Periode: januari 2026 tot en met november 2026');
    // self-contained: nothing is fetched when it is opened
    expect(report.html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
    expect(report.html).toContain('Content-Security-Policy" content="default-src \'none\'');
    expectNoPersonalData(report.html);
    for (const csv of report.csv) expectNoPersonalData(csv);

    const advies = report.csv[1]!;
    expect(advies.startsWith('\uFEFFniveau;regio;intaketeam;Kansrijk;')).toBe(true);
    expect(advies).toMatch(/\r\ntotaal;;;\d+;/);
    for (const csv of report.csv) expect(csv).not.toMatch(/;[1-4](;|\r)/); // small counts never shown
  });

  it('reads Redis when REDIS_URL is set, like the bot', async () => {
    const redis = newRedis();
    const prefix = `test-rapport-${Date.now()}`;
    try {
      const store = new RedisDossierStore(redis, `${prefix}:intake:`);
      for (const dossier of dossiers.slice(0, 20)) await store.put(dossier);
      const out = join(dir.path, 'out-redis');
      const env = { REDIS_URL: redisUrl(), REDIS_PREFIX: prefix, INTAKE_TEAMS_FILE: teamsFile };
      const result = await runRapportCommand(['--out', out], env, NOW);
      expect(result.stdout).toContain('(20 aanmeldingen)');
      expectNoPersonalData((await readReport(out)).html);
    } finally {
      await deleteKeys(redis, prefix);
      await redis.quit();
    }
  });

  it('--demo needs no store and fills every chart', async () => {
    const out = join(dir.path, 'out-demo');
    const result = await runRapportCommand(['--demo', '--out', out], {}, NOW);
    expect(result.stdout).toContain('voorbeeldgegevens');
    const { html } = await readReport(out);
    expect(html.match(/<svg /g)).toHaveLength(8);
    expectNoPersonalData(html);
  });

  it('refuses an unknown option with the usage', async () => {
    const result = await runRapportCommand(['--uit', 'x'], {}, NOW);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Gebruik: npm run rapport');
  });
});
