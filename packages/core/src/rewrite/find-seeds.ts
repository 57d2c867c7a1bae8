import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';

export interface SeedFile {
  absolutePath: string;
  /** Relative to the config directory (or cwd), POSIX separators: messages and `source`. */
  displayPath: string;
}

const SEED_EXTENSIONS = '{txt,md}';

export function displayPath(baseDir: string, absolutePath: string): string {
  const rel = relative(baseDir, absolutePath);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolutePath : rel).split(sep).join('/');
}

async function kind(path: string): Promise<'file' | 'dir' | 'symlink-or-other' | undefined> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'symlink-or-other';
  } catch {
    return undefined;
  }
}

/**
 * Paths, directories and globs to seed files, sorted and de-duplicated. Patterns resolve from
 * `root`; a named file is kept whatever its extension (the user asked for it), a directory
 * expands to its `.txt` and `.md` files.
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
    const globPattern = type === 'dir' ? `**/*.${SEED_EXTENSIONS}` : pattern;
    const matches = await glob(globPattern, {
      cwd: type === 'dir' ? absolute : root,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
      // Symlinked files must be listed so that readSeed refuses them by name, not skip them silently.
      followSymbolicLinks: true,
    });
    for (const match of matches) found.add(resolve(match));
  }
  return [...found]
    .sort()
    .map((absolutePath) => ({ absolutePath, displayPath: displayPath(baseDir, absolutePath) }));
}
