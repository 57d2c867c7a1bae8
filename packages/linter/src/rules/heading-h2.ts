import { z } from 'zod';
import { defineRule } from './rule.js';

export const headingH2 = defineRule({
  meta: {
    id: 'heading-h2',
    description: 'Articles have `##` subheadings',
    defaultSeverity: 'error',
    options: z.strictObject({
      min: z.number().int().positive().default(1).describe('the minimum number of `##` subheadings'),
    }),
    tags: ['seo', 'structure'],
  },
  check({ article, options, report }) {
    const found = article.body.headings.filter((heading) => heading.depth === 2).length;
    if (found < options.min) {
      report({ message: `Expected at least ${options.min} \`##\` subheading(s), found ${found}.` });
    }
  },
});
