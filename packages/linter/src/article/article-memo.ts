import type { Article } from './article.js';

/**
 * `compute` made once per article, however many rules and metrics ask: the article model is
 * immutable, and what several checks derive from it (normalised words, syllable counts) costs
 * more than a look-up. Forgotten with the article.
 */
export function perArticle<T>(compute: (article: Article) => T): (article: Article) => T {
  const cache = new WeakMap<Article, T>();
  return (article) => {
    if (cache.has(article)) return cache.get(article) as T;
    const value = compute(article);
    cache.set(article, value);
    return value;
  };
}
