import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../package/version.js';

/** This repository: the packages' `repository.url` says the same (a test keeps them equal). */
export const REPOSITORY_URL = 'https://github.com/plume-content/plume';

/**
 * A rule's docs page in this repository at the release the running linter is (tag `v<version>`),
 * so the page matches the rule's behaviour and options even after later releases change them.
 */
export const docsUrl = (id: string): string =>
  `${REPOSITORY_URL}/blob/v${VERSION}/packages/linter/docs/rules/${id}.md`;

let packageRoot: string | undefined;

/** The installed package's directory (the one holding docs/), from wherever this code was bundled. */
function findPackageRoot(): string | undefined {
  if (packageRoot !== undefined) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'docs', 'rules')) && existsSync(join(dir, 'package.json'))) {
      packageRoot = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The Markdown of a rule's docs page as shipped in the package, or undefined. */
export function docsPage(id: string): string | undefined {
  const root = findPackageRoot();
  if (root === undefined) return undefined;
  try {
    return readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}
