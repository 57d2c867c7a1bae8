import { type AtomicWriteResult, writeFileAtomicSync } from '@plume/linter/fs';

/** Writes a file of Plume's own (the batch state) whole or not at all; throws what went wrong. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const written = writeFileAtomicSync(path, text, { createFolders: true });
  if (!written.ok) {
    const error = new Error(`${path}: ${written.message}`) as NodeJS.ErrnoException;
    error.code = written.code ?? written.problem;
    throw error;
  }
}

/**
 * Writes an article whole or not at all, with the linter's atomic writer: no folder between
 * `root` and the article may be a symlink (an output folder committed as a link must not send
 * the article elsewhere), and `expected` is what the file held when the run read it, so an edit
 * saved meanwhile is never overwritten (`null`: it did not exist).
 */
export function writeArticleFor(
  prepared: {
    articleAbs: string;
    writeRoot: string;
    existing: { kind: 'absent' } | { kind: 'present'; bytes: Uint8Array };
  },
  text: string,
): AtomicWriteResult {
  return writeArticle(prepared.articleAbs, text, {
    root: prepared.writeRoot,
    // Whatever the run found (even with --force) is what it may replace: an edit saved during
    // the model's work is kept.
    expected: prepared.existing.kind === 'present' ? prepared.existing.bytes : null,
  });
}

export function writeArticle(
  path: string,
  text: string,
  options: { root: string; expected: Uint8Array | null },
): AtomicWriteResult {
  return writeFileAtomicSync(path, text, { ...options, createFolders: true });
}
