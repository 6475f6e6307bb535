import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache');
mkdirSync(CACHE, { recursive: true });
const outdir = mkdtempSync(join(CACHE, 'source-stack-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** A program built like dist/ (esbuild bundle, map beside it) whose error goes through sourceStack. */
const PROGRAM = `import { sourceStack } from './bot/sourceStack';

function failingStep(): never {
  throw new Error('kapot');
}
try {
  failingStep();
} catch (error) {
  process.stdout.write(JSON.stringify({ raw: (error as Error).stack, mapped: sourceStack(error as Error) }));
}
`;

async function runBuilt(nodeArgs: string[]): Promise<{ raw: string; mapped: string }> {
  const { build } = await import('esbuild');
  await build({
    stdin: { contents: PROGRAM, resolveDir: ROOT, sourcefile: 'failingProgram.ts', loader: 'ts' },
    outfile: join(outdir, 'program.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
  });
  const { stdout } = await promisify(execFile)(process.execPath, [...nodeArgs, join(outdir, 'program.js')]);
  return JSON.parse(stdout) as { raw: string; mapped: string };
}

describe('sourceStack (stack traces for the logs without --enable-source-maps, issue 18)', () => {
  it('turns the built locations of a bundle run without the flag into TypeScript source lines', async () => {
    const { raw, mapped } = await runBuilt([]);
    expect(raw).toMatch(/at failingStep \(file:\/\/[^)]*program\.js:\d+:\d+\)/);
    expect(mapped).toContain('Error: kapot');
    expect(mapped).toMatch(new RegExp(`at failingStep \\(${join(ROOT, 'failingProgram.ts')}:4:9\\)`));
    expect(mapped).toContain(`${join(ROOT, 'failingProgram.ts')}:7:`); // the caller's line
    expect(mapped).not.toContain('program.js');
  }, 30_000);

  it('leaves a stack Node already mapped (--enable-source-maps) as it is', async () => {
    const { raw, mapped } = await runBuilt(['--enable-source-maps']);
    expect(raw).toContain('failingProgram.ts:4:9');
    expect(mapped).toBe(raw);
  }, 30_000);
});
