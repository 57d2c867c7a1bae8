import { z } from 'zod';
import { normaliseSource, quoteFragments, quoteInSource } from '../faithfulness/quote-match.js';
import { sourceIsForeign, sourceLabel } from '../faithfulness/source-language.js';
import { defineRule } from './rule.js';

export const faithfulQuotes = defineRule({
  meta: {
    id: 'faithful-quotes',
    description: 'Every quotation in the article appears in its source',
    defaultSeverity: 'error',
    options: z.strictObject({
      minWords: z
        .number()
        .int()
        .positive()
        .default(3)
        .describe('shorter quotations are terms set in guillemets (« fake news »), not reported speech'),
    }),
    tags: ['faithfulness'],
  },
  check({ article, options, source, report }) {
    if (source === undefined) return;
    const normalised = normaliseSource(source.text);
    const foreign = sourceIsForeign(article, source);
    for (const quote of article.body.quotes) {
      const words = quoteFragments(quote.text).join(' ').split(' ').filter(Boolean).length;
      if (words < options.minWords || quoteInSource(quote.text, normalised)) continue;
      const shown = quote.text.length > 80 ? `${quote.text.slice(0, 77)}…` : quote.text;
      report({
        message: foreign
          ? `Expected the quotation ${shown} in the source ${sourceLabel(source)}, which is in another language: check the translation.`
          : `Expected the quotation ${shown} in the source ${sourceLabel(source)}, found no such words there.`,
        at: quote.start,
        end: quote.end,
        ...(foreign ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
