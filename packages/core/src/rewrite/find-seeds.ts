import { lstat, readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';

export interface SeedFile {
  absolutePath: string;
  /** Relative to the config directory (or cwd), POSIX separators: messages and `source`. */
  displayPath: string;
  /**
   * The folder the seed was found in (the project or workspace): no folder between it and the
   * seed may be a symlink. Undefined for a seed named outside it: only the file is checked.
   */
  root?: string | undefined;
}

const SEED_EXTENSIONS = '{txt,md}';
const toPosix = (path: string) => path.split(sep).join('/');

export function displayPath(baseDir: string, absolutePath: string): string {
  const rel = relative(baseDir, absolutePath);
  return toPosix(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolutePath : rel);
}

const isInside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

async function kind(path: string): Promise<'file' | 'dir' | 'symlink-or-other' | undefined> {
  try {
    // A named symlink, even to a folder, is one refused seed: it is never expanded.
    const s = await lstat(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'symlink-or-other';
  } catch {
    return undefined;
  }
}

/**
 * Symlinks that match the pattern in the real folders below `base`. The walk never follows a
 * symlinked folder (a link to `/` or a loop would walk the machine), but a symlinked seed is
 * still listed so that reading it refuses it by name instead of skipping it silently.
 */
async function symlinkedMatches(base: string, matches: (absolute: string) => boolean): Promise<string[]> {
  const folders = await glob('**', {
    cwd: base,
    absolute: true,
    onlyDirectories: true,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  const found: string[] = [];
  for (const folder of [base, ...folders]) {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink() && matches(path)) found.push(path);
    }
  }
  return found;
}

/**
 * Paths, directories and globs to seed files, sorted and de-duplicated. Patterns resolve from
 * `root`; a named file is kept whatever its extension (the user asked for it), a directory
 * expands to its `.txt` and `.md` files. Symlinked folders are never walked into.
 */
export async function findSeeds(
  patterns: readonly string[],
  root: string,
  baseDir: string,
): Promise<SeedFile[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(root, pattern);
    const type = await kind(absolute);
    if (type === 'file' || type === 'symlink-or-other') {
      found.add(absolute);
      continue;
    }
    const cwd = type === 'dir' ? absolute : root;
    const globPattern = type === 'dir' ? `**/*.${SEED_EXTENSIONS}` : pattern;
    const matches = await glob(globPattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
      followSymbolicLinks: false,
    });
    for (const match of matches) found.add(resolve(match));
    const isMatch = picomatch(globPattern);
    const base = resolve(cwd, picomatch.scan(globPattern).base);
    if ((await kind(base)) !== 'dir') continue;
    const candidate = (path: string) => toPosix(isAbsolute(globPattern) ? path : relative(cwd, path));
    for (const link of await symlinkedMatches(base, (path) => isMatch(candidate(path)))) found.add(link);
  }
  const rootDir = resolve(root);
  return [...found].sort().map((absolutePath) => ({
    absolutePath,
    displayPath: displayPath(baseDir, absolutePath),
    root: isInside(rootDir, absolutePath) ? rootDir : dirname(absolutePath),
  }));
}
