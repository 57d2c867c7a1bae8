import { z } from 'zod';
import { splitSentences } from '../text/sentences.js';
import { keySpan } from './helpers.js';
import { articleKeyphrase, quoted, wordFormsOption } from './keyphrase-target.js';
import { defineRule } from './rule.js';

/** Yoast's `metaDescriptionKeyword`: green with one or two full occurrences in the description. */
export const keyphraseInDescription = defineRule({
  meta: {
    id: 'keyphrase-in-description',
    description: 'The meta description holds the focus keyphrase once or twice',
    defaultSeverity: 'warning',
    options: z.strictObject({
      max: z.number().int().positive().default(2).describe('the most occurrences'),
      wordForms: wordFormsOption,
    }),
    tags: ['seo', 'keyphrase'],
  },
  check({ article, options, report }) {
    const keyphrase = articleKeyphrase(article, options.wordForms);
    if (!keyphrase || keyphrase.keys.length === 0) return;
    const description = article.description?.trim();
    if (!description) {
      // front-matter reports the missing description as an error; this says what it must hold.
      report({
        message: `Expected the keyphrase ${quoted(keyphrase)} in the description, found no description.`,
        ...keySpan(article, 'keyphrase'),
      });
      return;
    }
    // Counted per sentence, as Yoast does: the fewest times any content word occurs in each.
    let count = 0;
    for (const { start, end } of splitSentences(description)) {
      count += keyphrase.match(description.slice(start, end)).occurrences;
    }
    if (count >= 1 && count <= options.max) return;
    report({
      message:
        count === 0
          ? `Expected the keyphrase ${quoted(keyphrase)} in the description, found ${keyphrase.match(description).found} of its ${keyphrase.keys.length} content words.`
          : `Expected the keyphrase ${quoted(keyphrase)} at most ${options.max} times in the description, found ${count}.`,
      ...keySpan(article, 'description'),
    });
  },
});
