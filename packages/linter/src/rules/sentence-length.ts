import { z } from 'zod';
import type { Sentence } from '../article/article.js';
import { isFrench, percent } from '../french/lang.js';
import { defineRule } from './rule.js';
import { judgedSentences, styleScopeOptions } from './style-scope.js';

export const sentenceLength = defineRule({
  meta: {
    id: 'sentence-length',
    description: 'Not too many long sentences',
    defaultSeverity: 'warning',
    options: z.strictObject({
      maxWords: z
        .number()
        .int()
        .positive()
        .default(30)
        .describe('a sentence with more words than this is long'),
      maxShare: z
        .number()
        .min(0)
        .max(100)
        .default(30)
        .describe('the highest share of long sentences, in percent'),
      ...styleScopeOptions(8, 150),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    if (!isFrench(article)) return;
    const judged = judgedSentences(article, options);
    if (judged === undefined) return;
    const sentences = judged.map((index) => article.body.sentences[index] as Sentence);
    const long = sentences.filter((sentence) => sentence.words.length > options.maxWords);
    if ((100 * long.length) / sentences.length <= options.maxShare) return;
    const longest = long.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    report({
      message: `Expected at most ${options.maxShare} % of sentences over ${options.maxWords} words, found ${percent(long.length, sentences.length)}; the longest has ${longest.words.length} words (line ${longest.start.line}).`,
    });
  },
});
