import { lstat, readFile } from 'node:fs/promises';
import { MAX_SEED_BYTES, parseSeed } from './parse-seed.js';
import { type Seed, type SeedError, seedError } from './types.js';

/**
 * Reads one seed file. `absolutePath` is read, `displayPath` names it in every message. Symlinks
 * are refused: a seed must be a file of the repository, not a pointer to anything on the runner.
 */
export async function readSeed(absolutePath: string, displayPath: string): Promise<Seed | SeedError> {
  let stats: Awaited<ReturnType<typeof lstat>>;
  try {
    stats = await lstat(absolutePath);
  } catch (error) {
    return seedError(
      displayPath,
      'unreadable',
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (stats.isSymbolicLink())
    return seedError(displayPath, 'symlink', 'is a symbolic link; seeds must be regular files');
  if (!stats.isFile()) return seedError(displayPath, 'not-a-file', 'is not a regular file');
  if (stats.size > MAX_SEED_BYTES) {
    return seedError(
      displayPath,
      'too-large',
      `is ${stats.size} bytes; seeds are limited to ${MAX_SEED_BYTES} bytes`,
    );
  }
  try {
    return parseSeed(await readFile(absolutePath), displayPath);
  } catch (error) {
    return seedError(
      displayPath,
      'unreadable',
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}
