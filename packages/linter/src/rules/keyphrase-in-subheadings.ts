import { z } from 'zod';
import { keySpan } from './helpers.js';
import { articleKeyphrase, quoted, wordFormsOption } from './keyphrase-target.js';
import { defineRule } from './rule.js';

/**
 * Yoast's `subheadingsKeyword`: a share of the H2 and H3 subheadings reflects the keyphrase
 * (more than half its content words), neither too few nor so many that it reads as stuffing.
 */
export const keyphraseInSubheadings = defineRule({
  meta: {
    id: 'keyphrase-in-subheadings',
    description: 'A share of the H2/H3 subheadings holds the focus keyphrase',
    defaultSeverity: 'warning',
    options: z
      .strictObject({
        minShare: z
          .number()
          .min(0)
          .max(100)
          .default(30)
          .describe('the lowest share of H2/H3 subheadings, percent'),
        maxShare: z.number().min(0).max(100).default(75).describe('the highest share, percent'),
        /** Texts shorter than this need no subheading (Yoast: 300 words). */
        minWords: z.number().int().nonnegative().default(300).describe('texts this long need subheadings'),
        wordForms: wordFormsOption,
      })
      .refine((options) => options.minShare <= options.maxShare, {
        message: 'minShare must not exceed maxShare',
        path: ['minShare'],
      }),
    tags: ['seo', 'keyphrase'],
  },
  check({ article, options, report }) {
    const keyphrase = articleKeyphrase(article, options.wordForms);
    if (!keyphrase || keyphrase.keys.length === 0) return;
    const subheadings = article.body.headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
    const total = subheadings.length;
    if (total === 0) {
      if (article.body.words.length >= options.minWords) {
        report({
          message: `Expected H2/H3 subheadings holding the keyphrase ${quoted(keyphrase)} in a text of ${article.body.words.length} words, found no subheading.`,
          ...keySpan(article, 'keyphrase'),
        });
      }
      return;
    }
    const holding = subheadings.filter(
      (heading) => keyphrase.match(heading.text).found * 2 > keyphrase.keys.length,
    );
    const matches = holding.length;
    const min = Math.max(1, Math.ceil((total * options.minShare) / 100));
    const max = Math.floor((total * options.maxShare) / 100);
    if ((total === 1 && matches === 1) || (matches >= min && matches <= max)) return;
    const range = min === max ? `${min}` : `${min}–${Math.max(min, max)}`;
    report({
      message: `Expected the keyphrase ${quoted(keyphrase)} in ${range} of the ${total} H2/H3 subheadings (${options.minShare}–${options.maxShare} %), found ${matches}.`,
      ...(matches > max && holding[0]
        ? { at: holding[0].start, end: holding[0].end }
        : keySpan(article, 'keyphrase')),
    });
  },
});
