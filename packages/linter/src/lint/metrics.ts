import type { Article } from '../article/article.js';
import { articleCounts, roundedScore } from '../french/flesch.js';
import type { FileMetrics } from '../report/types.js';

/** The document's French reading ease, as `fleschFr` in french/flesch.ts computes it, one decimal. */
function documentFleschFr(article: Article): number {
  // The counts the readability rule already made for this article, when it ran.
  return roundedScore(articleCounts(article)) ?? 0;
}

/** Silent reading speed of adult French readers, in words per minute. */
const WORDS_PER_MINUTE = 230;

const codePoints = (text: string | undefined): number =>
  text === undefined ? 0 : Array.from(text.trim()).length;

export function articleMetrics(article: Article): FileMetrics {
  const words = article.body.words.length;
  return {
    words,
    h2: article.body.headings.filter((heading) => heading.depth === 2).length,
    titleLength: codePoints(article.title?.text),
    descriptionLength: codePoints(article.description),
    fleschFr: documentFleschFr(article),
    sentences: article.body.sentences.length,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

export const emptyMetrics = (): FileMetrics => ({
  words: 0,
  h2: 0,
  titleLength: 0,
  descriptionLength: 0,
  fleschFr: 0,
  sentences: 0,
  readingMinutes: 0,
});
