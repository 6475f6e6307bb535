import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, so that the bundle finds node_modules as dist/ does.
const CACHE = join(ROOT, 'node_modules', '.cache');
mkdirSync(CACHE, { recursive: true });
const outdir = mkdtempSync(join(CACHE, 'build-test-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(outdir, { recursive: true, force: true });
});

/** Processes whose parent is `pid` (Linux /proc): the built bot must start no helpers. */
function childrenOf(pid: number): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(pid);
      } catch {
        return false; // the process ended while we looked
      }
    })
    .map(Number);
}

describe('production build (npm run build, node dist/main.js)', () => {
  it('builds, starts as one node process, answers /healthz and stops on SIGTERM', async () => {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--outdir', outdir], { cwd: ROOT });
    expect(readdirSync(outdir)).toEqual(
      expect.arrayContaining([
        'main.js',
        'main.js.map',
        'screen.js',
        'search.js',
        'import-dossier.js',
        'rapport.js',
        'data',
      ]),
    );
    // The report tool runs from the bundle too (the chart library stays in node_modules).
    const reportDir = mkdtempSync(join(tmpdir(), 'built-rapport-'));
    const report = await promisify(execFile)(
      process.execPath,
      [join(outdir, 'rapport.js'), '--demo', '--out', reportDir],
      {
        cwd: ROOT,
      },
    );
    expect(report.stdout).toContain('voorbeeldgegevens');
    expect(readdirSync(reportDir)).toContain('index.html');
    rmSync(reportDir, { recursive: true, force: true });

    const dataDir = mkdtempSync(join(tmpdir(), 'built-data-'));
    const started = Date.now();
    child = spawn(process.execPath, ['--no-deprecation', join(outdir, 'main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const url = await new Promise<string>((resolve, reject) => {
      child!.stdout!.on('data', (d) => {
        stdout += d;
        const found = /"event":"startup\.listening"[^\n]*"url":"([^"]+)"/.exec(stdout);
        if (found) resolve(found[1]!);
      });
      child!.on('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', storage: 'memory' });
    console.info(`built bot answered /healthz ${Date.now() - started} ms after spawn`);
    expect(childrenOf(child.pid!)).toEqual([]);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('shutdown.done');
    expect(stderr).toMatch(/^Bot draait\. [^\n]*npm run chat[^\n]*\n$/); // only the one line on how to talk to the bot
    rmSync(dataDir, { recursive: true, force: true });
  }, 90_000);
});
