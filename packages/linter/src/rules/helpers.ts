import type { Article, Position } from '../article.js';

/** The start of a 1-based line of the file. */
export function lineStart(article: Article, line: number): Position {
  const text = article.text;
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return article.positionAt(offset);
}

/** The end (exclusive) of a 1-based line of the file, line break excluded. */
export function lineEnd(article: Article, line: number): Position {
  const start = lineStart(article, line);
  const next = article.text.indexOf('\n', start.offset);
  const end = next === -1 ? article.text.length : next;
  return article.positionAt(article.text[end - 1] === '\r' ? end - 1 : end);
}

/** The span of a front-matter key's line, or the first line when the key is missing. */
export function keySpan(article: Article, key: string): { at: Position; end: Position } {
  const line = article.frontMatter.keyLines[key] ?? 1;
  return { at: lineStart(article, line), end: lineEnd(article, line) };
}

/** Unicode code points after trimming (DESIGN §4.2). */
export const characterCount = (text: string): number => Array.from(text.trim()).length;
