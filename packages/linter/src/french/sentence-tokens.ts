import type { Article } from '../article.js';
import { normaliseWord } from './normalise-word.js';

const cache = new WeakMap<Article, readonly (readonly string[])[]>();

/**
 * The normalised words of each sentence of an article's body, in the order of
 * `article.body.sentences`. The passive-voice and transition-word checks both read every word
 * of every sentence: it is normalised once per article, not once per check.
 */
export function sentenceTokens(article: Article): readonly (readonly string[])[] {
  let tokens = cache.get(article);
  if (tokens === undefined) {
    tokens = article.body.sentences.map((sentence) => sentence.words.map((word) => normaliseWord(word.text)));
    cache.set(article, tokens);
  }
  return tokens;
}
