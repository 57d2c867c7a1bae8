import { z } from 'zod';
import { defineRule } from './rule.js';

export const subheadingDistribution = defineRule({
  meta: {
    id: 'subheading-distribution',
    description: 'No section runs too long without a subheading',
    defaultSeverity: 'warning',
    options: z.object({
      max: z.number().int().positive().default(300).describe('the maximum number of words in a section'),
    }),
    tags: ['seo', 'structure'],
  },
  check({ article, options, report }) {
    for (const section of article.body.sections) {
      if (section.words <= options.max) continue;
      const where = section.heading
        ? `The section « ${section.heading.text} »`
        : 'The text before the first subheading';
      report({
        message: `${where} has ${section.words} words; expected at most ${options.max}. Add a \`##\` subheading.`,
        at: section.heading?.start ?? section.paragraphs[0]?.start ?? article.body.start,
        end: section.heading?.end ?? section.paragraphs[0]?.end,
      });
    }
  },
});
