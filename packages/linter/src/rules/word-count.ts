import { z } from 'zod';
import { defineRule } from './rule.js';

/** The article's minimum length: the rewriter's prompt asks for it too (`@plume/core`). */
export const DEFAULT_MIN_WORDS = 700;

export const wordCount = defineRule({
  meta: {
    id: 'word-count',
    description: 'Articles have at least the minimum number of words',
    defaultSeverity: 'error',
    options: z.strictObject({
      min: z.number().int().positive().default(DEFAULT_MIN_WORDS).describe('the minimum number of words'),
    }),
    tags: ['seo'],
  },
  check({ article, options, report }) {
    const words = article.body.words.length;
    if (words < options.min) {
      report({ message: `Expected at least ${options.min} words, found ${words}.` });
    }
  },
});
