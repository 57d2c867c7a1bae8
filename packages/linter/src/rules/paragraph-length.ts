import { z } from 'zod';
import { defineRule } from './rule.js';

export const paragraphLength = defineRule({
  meta: {
    id: 'paragraph-length',
    description: 'Paragraphs stay short enough to read on a screen',
    defaultSeverity: 'warning',
    options: z.strictObject({
      max: z.number().int().positive().default(150).describe('the maximum number of words in a paragraph'),
    }),
    tags: ['style'],
  },
  check({ article, options, report }) {
    for (const paragraph of article.body.paragraphs) {
      const words = paragraph.words.length;
      if (words > options.max) {
        report({
          message: `Expected a paragraph of at most ${options.max} words, found ${words}.`,
          at: paragraph.start,
          end: paragraph.end,
        });
      }
    }
  },
});
