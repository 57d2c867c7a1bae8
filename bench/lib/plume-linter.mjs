import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

const linterDist = join(repoRoot, 'packages', 'linter', 'dist');
export const linterCli = join(linterDist, 'bin', 'cli.js');
const BUILD_HINT = 'run `pnpm --filter @plume/linter build`';

/** Why Plume's library API cannot be benchmarked yet, or undefined when its build is there. */
export function linterApiMissing() {
  return existsSync(join(linterDist, 'index.js')) ? undefined : `the linter is not built (${BUILD_HINT})`;
}

/** Why Plume's CLI cannot be benchmarked yet, or undefined when its build is there. */
export function linterCliMissing() {
  return existsSync(linterCli) ? undefined : `the linter's CLI is not built: no ${linterCli} (${BUILD_HINT})`;
}
