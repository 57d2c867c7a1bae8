import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from '../config/resolve.js';
import type { FileJob } from './lint-file.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const MARKDOWN = '**/*.{md,markdown}';

const toPosix = (path: string): string => path.split('\\').join('/');

/**
 * Files to lint from CLI paths, globs and directories (or the config's `articles`), minus the
 * config's `ignores`; sorted and de-duplicated so that shards are stable. A path named
 * explicitly is linted even when it does not end in `.md`.
 */
export async function expandPatterns(
  patterns: readonly string[],
  config: ResolvedConfig,
  cwd: string,
): Promise<{ jobs: FileJob[]; unmatched: string[] }> {
  const ignore = [
    ...ALWAYS_IGNORED,
    ...config.ignores.map((pattern) => toPosix(resolve(config.baseDir, pattern))),
  ];
  const found = new Set<string>();
  const globsFromCwd: string[] = [];
  // Each pattern the user gave, and the glob or file it stands for: one matching nothing is an error.
  const explicit: { pattern: string; glob?: string; file?: string }[] = [];
  const useDefaults = patterns.length === 0;
  const inputs = useDefaults
    ? config.articles.map((pattern) => toPosix(resolve(config.baseDir, pattern)))
    : patterns;
  for (const pattern of inputs) {
    const absolute = resolve(cwd, pattern);
    let stats: ReturnType<typeof statSync> | undefined;
    if (!isDynamicPattern(pattern)) {
      try {
        stats = statSync(absolute);
      } catch {
        stats = undefined;
      }
    }
    let glob: string | undefined;
    if (stats?.isDirectory()) glob = `${toPosix(absolute)}/${MARKDOWN}`;
    else if (stats?.isFile()) found.add(absolute);
    else glob = isAbsolute(pattern) ? toPosix(pattern) : toPosix(resolve(cwd, pattern));
    if (glob !== undefined) globsFromCwd.push(glob);
    if (!useDefaults) explicit.push(glob === undefined ? { pattern, file: absolute } : { pattern, glob });
  }
  if (globsFromCwd.length > 0) {
    // Symlinked folders are not walked: their files would be refused one by one (or a loop
    // or a link to / walked); a symlinked file is listed and refused by name.
    const matches = await glob(globsFromCwd, {
      absolute: true,
      ignore,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
    });
    for (const match of matches) found.add(resolve(match));
  }
  const explicitIgnore = ignore.slice(ALWAYS_IGNORED.length);
  const { default: picomatch } = await import('picomatch');
  const ignored = explicitIgnore.length > 0 ? picomatch(explicitIgnore, { dot: true }) : () => false;
  const kept = [...found].filter((absolute) => !ignored(toPosix(absolute))).sort();
  const keptPosix = kept.map(toPosix);
  const unmatched = explicit
    .filter(({ glob, file }) => {
      if (file !== undefined) return !kept.includes(file);
      const matches = picomatch(glob ?? '', { dot: false });
      return !keptPosix.some((path) => matches(path));
    })
    .map(({ pattern }) => pattern);
  const jobs = kept.map((absolutePath) => {
    const rel = relative(cwd, absolutePath);
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    // Below the current directory no folder on the way may be a symlink; a file named
    // outside it is the user's choice, and only the file itself is checked.
    return { absolutePath, path: toPosix(rel) || absolutePath, ...(inside ? { root: cwd } : {}) };
  });
  return { jobs, unmatched };
}

/** `--shard i/n` (1-based) over the sorted files: every n-th file from the i-th. */
export function shard<T>(items: readonly T[], index: number, count: number): T[] {
  return items.filter((_, position) => position % count === index - 1);
}

export function parseShard(value: string): { index: number; count: number } | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}
