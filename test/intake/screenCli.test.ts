import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Advice } from '../../intake/screening/screen';
import { runScreenCommand } from '../../intake/screening/screenCommand';
import { loadScreeningCases } from '../fixtures/screeningCases';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const cases = loadScreeningCases();
const v05 = cases.find((c) => c.id === 'v05')!;
const v10 = cases.find((c) => c.id === 'v10')!;
const dir = mkdtempSync(join(tmpdir(), 'screen-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the npm script as a real process: the one smoke test; everything else runs in-process. */
function runNpmScript(stdin: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'screen', '--', ...args], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function runCli(stdin: string, args: string[] = []): Run {
  const { exitCode, stdout, stderr } = runScreenCommand(args, stdin);
  return { code: exitCode, stdout, stderr };
}

function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect(run.stdout).toBe('');
}

describe('screen command', () => {
  it('prints the advice JSON for valid answers and exits 0', () => {
    const run = runCli(JSON.stringify(v05.input));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const advice = Advice.parse(JSON.parse(run.stdout));
    expect(advice.advies).toBe('diploma-route');
    expect(advice.redenen.map((r) => r.code)).toEqual(['DIPLOMAROUTE_HAALBAAR']);
    expect(advice.acties.map((a) => a.code)).toEqual(['LEERBEDRIJF_ZOEKEN', 'INKOMEN_REGELEN']);
    expect(advice.disclaimer).toContain('indicatief');
  });

  it('works through the npm script with a policy file (spawned: only JSON on stdout)', async () => {
    const policy = join(dir, 'soepel.yaml');
    writeFileSync(policy, 'startkwalificatie: soepel\n');
    const run = await runNpmScript(JSON.stringify(v10.input), ['--policy', policy]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({
      advies: 'bespreken',
      redenen: [{ code: 'STARTKWALIFICATIE_BRUIKBAAR' }],
    });
  }, 60_000);

  it('names a missing field and exits 2', () => {
    const { motivatie: _dropped, ...rest } = v05.input;
    const run = runCli(JSON.stringify(rest));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('motivatie');
    expect(run.stderr).toMatch(/missing/);
    expect(run.stderr).toContain('ja, twijfel, nee');
    expectNoStackTrace(run);
  });

  it('names a bad enum value with the allowed values and exits 2', () => {
    const run = runCli(JSON.stringify({ ...v05.input, situatie: 'student' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('situatie');
    expect(run.stderr).toContain('werkzoekend, werkend, gedetineerd, schoolverlater, leerling-pro-vso');
    expectNoStackTrace(run);
  });

  it('rejects invalid JSON with exit 2', () => {
    const run = runCli('{"leeftijd": 37,');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not valid JSON/);
    expectNoStackTrace(run);
  });

  it('rejects a bad policy file with exit 2, naming the field', () => {
    const policy = join(dir, 'bad.json');
    writeFileSync(policy, '{"minimumLeeftijd": 12}');
    const run = runCli(JSON.stringify(v05.input), ['--policy', policy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('minimumLeeftijd');
    expectNoStackTrace(run);
  });
});

describe('runScreenCommand (in process)', () => {
  const input = JSON.stringify(v05.input);

  it.each([
    [['--policy'], /--policy needs a file name/],
    [['--verbose'], /unknown argument "--verbose"/],
  ])('rejects arguments %j with exit 2', (args, message) => {
    const result = runScreenCommand(args, input);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['[]', '(root)'],
    ['null', '(root)'],
    [JSON.stringify({ ...v05.input, leeftijd: 200 }), 'leeftijd: invalid value 200 (allowed: integer 0-120)'],
    [JSON.stringify({ ...v05.input, startkwalificatieBruikbaar: 'ja' }), 'startkwalificatieBruikbaar'],
    [JSON.stringify({ ...v05.input, hobby: 'voetbal' }), 'hobby: unknown field'],
  ])('rejects %s naming %s', (stdin, expected) => {
    const result = runScreenCommand([], stdin);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain(expected);
  });

  it('accepts --policy=FILE and the default policy', () => {
    const policy = join(dir, 'leeftijd.json');
    writeFileSync(policy, '{"minimumLeeftijd": 25}');
    expect(JSON.parse(runScreenCommand([], input).stdout).advies).toBe('diploma-route');
    expect(JSON.parse(runScreenCommand([`--policy=${policy}`], input).stdout).advies).toBe('niet-toelaatbaar');
  });

  it('agrees with every example case', () => {
    for (const c of cases) {
      const policyFile = join(dir, `${c.id}.json`);
      writeFileSync(policyFile, JSON.stringify(c.policy ?? {}));
      const output = JSON.parse(runScreenCommand(['--policy', policyFile], JSON.stringify(c.input)).stdout);
      expect({
        advies: output.advies,
        redenen: output.redenen.map((r: { code: string }) => r.code),
        acties: output.acties.map((a: { code: string }) => a.code),
      }).toEqual(c.verwacht);
    }
  });
});
