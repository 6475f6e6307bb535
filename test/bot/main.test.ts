import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs bot/main.ts as a process, as `npm start` does. */
function runMain(env: Record<string, string>, until: (out: string) => boolean, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; child: ReturnType<typeof spawn> }>((resolve) => {
    const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'bot/main.ts'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const done = (code: number | null) => resolve({ code, stdout, stderr, child });
    child.stdout.on('data', (d) => {
      stdout += d;
      if (until(stdout)) done(null);
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => done(code));
    setTimeout(() => done(null), timeoutMs).unref();
  });
}

describe.concurrent('process start-up and shutdown', { timeout: 90_000 }, () => {
  it('stops with one clear line per bad variable and exit 1', async () => {
    const { code, stderr } = await runMain({ PORT: 'x', LOG_LEVEL: 'loud' }, () => false);
    expect(code).toBe(1);
    expect(stderr).toContain('PORT: ');
    expect(stderr).toContain('LOG_LEVEL: ');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    ['a policy file out of range', 'POLICY_FILE', 'policy.json', '{"minimumLeeftijd": 40}', 'minimumLeeftijd'],
    ['a broken imported dossier', 'KNOWLEDGE_DIR', 'dossier-1.json', '{"naam": 1}', 'dossier-1.json'],
    ['an intake teams file without ids', 'INTAKE_TEAMS_FILE', 'teams.json', '[{"naam": "West", "kanaal": "teams"}]', 'id'],
  ])('stops at start-up on %s, naming the file and field', async (_name, variable, file, content, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    writeFileSync(join(dir, file), content);
    const value = variable === 'KNOWLEDGE_DIR' ? dir : join(dir, file);
    const { code, stderr } = await runMain({ [variable]: value, DATA_DIR: dir }, () => false);
    expect(code).toBe(1);
    expect(stderr).toContain(expected);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('serves, then shuts down gracefully on SIGTERM', async () => {
    const started = await runMain({ PORT: '0', LOG_LEVEL: 'info', DATA_DIR: mkdtempSync(join(tmpdir(), 'data-')) }, (out) => out.includes('startup.listening'));
    const url = /"url":"([^"]+)"/.exec(started.stdout)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => started.child.on('exit', resolve));
    started.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
