// Bundles the `plume-lint` executable and its lint worker into dist/bin/. Every thread of a lint
// run (the CLI's and each worker's) loads the whole engine, and ~200 separate ES modules cost
// each thread module resolution, linking and memory that one bundle does not (bench/TUNING.md).
// The library (dist/index.js) stays one module per source file.
import { createHash } from 'node:crypto';
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { jsoncParserEsm } from './jsonc-parser-esm.mjs';

// zod re-exports its error messages in 60-odd languages as `z.locales`; Plume's configuration
// errors are English (zod's default, `en`), so the others are left out of the bundle: every
// thread of a run would otherwise read and compile ~350 KB of messages it never shows.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, ({ path }) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: dirname(path),
    }));
  },
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bin');

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'src', 'cli', 'bin.ts'), worker: join(root, 'src', 'cli', 'worker.ts') },
  entryNames: '[name]',
  bundle: true,
  // The CLI loads the engine only when it lints in its own thread; shared code goes to chunks.
  splitting: true,
  // Beside the entries: the worker is found as `./worker.js` next to the code that starts it.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  target: 'node22',
  format: 'esm',
  outdir,
  sourcemap: true,
  // The dependencies' licences travel in node_modules beside the installed package.
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [jsoncParserEsm, zodEnglishOnly],
  logLevel: 'warning',
  // CommonJS dependencies call require(); ESM output needs a real one in scope. Data files
  // (dictionaries) are still found through node_modules at run time, as from dist/.
  banner: {
    js: "import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);",
  },
});
await chmod(join(outdir, 'cli.js'), 0o755);

// What the caches of a `--cache` run are keyed by besides the version (src/package/build-id.ts).
const hash = createHash('sha256');
for (const name of (await readdir(outdir)).filter((file) => file.endsWith('.js')).sort()) {
  hash.update(name).update(await readFile(join(outdir, name)));
}
await writeFile(join(outdir, 'build-id.txt'), `${hash.digest('hex').slice(0, 16)}\n`);
