import { type AtomicWriteResult, writeFileAtomicSync } from '@plume/linter/fs';

/**
 * Writes an article whole or not at all, with the linter's atomic writer: no folder between
 * `root` and the article may be a symlink (an output folder committed as a link must not send
 * the article elsewhere), and `expected` is what the file held when the run read it, so an edit
 * saved meanwhile is never overwritten (`null`: it did not exist).
 */
export function writeArticle(
  path: string,
  text: string,
  options: { root: string; expected: Uint8Array | null },
): AtomicWriteResult {
  return writeFileAtomicSync(path, text, { ...options, createFolders: true });
}
