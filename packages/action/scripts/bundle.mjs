// Bundles the Action into one ESM file, committed in dist/ because a JavaScript action runs
// without an install step. CI rebuilds it and fails when the committed copy differs.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  outfile: 'dist/index.js',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); ESM output needs a real one in scope.
  banner: {
    js: "import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);",
  },
});
