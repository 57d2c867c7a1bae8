import type { Article } from '../article/article.js';
import { perArticle } from '../article/article-memo.js';
import { countSyllables } from './syllables.js';

/** The counts the Kandel–Moles formula reads. */
export interface FleschCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Anything with words that have a text: an Article sentence, or a plain list. */
export interface SentenceLike {
  readonly words: ReadonlyArray<{ readonly text: string }>;
}

/**
 * Kandel & Moles (1958), Flesch's reading ease adapted to French:
 * 207 − 1.015 · words/sentence − 73.6 · syllables/word. Higher is easier; about 60 and above
 * reads easily, below 30 is very hard. Undefined when there is nothing to score.
 */
export function kandelMoles(counts: FleschCounts): number | undefined {
  if (counts.words === 0 || counts.sentences === 0) return undefined;
  return 207 - (1.015 * counts.words) / counts.sentences - (73.6 * counts.syllables) / counts.words;
}

export function fleschCounts(sentences: ReadonlyArray<SentenceLike>): FleschCounts {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const sentence of sentences) {
    if (sentence.words.length === 0) continue;
    counted += 1;
    for (const word of sentence.words) {
      words += 1;
      syllables += countSyllables(word.text);
    }
  }
  return { words, sentences: counted, syllables };
}

/**
 * The French reading ease of a whole document (or of one sentence, passed alone), rounded to
 * one decimal as Yoast shows it. Undefined for a text with no words.
 */
export function fleschFr(sentences: ReadonlyArray<SentenceLike>): number | undefined {
  return roundedScore(fleschCounts(sentences));
}

/** The Kandel–Moles score of counts, rounded to one decimal as `fleschFr` gives it. */
export function roundedScore(counts: FleschCounts): number | undefined {
  const score = kandelMoles(counts);
  return score === undefined ? undefined : Math.round(score * 10) / 10;
}

/** The sum of counts: the counts of sentences add up to those of their text. */
export const addCounts = (a: FleschCounts, b: FleschCounts): FleschCounts => ({
  words: a.words + b.words,
  sentences: a.sentences + b.sentences,
  syllables: a.syllables + b.syllables,
});

/**
 * The counts of each sentence of an article's body, in order, computed once per article: the
 * readability rule and the file metrics both read them, and syllables cost most.
 */
export const sentenceCounts = perArticle((article): readonly FleschCounts[] =>
  article.body.sentences.map((sentence) => fleschCounts([sentence])),
);

/** The counts of a whole article's body: the sum of its sentences'. */
export const articleCounts = (article: Article): FleschCounts =>
  sentenceCounts(article).reduce(addCounts, { words: 0, sentences: 0, syllables: 0 });
