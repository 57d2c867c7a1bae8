import { z } from 'zod';
import { characterCount, keySpan } from './helpers.js';
import { defineRule } from './rule.js';

export const metaDescription = defineRule({
  meta: {
    id: 'meta-description',
    description: 'The meta description has a length search engines show whole',
    defaultSeverity: 'error',
    options: z
      .strictObject({
        min: z.number().int().nonnegative().default(120).describe('the minimum length'),
        max: z.number().int().positive().default(156).describe('the maximum length'),
      })
      .refine((options) => options.min <= options.max, { message: 'min must not exceed max', path: ['min'] }),
    tags: ['seo'],
  },
  check({ article, options, report }) {
    // A missing or empty description is front-matter's to report.
    if (article.description === undefined || article.description.trim() === '') return;
    const length = characterCount(article.description);
    if (length < options.min || length > options.max) {
      report({
        message: `Expected a description of ${options.min} to ${options.max} characters, found ${length}.`,
        ...keySpan(article, 'description'),
      });
    }
  },
});
