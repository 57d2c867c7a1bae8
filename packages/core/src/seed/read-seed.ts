import { readFileSafe } from '@plume/linter/fs';
import { MAX_SEED_BYTES, parseSeed } from './parse-seed.js';
import { type Seed, type SeedError, type SeedErrorCode, seedError } from './types.js';

const CODES: Record<string, SeedErrorCode> = {
  symlink: 'symlink',
  'symlinked-folder': 'symlink',
  'too-large': 'too-large',
  'not-a-file': 'not-a-file',
  'outside-root': 'not-a-file',
};

/**
 * Reads one seed file. `absolutePath` is read, `displayPath` names it in every message. A seed
 * must be a regular file of the project: a symlink (to a file, or a folder anywhere on its path
 * below `root`), a FIFO or a device is refused before anything is read, so nothing of the runner
 * reaches the model.
 */
export async function readSeed(
  absolutePath: string,
  displayPath: string,
  root?: string | undefined,
): Promise<Seed | SeedError> {
  const read = await readFileSafe(absolutePath, { root, maxBytes: MAX_SEED_BYTES });
  if (read.ok) return parseSeed(read.bytes, displayPath);
  const message =
    read.problem === 'symlink'
      ? 'is a symbolic link; seeds must be regular files'
      : read.problem === 'symlinked-folder'
        ? `${read.message}; seeds must be regular files of the project`
        : read.problem === 'too-large'
          ? `${read.message.replace('the limit is', 'seeds are limited to')}`
          : read.message;
  return seedError(displayPath, CODES[read.problem] ?? 'unreadable', message);
}
