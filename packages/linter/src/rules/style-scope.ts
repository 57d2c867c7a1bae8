import { z } from 'zod';
import type { Article } from '../article/article.js';

/**
 * What a style rule judges. `prose`: the sentences of running prose only (no headings, list
 * items of a few words, table cells or captions; code is never text). `all`: every sentence of
 * the rendered body, as Yoast SEO counts them.
 */
export type StyleScope = 'prose' | 'all';

/**
 * The options every share-based style rule takes: the scope, and the least text it needs before
 * giving a verdict. Yoast SEO does the same per assessment (50 characters of text for most, 200
 * words for transition words); a share of a handful of sentences says nothing about a style
 * (one passive sentence of four is « 25 % »).
 */
export const styleScopeOptions = (minSentences: number, minWords: number) => ({
  scope: z
    .enum(['prose', 'all'])
    .default('prose')
    .describe(
      '`prose`: sentences of running prose only (no headings, list items under 10 words, table cells, image captions; code is never text); `all`: every sentence, as Yoast SEO counts',
    ),
  minSentences: z
    .number()
    .int()
    .nonnegative()
    .default(minSentences)
    .describe('fewer sentences in scope: no verdict'),
  minWords: z
    .number()
    .int()
    .nonnegative()
    .default(minWords)
    .describe('fewer words in those sentences: no verdict'),
});

export interface StyleScopeOptions {
  scope: StyleScope;
  minSentences: number;
  minWords: number;
}

/**
 * Indexes (into `article.body.sentences`) of the sentences a style rule judges, or undefined
 * when there is too little text to judge.
 */
export function judgedSentences(article: Article, options: StyleScopeOptions): number[] | undefined {
  const indexes: number[] = [];
  let words = 0;
  article.body.sentences.forEach((sentence, index) => {
    if (sentence.words.length === 0 || (options.scope === 'prose' && !sentence.prose)) return;
    indexes.push(index);
    words += sentence.words.length;
  });
  if (indexes.length === 0 || indexes.length < options.minSentences || words < options.minWords)
    return undefined;
  return indexes;
}
