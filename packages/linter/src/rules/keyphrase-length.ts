import { z } from 'zod';
import { keySpan } from './helpers.js';
import { articleKeyphrase, quoted } from './keyphrase-target.js';
import { defineRule } from './rule.js';

/** Yoast's `keyphraseLength`: 1 to 4 content words, what a reader types into a search engine. */
export const keyphraseLength = defineRule({
  meta: {
    id: 'keyphrase-length',
    description: 'The focus keyphrase has 1 to 4 content words',
    defaultSeverity: 'warning',
    options: z
      .strictObject({
        min: z.number().int().positive().default(1).describe('fewest content words'),
        max: z.number().int().positive().default(4).describe('most content words'),
      })
      .refine((options) => options.min <= options.max, { message: 'min must not exceed max', path: ['min'] }),
    tags: ['seo', 'keyphrase'],
  },
  check({ article, options, report }) {
    const keyphrase = articleKeyphrase(article, true);
    if (!keyphrase) return;
    const count = keyphrase.words.filter((word) => word.content).length;
    if (count >= options.min && count <= options.max) return;
    report({
      message: `Expected a keyphrase of ${options.min} to ${options.max} content words (function words such as « de », « la » not counted), found ${count} in ${quoted(keyphrase)}.`,
      ...keySpan(article, 'keyphrase'),
    });
  },
});
