import { z } from 'zod';
import { articleKeyphrase, quoted, wordFormsOption } from './keyphrase-target.js';
import { defineRule } from './rule.js';

/** Yoast's `introductionKeyword`: green when one sentence of the first paragraph holds the keyphrase. */
export const keyphraseInIntroduction = defineRule({
  meta: {
    id: 'keyphrase-in-introduction',
    description: 'The first paragraph holds the focus keyphrase',
    defaultSeverity: 'warning',
    options: z.strictObject({
      sameSentence: z.boolean().default(true).describe('require all its words in one sentence'),
      wordForms: wordFormsOption,
    }),
    tags: ['seo', 'keyphrase'],
  },
  check({ article, options, report }) {
    const keyphrase = articleKeyphrase(article, options.wordForms);
    const first = article.body.paragraphs[0];
    if (!keyphrase || keyphrase.keys.length === 0 || !first) return;
    const whole = (text: string) => keyphrase.match(text).found === keyphrase.keys.length;
    if (first.sentences.some((sentence) => whole(sentence.text))) return;
    const inParagraph = whole(first.text);
    if (inParagraph && !options.sameSentence) return;
    report({
      message: inParagraph
        ? `Expected the keyphrase ${quoted(keyphrase)} within one sentence of the first paragraph, found its words spread over several.`
        : `Expected the keyphrase ${quoted(keyphrase)} in the first paragraph, found ${keyphrase.match(first.text).found} of its ${keyphrase.keys.length} content words.`,
      at: first.start,
      end: first.end,
    });
  },
});
