import { z } from 'zod';
import { readsAsFrench } from '../french/dictionary-language.js';
import { baseLanguage, identifyLanguage, MIN_IDENTIFIABLE_LENGTH } from '../french/language.js';
import { frenchSpeller } from '../french/speller.js';
import { defineRule } from './rule.js';

export const languageMatch = defineRule({
  meta: {
    id: 'language-match',
    description: 'The body is written in the language the article declares (`lang`)',
    defaultSeverity: 'error',
    options: z.strictObject({
      minCharacters: z
        .number()
        .int()
        .positive()
        .default(MIN_IDENTIFIABLE_LENGTH)
        .describe('bodies shorter than this are too short to identify reliably'),
    }),
    tags: ['language'],
  },
  check({ article, options, report }) {
    const expected = baseLanguage(article.lang);
    // A French body is told by the French dictionary, before the language identifier is asked.
    if (expected === 'fr' && readsAsFrench(article.body.words, frenchSpeller().correct)) return;
    const found = identifyLanguage(article.body.plainText, options.minCharacters);
    if (found === undefined || found === expected) return;
    report({ message: `Expected the body to be in « ${expected} » (lang), found « ${found} ».` });
  },
});
