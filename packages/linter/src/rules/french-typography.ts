import { z } from 'zod';
import { isFrench } from '../french/lang.js';
import { typographyIssues } from '../french/typography.js';
import { defineRule } from './rule.js';

export const frenchTypography = defineRule({
  meta: {
    id: 'french-typography',
    description: 'French typography: no-break spaces before : ; ! ? and inside « », consistent apostrophes',
    defaultSeverity: 'warning',
    fixable: true,
    options: z.strictObject({
      apostrophe: z
        .enum(['consistent', 'typographic', 'straight'])
        .default('consistent')
        .describe(
          "`consistent`: `'` throughout is accepted, a mixed text gets `’`; `typographic`: every `'` becomes `’`; `straight`: both are accepted (nothing reported)",
        ),
      guillemets: z.boolean().default(true).describe('straight double quotes become « … »'),
    }),
    tags: ['typography'],
  },
  check({ article, options, report }) {
    if (!isFrench(article)) return;
    const from = article.frontMatter.end?.offset ?? 0;
    for (const issue of typographyIssues(article.text, from, options, article.nonProse)) {
      report({
        message: issue.message,
        at: article.positionAt(issue.start),
        end: article.positionAt(Math.max(issue.end, issue.start + 1)),
        fix: { start: issue.start, end: issue.end, text: issue.text },
      });
    }
  },
});
