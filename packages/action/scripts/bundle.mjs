// Bundles the Action into one ESM file, committed in dist/ because a JavaScript action runs
// without an install step. CI rebuilds it and fails when the committed copy differs.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { jsoncParserEsm } from '../../linter/scripts/jsonc-parser-esm.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

// Packages whose data files are read at run time, next to their module: there is no
// node_modules beside a checked-out action, so they are copied into dist/<name>/ and the
// code that locates them is pointed there.
const RUNTIME_ASSETS = {
  'dictionary-fr': ['index.aff', 'index.dic', 'license'],
  'dictionary-en': ['index.aff', 'index.dic', 'license'],
};

function packageDir(name) {
  // Resolved from the linter, which owns these dependencies.
  const fromLinter = createRequire(join(here, '..', '..', 'linter', 'package.json'));
  return dirname(fromLinter.resolve(name));
}

// Stands in for `import.meta.resolve(name)` in the bundle: the copy in dist/<name>/, and a clear
// error for a package whose files were not copied (add it to RUNTIME_ASSETS).
const RESOLVE_HELPER = `const __plumeResolveAsset = (name) => {
  if (!${JSON.stringify(Object.keys(RUNTIME_ASSETS))}.includes(name)) {
    throw new Error(\`\${name} is read at run time but not copied beside the bundle (scripts/bundle.mjs)\`);
  }
  return new URL(\`./\${name}/index.js\`, import.meta.url).href;
};
`;

const runtimeAssets = {
  name: 'runtime-assets',
  setup(b) {
    const names = Object.keys(RUNTIME_ASSETS).join('|');
    // Our packages' code: `import.meta.resolve(…)`, whatever its argument, finds the copies in
    // dist/; a local `createRequire(import.meta.url)` (synchronous loading of ES modules) is
    // dropped so that esbuild sees the plain `require('…')` calls and bundles what they load.
    const localRequire = /const require = createRequire\(import\.meta\.url\);/g;
    b.onLoad({ filter: /[\\/]packages[\\/](linter|core)[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const resolves = text.includes('import.meta.resolve(');
      if (!resolves && !localRequire.test(text)) return undefined;
      const rewritten = text
        .replaceAll('import.meta.resolve(', '__plumeResolveAsset(')
        .replace(localRequire, '');
      return {
        contents: resolves ? `${RESOLVE_HELPER}${rewritten}` : rewritten,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
    // `import dictionary from 'dictionary-fr'`: its index.js reads files beside itself.
    b.onLoad({ filter: new RegExp(`[\\\\/](${names})[\\\\/]index\\.js$`) }, async (args) => {
      const name = Object.keys(RUNTIME_ASSETS).find((n) => args.path.includes(`${n}/index.js`));
      const text = await readFile(args.path, 'utf8');
      return {
        contents: text.replace(
          /new URL\((['"])([^'"]+)\1, import\.meta\.url\)/g,
          `new URL('./${name}/$2', import.meta.url)`,
        ),
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

await rm(dist, { recursive: true, force: true });

const result = await build({
  entryPoints: {
    index: join(here, '..', 'src', 'index.ts'),
    // The linter lints many files on worker threads started from `./worker.js` beside its own
    // module, which in the bundle is dist/index.js; without this file it lints in one thread.
    worker: join(packageDir('@plume/linter'), 'run', 'worker.js'),
  },
  bundle: true,
  splitting: true,
  // Chunks stay beside index.js: the code in them finds worker.js and the dictionary relative to itself.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  target: 'node24',
  format: 'esm',
  outdir: dist,
  // Licences are collected whole into dist/licenses.txt below, not scattered through the code.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [runtimeAssets, jsoncParserEsm],
  // Some CommonJS dependencies call require(); ESM output needs a real one in scope.
  banner: {
    js: "import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);",
  },
});

for (const [name, files] of Object.entries(RUNTIME_ASSETS)) {
  await mkdir(join(dist, name), { recursive: true });
  for (const file of files) await copyFile(join(packageDir(name), file), join(dist, name, file));
}

// Every third-party package in the bundle, with its licence text: MIT and friends require the
// notice to travel with the code. Plume is MIT, so no GPL (or LGPL, AGPL) package may be bundled.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
  if (match?.[1]) packages.set(match[1], true);
}
for (const name of Object.keys(RUNTIME_ASSETS)) packages.set(packageDir(name), true);
const notices = [];
const copyleft = [];
for (const dir of [...packages.keys()].sort()) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const license = typeof manifest.license === 'string' ? manifest.license : JSON.stringify(manifest.license);
  if (/GPL/i.test(license ?? '')) copyleft.push(`${manifest.name} (${license})`);
  const file = (await readdir(dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file ? await readFile(join(dir, file), 'utf8') : `License: ${license}`;
  notices.push(`${manifest.name}@${manifest.version} — ${license}\n\n${text.trim()}\n`);
}
if (copyleft.length > 0) {
  console.error(`GPL-licensed packages must not be bundled: ${copyleft.join(', ')}`);
  process.exit(1);
}
await writeFile(join(dist, 'licenses.txt'), `${[...new Set(notices)].join(`\n${'-'.repeat(72)}\n\n`)}`);

// Nothing in the output may look for a package at run time: there is no node_modules beside it.
// Except optional look-ups that fall back when the package is absent (fdir tries picomatch in a
// try/catch; tinyglobby gives it what it needs).
const OPTIONAL_REQUIRES = ['picomatch'];
for (const file of (await readdir(dist)).filter((f) => f.endsWith('.js'))) {
  const code = await readFile(join(dist, file), 'utf8');
  const unresolved = [...code.matchAll(/import\.meta\.resolve\([^)]*\)|require\d*\("(?!node:)([^"]+)"\)/g)]
    .filter((m) => !builtinModules.includes(m[1] ?? '') && !OPTIONAL_REQUIRES.includes(m[1] ?? ''))
    .map((m) => m[0]);
  if (unresolved.length > 0) {
    console.error(`dist/${file} still loads packages at run time: ${[...new Set(unresolved)].join(', ')}`);
    process.exit(1);
  }
}
