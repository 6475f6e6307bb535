import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Start-up to healthz: `node dist/main.js` as production runs it (built first when stale),
 * from the spawn to the first 200 on /healthz, memory state. The median of `runs` starts.
 */
export async function measureStartup(port: number, runs = 3): Promise<{ medianMs: number; runsMs: number[] }> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
    const started = performance.now();
    const child = spawn(process.execPath, ['dist/main.js'], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'warn', DATA_DIR: dataDir },
      stdio: 'ignore',
    });
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}`);
        if (performance.now() - started > 60_000) throw new Error('no healthz within 60 s');
        const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
          .then((res) => res.status === 200)
          .catch(() => false);
        if (ok) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      times.push(Math.round(performance.now() - started));
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs: times };
}
