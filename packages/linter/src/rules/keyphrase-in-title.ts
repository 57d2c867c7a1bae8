import { z } from 'zod';
import { articleKeyphrase, quoted, wordFormsOption } from './keyphrase-target.js';
import { defineRule } from './rule.js';

/** Yoast's `keyphraseInSEOTitle`: green when the title begins with the keyphrase. */
export const keyphraseInTitle = defineRule({
  meta: {
    id: 'keyphrase-in-title',
    description: 'The title holds the focus keyphrase, at its beginning',
    defaultSeverity: 'warning',
    options: z.strictObject({
      atBeginning: z.boolean().default(true).describe("require the keyphrase at the title's beginning"),
      wordForms: wordFormsOption,
    }),
    tags: ['seo', 'keyphrase'],
  },
  check({ article, options, report }) {
    const keyphrase = articleKeyphrase(article, options.wordForms);
    // A missing title is front-matter's to report.
    if (!keyphrase || keyphrase.keys.length === 0 || !article.title) return;
    const at = { at: article.title.start, end: article.title.end };
    const { found } = keyphrase.match(article.title.text);
    if (found < keyphrase.keys.length) {
      report({
        message: `Expected the keyphrase ${quoted(keyphrase)} in the title, found ${found} of its ${keyphrase.keys.length} content words.`,
        ...at,
      });
    } else if (options.atBeginning && !keyphrase.beginsWith(article.title.text)) {
      report({
        message: `Expected the title to begin with the keyphrase ${quoted(keyphrase)} (only articles such as « La » before it), found it later or with its words apart.`,
        ...at,
      });
    }
  },
});
