import { z } from 'zod';
import { isFrench, percent } from '../french/lang.js';
import { defineRule } from './rule.js';

export const sentenceLength = defineRule({
  meta: {
    id: 'sentence-length',
    description: 'Not too many long sentences',
    defaultSeverity: 'warning',
    options: z.object({
      maxWords: z
        .number()
        .int()
        .positive()
        .default(25)
        .describe('a sentence with more words than this is long'),
      maxShare: z
        .number()
        .min(0)
        .max(100)
        .default(35)
        .describe('the highest share of long sentences, in percent'),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    if (!isFrench(article)) return;
    const sentences = article.body.sentences.filter((sentence) => sentence.words.length > 0);
    const long = sentences.filter((sentence) => sentence.words.length > options.maxWords);
    if (sentences.length === 0 || (100 * long.length) / sentences.length <= options.maxShare) return;
    const longest = long.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    report({
      message: `Expected at most ${options.maxShare} % of sentences over ${options.maxWords} words, found ${percent(long.length, sentences.length)}; the longest has ${longest.words.length} words (line ${longest.start.line}).`,
    });
  },
});
