import { z } from 'zod';
import { keySpan } from './helpers.js';
import { articleKeyphrase, quoted, wordFormsOption } from './keyphrase-target.js';
import { defineRule } from './rule.js';

/**
 * Yoast's `slugKeyword`: every content word of a keyphrase of one or two in the slug, more than
 * half of a longer one's.
 */
export const keyphraseInSlug = defineRule({
  meta: {
    id: 'keyphrase-in-slug',
    description: 'The slug holds the focus keyphrase',
    defaultSeverity: 'warning',
    options: z.strictObject({ wordForms: wordFormsOption }),
    tags: ['seo', 'keyphrase'],
  },
  check({ article, options, report }) {
    const keyphrase = articleKeyphrase(article, options.wordForms);
    const slug = article.slug?.trim();
    if (!keyphrase || keyphrase.keys.length === 0 || !slug) return;
    const total = keyphrase.keys.length;
    const { found } = keyphrase.match(slug.replace(/[-_/]+/g, ' '));
    const enough = total < 3 ? found === total : found * 2 > total;
    if (enough) return;
    const needed = total < 3 ? `all ${total}` : `more than half of the ${total}`;
    report({
      message: `Expected ${needed} content words of the keyphrase ${quoted(keyphrase)} in the slug \`${slug}\`, found ${found}.`,
      ...keySpan(article, 'slug'),
    });
  },
});
