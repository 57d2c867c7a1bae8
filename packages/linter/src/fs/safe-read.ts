import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Where a file may be read from and how much of it. Files named by other files (an article's
 * `source:`), found by walking a folder (seeds) or committed by a pull request are untrusted:
 * a symlink, a FIFO or `/dev/zero` must be refused before a single byte is read.
 */
export interface SafeReadOptions {
  /**
   * The folder the file must be inside; no folder between it and the file may be a symlink.
   * Unset: the file's own folder (only the file itself is checked).
   */
  root?: string | undefined;
  /** Files larger than this are refused (checked before and while reading). */
  maxBytes: number;
  /**
   * Folders this run has already found to be real folders (not symlinks), shared by the reads of
   * one pass over many files, so that each folder is checked once rather than once per file in it.
   * Filled as folders pass the check.
   */
  checkedFolders?: Set<string> | undefined;
}

export type SafeReadProblem =
  | 'not-found'
  | 'outside-root'
  | 'symlink'
  | 'symlinked-folder'
  | 'not-a-file'
  | 'too-large'
  | 'unreadable';

export type SafeReadResult =
  | { ok: true; bytes: Buffer; stats: Stats }
  /** `message` names the problem, never the content: it is shown after the file's name. */
  | { ok: false; problem: SafeReadProblem; message: string };

const fail = (problem: SafeReadProblem, message: string): SafeReadResult => ({ ok: false, problem, message });

// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOFOLLOW: a symlink swapped in after
// the check is refused by the kernel (ELOOP) rather than followed.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const CHUNK = 64 * 1024;

/** One byte more than the file's size, to see a file that grew past it; a whole chunk when the size is unknown. */
const chunkSize = (opened: Stats, length: number, maxBytes: number): number =>
  Math.min(maxBytes - length, opened.size > length ? opened.size - length : CHUNK) + 1;

/**
 * A short read of a regular file with a size is its end: asking again would cost a second
 * buffer per file. Files that report no size (/proc) are read until a read returns nothing.
 */
const reachedEnd = (opened: Stats, bytesRead: number, asked: number): boolean =>
  opened.isFile() && opened.size > 0 && bytesRead < asked;

const tooLarge = (maxBytes: number) =>
  fail('too-large', `grew past the limit of ${maxBytes} bytes while being read`);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/** The folders from `root` (excluded) down to the file (excluded), and the file itself. */
function plan(path: string, root: string | undefined): { steps: string[]; file: string } | SafeReadResult {
  const file = resolve(path);
  const base = root === undefined ? undefined : resolve(root);
  if (base === undefined) return { steps: [], file };
  const rel = relative(base, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return fail('outside-root', 'is outside the project folder');
  const parts = rel.split(sep);
  const steps: string[] = [];
  let at = base;
  for (const part of parts.slice(0, -1)) {
    at = join(at, part);
    steps.push(at);
  }
  return { steps, file };
}

function checkFolder(
  stats: Stats | undefined,
  folder: string,
  root: string | undefined,
): SafeReadResult | undefined {
  if (!stats) return undefined;
  const name = root === undefined ? folder : relative(resolve(root), folder).split(sep).join('/');
  if (stats.isSymbolicLink()) return fail('symlinked-folder', `is inside a symlinked folder (${name})`);
  if (!stats.isDirectory()) return fail('not-found', 'does not exist');
  return undefined;
}

function checkFile(stats: Stats, maxBytes: number): SafeReadResult | undefined {
  if (stats.isSymbolicLink()) return fail('symlink', 'is a symbolic link');
  if (!stats.isFile()) return fail('not-a-file', `is ${kindOf(stats)}, not a regular file`);
  if (stats.size > maxBytes)
    return fail('too-large', `is ${stats.size} bytes; the limit is ${maxBytes} bytes`);
  return undefined;
}

function openError(error: unknown): SafeReadResult {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('not-found', 'does not exist');
  if (code === 'ELOOP') return fail('symlink', 'is a symbolic link');
  return fail('unreadable', `cannot be read (${code})`);
}

/** The open file is the one checked (not swapped between lstat and open) and still regular. */
function sameFile(before: Stats, after: Stats): boolean {
  return after.isFile() && before.dev === after.dev && before.ino === after.ino;
}

/**
 * Reads a regular file inside `root`, at most `maxBytes` of it. Symlinks (the file or any
 * folder on its way from `root`), FIFOs, devices and folders are refused without blocking, and
 * a file that grows past the cap while being read is refused too.
 */
export function readFileSafeSync(path: string, options: SafeReadOptions): SafeReadResult {
  const planned = plan(path, options.root);
  if ('ok' in planned) return planned;
  const lstatOrUndefined = (p: string) => {
    try {
      return lstatSync(p);
    } catch {
      return undefined;
    }
  };
  for (const folder of planned.steps) {
    if (options.checkedFolders?.has(folder)) continue;
    const stats = lstatOrUndefined(folder);
    const problem = checkFolder(stats, folder, options.root);
    if (problem) return problem;
    if (!stats) return fail('not-found', 'does not exist');
    options.checkedFolders?.add(folder);
  }
  let stats: Stats;
  try {
    stats = lstatSync(planned.file);
  } catch (error) {
    return openError(error);
  }
  const refused = checkFile(stats, options.maxBytes);
  if (refused) return refused;
  let fd: number;
  try {
    fd = openSync(planned.file, OPEN_FLAGS);
  } catch (error) {
    return openError(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!sameFile(stats, opened)) return fail('unreadable', 'changed while it was opened');
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize(opened, length, options.maxBytes));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > options.maxBytes) return tooLarge(options.maxBytes);
      if (reachedEnd(opened, bytesRead, chunk.length)) break;
    }
    // A file read in one go (any file with a size) is returned as read, without a copy.
    const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length);
    return { ok: true, bytes, stats: opened };
  } catch (error) {
    return fail('unreadable', `cannot be read (${errorCode(error)})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * {@link readFileSafeSync} for async callers (seeds, articles). The files are small and a FIFO
 * or device is refused before it is opened, so one synchronous implementation serves both.
 */
export async function readFileSafe(path: string, options: SafeReadOptions): Promise<SafeReadResult> {
  return readFileSafeSync(path, options);
}
