import { resolve } from 'node:path';
import { readFileSafeSync } from '../fs/safe-read.js';
import type { SourceLoader } from '../lint/lint-document.js';
import { stripBom } from '../text/bom.js';

/** Sources are news texts (seeds are capped at 200 KB); far larger is not a source. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * The file an article's `source:` names, read from the config's directory; undefined when there
 * is none or it cannot be read (the faithfulness rules then have nothing to compare with).
 */
export const readNamedSource =
  (baseDir: string): SourceLoader =>
  (article) => {
    const named = article.frontMatter.data?.source;
    if (typeof named !== 'string' || named.trim() === '') return undefined;
    const path = resolve(baseDir, named);
    // `source:` comes from the article, so from anyone who can open a pull request: only a
    // regular file of the project is read (never /dev/zero, a FIFO, /proc or a symlink out).
    const read = readFileSafeSync(path, { root: baseDir, maxBytes: MAX_SOURCE_BYTES });
    return read.ok ? { path, text: stripBom(read.bytes.toString('utf8')), lang: undefined } : undefined;
  };
