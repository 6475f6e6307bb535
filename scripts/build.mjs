// `npm run build`: bundles the entry points into dist/ with esbuild (ESM, Node 20, source
// maps) and copies the knowledge data next to them, where knowledge/catalogue.ts finds it
// (./data/ beside the bundle). The packages are bundled too (except EXTERNAL): start-up then
// reads a few files instead of resolving, reading and compiling ~1,200 modules one by one in
// node_modules (issue 18). Plain JavaScript so that it runs with node alone. `--if-stale`
// builds only when dist/ is missing or older than the sources (npm start's prestart);
// `--outdir DIR` builds elsewhere (the build test).
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
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

/**
 * Packages loaded from node_modules at run time, not bundled: langchain (only with
 * OPENAI_API_KEY, large, loaded on first use) and zod (one copy shared with langchain, which
 * reads our schemas), the report's chart library (first /rapport), restify's optional native
 * DTrace probes.
 */
const EXTERNAL = /^(langchain|@langchain\/[^/]+|zod|echarts|dtrace-provider)(\/|$)/;

/**
 * Leaves EXTERNAL imports to Node only where they resolve to the copy at the top of
 * node_modules, the one dist/ finds at run time; a package's own older copy (botbuilder's zod 3
 * in its node_modules) is bundled, or Node would hand it the top-level one.
 */
const external = {
  name: 'external-top-level',
  setup(build) {
    const top = join(ROOT, 'node_modules') + sep;
    build.onResolve({ filter: EXTERNAL }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const { path, errors } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (errors.length > 0) return { errors };
      const name = EXTERNAL.exec(args.path)[1];
      return path.startsWith(join(top, name) + sep) ? { path: args.path, external: true } : { path };
    });
  },
};

/**
 * restify's server requires spdy (HTTP/2 over TLS, 40 modules) when it loads but uses it only
 * with its `spdy` option, which bot/server.ts never passes: the bundle gets this stub instead.
 */
const noSpdy = {
  name: 'no-spdy',
  setup(build) {
    build.onResolve({ filter: /^spdy$/ }, () => ({ path: 'spdy', namespace: 'no-spdy' }));
    build.onLoad({ filter: /.*/, namespace: 'no-spdy' }, () => ({
      contents: `module.exports = { createServer() { throw new Error('spdy is not bundled (scripts/build.mjs)'); } };`,
      loader: 'js',
    }));
  },
};

/** `require` for bundled CommonJS code (aliased: bundled modules may import createRequire too). */
// import.meta.dirname would do for __dirname, but only from Node 20.11; engines allow any 20.
const ESM_REQUIRE = `import { createRequire as bannerRequire } from 'node:module';
import { fileURLToPath as bannerFileUrlToPath } from 'node:url';
const require = bannerRequire(import.meta.url);
const bannerFilename = bannerFileUrlToPath(import.meta.url);
const bannerDirname = bannerFileUrlToPath(new URL('.', import.meta.url));`;

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
    plugins: [external, noSpdy],
    platform: 'node',
    format: 'esm',
    // Bundled CommonJS packages call require() (Node's built-ins, JSON) and read __dirname,
    // which an ES module does not have.
    banner: { js: ESM_REQUIRE },
    define: { __dirname: 'bannerDirname', __filename: 'bannerFilename' },
    // Dynamic imports (langchain, the report's chart library) become chunks of their own, loaded
    // on first use, instead of being inlined into main.js and loaded at start-up.
    splitting: true,
    // Beside main.js, not in a folder: knowledge/catalogue.ts finds its data at ./data/ from its chunk.
    chunkNames: 'chunk-[hash]',
    target: 'node20',
    // Maps for the logged stacks (bot/sourceStack.ts) need lines, not the sources: without them
    // the maps are a fraction of the size to read and hold when the first error is logged.
    sourcemap: true,
    sourcesContent: false,
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
