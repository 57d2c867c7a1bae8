import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

export const linterCli = join(repoRoot, 'packages', 'linter', 'dist', 'cli.js');
const linterIndex = join(repoRoot, 'packages', 'linter', 'dist', 'index.js');

/** Why Plume's linter cannot be benchmarked yet, or undefined when its build is there. */
export function linterMissing() {
  if (!existsSync(linterIndex) || !existsSync(linterCli)) {
    return 'the linter is not built (run `pnpm --filter @plume/linter build`)';
  }
  return undefined;
}

/** The built linter's public API, `@plume/linter`. */
export async function loadLinter() {
  return import('@plume/linter');
}
