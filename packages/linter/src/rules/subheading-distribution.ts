import { z } from 'zod';
import type { Heading } from '../article/article.js';
import { defineRule } from './rule.js';

/** Yoast SEO splits the text at H2 and H3 subheadings (getSubheadingTextLengths). */
const SUBHEADING_DEPTHS = new Set([2, 3]);

export const subheadingDistribution = defineRule({
  meta: {
    id: 'subheading-distribution',
    description: 'No section runs too long without a subheading',
    defaultSeverity: 'warning',
    options: z.strictObject({
      max: z.number().int().positive().default(300).describe('the maximum number of words in a section'),
    }),
    tags: ['seo', 'structure'],
  },
  check({ article, options, report }) {
    const { headings, words } = article.body;
    const subheadings = headings.filter((heading) => SUBHEADING_DEPTHS.has(heading.depth));
    // The words under each subheading (index 0: the text before the first), heading text excluded.
    const counts = new Array<number>(subheadings.length + 1).fill(0);
    let section = 0;
    let h = 0;
    for (const word of words) {
      const offset = word.start.offset;
      while (section < subheadings.length && (subheadings[section] as Heading).start.offset <= offset)
        section++;
      while (h < headings.length && (headings[h] as Heading).end.offset <= offset) h++;
      const heading = headings[h];
      if (heading && heading.start.offset <= offset) continue;
      counts[section] = (counts[section] ?? 0) + 1;
    }
    counts.forEach((count, index) => {
      if (count <= options.max) return;
      const heading = index === 0 ? undefined : subheadings[index - 1];
      const where = heading ? `The section « ${heading.text} »` : 'The text before the first subheading';
      const firstWord = words.find((word) => word.start.offset >= (heading?.end.offset ?? 0));
      report({
        message: `${where} has ${count} words; expected at most ${options.max}. Add a \`##\` or \`###\` subheading.`,
        at: heading?.start ?? firstWord?.start ?? article.body.start,
        end: heading?.end ?? firstWord?.end,
      });
    });
  },
});
