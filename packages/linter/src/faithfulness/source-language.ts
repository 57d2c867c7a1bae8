import { isAbsolute, relative } from 'node:path';
import type { Article } from '../article/article.js';
import type { SourceText } from '../article/source-text.js';
import { baseLanguage, identifyLanguage } from '../french/language.js';

/** Whether the source is in another language than the article (so its words were translated). */
export function sourceIsForeign(article: Article, source: SourceText): boolean {
  const lang = source.lang ?? identifyLanguage(source.text);
  return lang !== undefined && baseLanguage(lang) !== baseLanguage(article.lang);
}

/** The source's path as users typed it: relative to the working directory when inside it. */
export function sourceLabel(source: SourceText): string {
  if (!isAbsolute(source.path)) return source.path;
  const fromCwd = relative(process.cwd(), source.path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? source.path : fromCwd;
}
