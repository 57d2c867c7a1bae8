import { perArticle } from '../article/article-memo.js';
import { normaliseWord } from './normalise-word.js';

/**
 * The normalised words of each sentence of an article's body, in the order of
 * `article.body.sentences`. The passive-voice and transition-word checks both read every word
 * of every sentence: it is normalised once per article, not once per check.
 */
export const sentenceTokens = perArticle((article): readonly (readonly string[])[] =>
  article.body.sentences.map((sentence) => sentence.words.map((word) => normaliseWord(word.text))),
);
