import { z } from 'zod';
import { containsPhrase, countPhrase } from '../text/normalize.js';
import { keySpan } from './helpers.js';
import { defineRule } from './rule.js';

export const keyphrase = defineRule({
  meta: {
    id: 'keyphrase',
    description: 'The focus keyphrase appears where search engines and readers look',
    defaultSeverity: 'warning',
    options: z
      .strictObject({
        minDensity: z.number().nonnegative().default(0.5).describe('the minimum density, in percent'),
        maxDensity: z.number().positive().default(3).describe('the maximum density, in percent'),
      })
      .refine((options) => options.minDensity <= options.maxDensity, {
        message: 'minDensity must not exceed maxDensity',
        path: ['minDensity'],
      }),
    tags: ['seo'],
  },
  check({ article, options, report }) {
    const phrase = article.keyphrase?.trim();
    if (!phrase) return;
    const at = keySpan(article, 'keyphrase');
    const quoted = `« ${phrase} »`;
    if (article.title && !containsPhrase(article.title.text, phrase)) {
      report({
        message: `Expected the keyphrase ${quoted} in the title.`,
        at: article.title.start,
        end: article.title.end,
      });
    }
    if (article.description !== undefined && !containsPhrase(article.description, phrase)) {
      report({
        message: `Expected the keyphrase ${quoted} in the description.`,
        ...keySpan(article, 'description'),
      });
    }
    const first = article.body.paragraphs[0];
    if (first && !containsPhrase(first.text, phrase)) {
      report({
        message: `Expected the keyphrase ${quoted} in the first paragraph.`,
        at: first.start,
        end: first.end,
      });
    }
    const h2s = article.body.headings.filter((heading) => heading.depth === 2);
    if (h2s.length > 0 && !h2s.some((heading) => containsPhrase(heading.text, phrase))) {
      report({
        message: `Expected the keyphrase ${quoted} in at least one \`##\` subheading, found none.`,
        ...at,
      });
    }
    const words = article.body.words.length;
    if (words === 0) return;
    const occurrences = countPhrase(article.body.plainText, phrase);
    const density = Math.round(((occurrences * 100) / words) * 100) / 100;
    if (density < options.minDensity || density > options.maxDensity) {
      report({
        message: `Expected a keyphrase density of ${options.minDensity}–${options.maxDensity} %, found ${density} % (${occurrences} in ${words} words).`,
        ...at,
      });
    }
  },
});
