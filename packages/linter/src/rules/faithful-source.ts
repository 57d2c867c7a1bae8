import { z } from 'zod';
import { keySpan } from './helpers.js';
import { defineRule } from './rule.js';

export const faithfulSource = defineRule({
  meta: {
    id: 'faithful-source',
    description: 'The source the front matter names can be read, so that the faithfulness rules run',
    defaultSeverity: 'error',
    options: z.strictObject({}),
    tags: ['faithfulness'],
  },
  check({ article, source, report }) {
    const named = article.frontMatter.data?.source;
    if (named !== undefined && typeof named !== 'string') {
      report({
        message: 'Expected `source` to be a path to the source text.',
        ...keySpan(article, 'source'),
      });
    } else if (typeof named === 'string' && source === undefined) {
      report({
        message: `The source file \`${named}\` could not be read; the faithfulness rules were skipped.`,
        ...keySpan(article, 'source'),
      });
    }
  },
});
