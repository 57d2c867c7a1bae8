import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readFileSafeSync } from './safe-read.js';

export interface AtomicWriteOptions {
  /**
   * No folder between `root` and the file may be a symlink, and the file must be inside it.
   * Unset: only the file's own folder and the file are checked.
   */
  root?: string | undefined;
  /**
   * The file's content when it was read: the write is refused when the file now holds anything
   * else (someone saved it meanwhile). `null`: the file must still not exist. Unset: not checked.
   */
  expected?: Uint8Array | string | null | undefined;
  /** Create missing folders (inside `root`, real folders only; without `root`, as mkdir -p). */
  createFolders?: boolean;
}

export type AtomicWriteProblem =
  | 'outside-root'
  | 'symlink'
  | 'symlinked-folder'
  | 'not-a-file'
  | 'changed'
  | 'io';

export type AtomicWriteResult =
  | { ok: true }
  /** The file was left as it was; `message` says why (an errno code for I/O failures). */
  | { ok: false; problem: AtomicWriteProblem; message: string; code?: string | undefined };

const fail = (problem: AtomicWriteProblem, message: string, code?: string): AtomicWriteResult => ({
  ok: false,
  problem,
  message,
  code,
});

const lstatOrUndefined = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
};

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/** Every folder from `root` down to `folder` is a real folder (created when allowed). */
function checkFolders(folder: string, root: string, create: boolean): AtomicWriteResult | undefined {
  const rel = relative(root, folder);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return fail('outside-root', 'is outside the project folder');
  let at = root;
  for (const part of rel === '' ? [] : rel.split(sep)) {
    at = join(at, part);
    const stats = lstatOrUndefined(at);
    const name = relative(root, at).split(sep).join('/');
    if (stats?.isSymbolicLink()) return fail('symlinked-folder', `is inside a symlinked folder (${name})`);
    if (stats && !stats.isDirectory())
      return fail('not-a-file', `cannot be written: ${name} is not a folder`);
    if (!stats) {
      if (!create) return fail('io', `cannot be written: the folder ${name} does not exist`, 'ENOENT');
      try {
        mkdirSync(at);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST')
          return fail('io', `cannot be written (${errorCode(error)})`, errorCode(error));
        if (!lstatSync(at).isDirectory())
          return fail('symlinked-folder', `is inside a symlinked folder (${name})`);
      }
    }
  }
  return undefined;
}

function sameContent(path: string, expected: Uint8Array | string | null): boolean {
  const want = typeof expected === 'string' ? Buffer.from(expected, 'utf8') : expected;
  const now = readFileSafeSync(path, { maxBytes: (want?.length ?? 0) + 1 });
  if (!now.ok) return want === null && now.problem === 'not-found';
  return want !== null && Buffer.compare(now.bytes, want) === 0;
}

/**
 * Writes the whole file or nothing: a temporary file with an unpredictable name is created
 * beside it (O_EXCL, never following a planted symlink), written, flushed to disk, then renamed
 * over the file. A full disk or a crash leaves the old file whole; a file edited since it was
 * read (`expected`) is not overwritten.
 */
export function writeFileAtomicSync(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): AtomicWriteResult {
  const file = resolve(path);
  const folder = dirname(file);
  if (options.root === undefined && options.createFolders) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      return fail('io', `cannot be written (${errorCode(error)})`, errorCode(error));
    }
  }
  const root = options.root === undefined ? folder : resolve(options.root);
  const problem = checkFolders(folder, root, options.createFolders ?? false);
  if (problem) return problem;
  const current = lstatOrUndefined(file);
  if (current?.isSymbolicLink()) return fail('symlink', 'is a symbolic link; it was not replaced');
  if (current && !current.isFile()) return fail('not-a-file', 'is not a regular file; it was not replaced');

  const temporary = join(folder, `.${basename(file)}.${randomBytes(12).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      // The replaced file keeps its permissions.
      current ? current.mode & 0o7777 : 0o666,
    );
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.expected !== undefined && !sameContent(file, options.expected)) {
      unlinkSync(temporary);
      return fail('changed', 'changed since it was read; it was not overwritten');
    }
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already gone.
    }
    const code = errorCode(error);
    return fail('io', `cannot be written (${code}); it was left unchanged`, code);
  }
  syncFolder(folder);
  return { ok: true };
}

/** Makes the rename itself durable; some systems refuse to open a folder for that, which is fine. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Durability of the rename is best effort; the content itself was flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
