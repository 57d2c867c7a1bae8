import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * An esbuild plugin for every bundle that holds the linter (its CLI, the Action): jsonc-parser's
 * `main` is a UMD build whose require() calls esbuild cannot follow; its ESM build (`module`)
 * bundles cleanly. Node itself loads the UMD build fine (the library in dist/).
 */
export const jsoncParserEsm = {
  name: 'jsonc-parser-esm',
  setup(build) {
    build.onResolve({ filter: /^jsonc-parser$/ }, ({ resolveDir }) => {
      const manifest = createRequire(join(resolveDir, 'index.js')).resolve('jsonc-parser/package.json');
      return { path: join(dirname(manifest), 'lib', 'esm', 'main.js') };
    });
  },
};
