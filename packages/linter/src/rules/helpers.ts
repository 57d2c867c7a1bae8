import type { Article, Position } from '../article/article.js';

const NEWLINE = /\r\n?|\n/g;

/** The start of a 1-based line of the file (LF, CRLF or CR line endings). */
export function lineStart(article: Article, line: number): Position {
  NEWLINE.lastIndex = 0;
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const match = NEWLINE.exec(article.text);
    if (!match) break;
    offset = match.index + match[0].length;
  }
  return article.positionAt(offset);
}

/** The end (exclusive) of a 1-based line of the file, line break excluded. */
export function lineEnd(article: Article, line: number): Position {
  const start = lineStart(article, line).offset;
  NEWLINE.lastIndex = start;
  const match = NEWLINE.exec(article.text);
  return article.positionAt(match ? match.index : article.text.length);
}

/** The span of a front-matter key's line, or the first line when the key is missing. */
export function keySpan(article: Article, key: string): { at: Position; end: Position } {
  const line = article.frontMatter.keyLines[key] ?? 1;
  return { at: lineStart(article, line), end: lineEnd(article, line) };
}

/** Unicode code points after trimming (DESIGN §4.2). */
export const characterCount = (text: string): number => Array.from(text.trim()).length;
