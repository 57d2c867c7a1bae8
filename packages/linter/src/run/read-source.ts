import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceLoader } from '../lint/lint-document.js';
import { stripBom } from '../text/bom.js';

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
    try {
      return { path, text: stripBom(readFileSync(path, 'utf8')), lang: undefined };
    } catch {
      return undefined;
    }
  };
