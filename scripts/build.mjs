// `npm run build`: bundles the entry points into dist/ with esbuild (ESM, Node 20, source
// maps; packages stay in node_modules) and copies the knowledge data next to them, where
// knowledge/catalogue.ts finds it (./data/ beside the bundle). Plain JavaScript so that it
// runs with node alone. `--if-stale` builds only when dist/ is missing or older than the
// sources (npm start's prestart); `--outdir DIR` builds elsewhere (the build test).
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = [
  'bot',
  'dialogs',
  'intake',
  'knowledge',
  'privacy',
  'package.json',
  'package-lock.json',
  'scripts/build.mjs',
];
/** Output name → source: the bot and the command-line tools an operator runs in production. */
const ENTRY_POINTS = {
  main: 'bot/main.ts',
  screen: 'intake/screening/screenCli.ts',
  search: 'knowledge/searchCli.ts',
  'import-dossier': 'knowledge/importCli.ts',
  rapport: 'bot/report/rapportCli.ts',
};

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function isStale(outdir) {
  const built = join(outdir, 'main.js');
  if (!existsSync(built)) return true;
  const sources = SOURCES.map((p) => join(ROOT, p)).filter((p) => existsSync(p));
  return Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
}

export async function buildTo(outdir) {
  const { build } = await import('esbuild'); // only when building: the up-to-date check stays quick
  // Chunk names carry a hash: drop the previous build's.
  if (existsSync(outdir))
    for (const name of readdirSync(outdir)) if (/^chunk-.*\.js(\.map)?$/.test(name)) rmSync(join(outdir, name));
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRY_POINTS).map(([out, in_]) => ({ out, in: in_ })),
    outdir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    // Dynamic imports (langchain, the report's chart library) become chunks of their own, loaded
    // on first use, instead of being inlined into main.js and loaded at start-up.
    splitting: true,
    // Beside main.js, not in a folder: knowledge/catalogue.ts finds its data at ./data/ from its chunk.
    chunkNames: 'chunk-[hash]',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  const data = join(outdir, 'data');
  rmSync(data, { recursive: true, force: true });
  cpSync(join(ROOT, 'knowledge', 'data'), data, { recursive: true });
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outdir');
const outdir = resolve(ROOT, outIndex >= 0 ? args[outIndex + 1] : 'dist');
if (!args.includes('--if-stale') || isStale(outdir)) {
  const started = Date.now();
  await buildTo(outdir);
  process.stderr.write(`Built ${outdir} in ${Date.now() - started} ms\n`);
}
