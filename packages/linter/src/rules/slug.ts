import { z } from 'zod';
import { MAX_SLUG_LENGTH, slugify } from '../text/normalize.js';
import { keySpan } from './helpers.js';
import { defineRule } from './rule.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = defineRule({
  meta: {
    id: 'slug',
    description: 'The slug is short lowercase ASCII words joined by hyphens',
    defaultSeverity: 'warning',
    options: z.strictObject({
      maxLength: z
        .number()
        .int()
        .positive()
        .default(MAX_SLUG_LENGTH)
        .describe('the maximum number of characters'),
    }),
    tags: ['seo'],
  },
  check({ article, options, report }) {
    const value = article.slug;
    if (value === undefined) return;
    const at = keySpan(article, 'slug');
    if (!SLUG.test(value)) {
      const suggestion = slugify(value);
      report({
        message: `Expected lowercase ASCII words joined by '-', found \`${value}\`${suggestion ? ` (try \`${suggestion}\`)` : ''}.`,
        ...at,
      });
    }
    if (value.length > options.maxLength) {
      report({
        message: `Expected a slug of at most ${options.maxLength} characters, found ${value.length}.`,
        ...at,
      });
    }
  },
});
