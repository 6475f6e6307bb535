import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeTeamsPackage } from '../../scripts/teamsPackage';

function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('Teams app package', () => {
  it('has a manifest with the three bot scopes, Dutch texts and commands', () => {
    const manifest = JSON.parse(readFileSync('appPackage/manifest.json', 'utf8'));
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    const commands = manifest.bots[0].commandLists.flatMap((l: { commands: { title: string }[] }) =>
      l.commands.map((c) => c.title),
    );
    expect(commands).toEqual(
      expect.arrayContaining(['screenen', 'werkprocessen', 'aanmelding', 'help', 'privacy', 'koppel intake']),
    );
  });

  it('says in its description that an automated assistant answers and the advice comes from fixed rules (AI Act art. 50)', () => {
    const { description } = JSON.parse(readFileSync('appPackage/manifest.json', 'utf8'));
    expect(description.full.length).toBeLessThanOrEqual(4000);
    expect(description.full).toContain('geautomatiseerde assistent (AI-systeem)');
    expect(description.full).toContain('vaste, openbare regels, niet uit een taalmodel');
    expect(description.full).toMatch(/taalmodel aansluit, helpt dat alleen bij/);
    expect(description.full).toContain('Liever een mens?');
  });

  it('has icons of the required sizes', () => {
    expect(pngSize('appPackage/color.png')).toEqual([192, 192]);
    expect(pngSize('appPackage/outline.png')).toEqual([32, 32]);
  });

  it('writes a zip with the configured app id (spawned: npm run package)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pkg-')), 'app.zip');
    const id = '11111111-2222-3333-4444-555555555555';
    const env = { ...process.env, MicrosoftAppId: id };
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'package', '--', '--out', out], { env });
    expect(stdout).toContain(`written to ${out}`);
    const zip = readFileSync(out);
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304'); // zip local file header
    const raw = zip.toString('latin1');
    for (const name of ['manifest.json', 'color.png', 'outline.png']) expect(raw).toContain(name);
    // The manifest is stored uncompressed: its JSON is readable in the zip.
    const json = raw.slice(raw.indexOf('{\n  "$schema"'), raw.indexOf('\n}') + 2);
    const manifest = JSON.parse(json);
    expect(manifest.id).toBe(id);
    expect(manifest.bots[0].botId).toBe(id);
    expect(raw).not.toContain('{{MICROSOFT_APP_ID}}');
  }, 60_000);

  it.each([['abc'], [''], [undefined]])('refuses to package without a GUID app id (%j)', async (appId) => {
    const out = join(mkdtempSync(join(tmpdir(), 'pkg-')), 'app.zip');
    const result = await writeTeamsPackage(appId, out);
    expect(result).toMatchObject({ ok: false, exitCode: 2 });
    expect(result.ok ? '' : result.message).toContain('MicrosoftAppId');
    expect(existsSync(out)).toBe(false);
  });
});
