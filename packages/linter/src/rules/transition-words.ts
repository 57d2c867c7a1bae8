import { z } from 'zod';
import { isFrench, percent } from '../french/lang.js';
import { sentenceTokens } from '../french/sentence-tokens.js';
import { findTransitionInTokens } from '../french/transitions.js';
import { defineRule } from './rule.js';
import { judgedSentences, styleScopeOptions } from './style-scope.js';

export const transitionWords = defineRule({
  meta: {
    id: 'transition-words',
    description: 'Enough sentences hold a transition word (cependant, en effet, ainsi…)',
    defaultSeverity: 'warning',
    options: z.strictObject({
      minShare: z
        .number()
        .min(0)
        .max(100)
        .default(25)
        .describe('the lowest share of sentences with a transition word, in percent'),
      ...styleScopeOptions(8, 200),
      minWords: z
        .number()
        .int()
        .nonnegative()
        .default(200)
        .describe('texts of fewer words (the whole body, as Yoast SEO counts) are not checked'),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    // Yoast SEO counts the words of the whole text against its 200-word minimum.
    if (!isFrench(article) || article.body.words.length < options.minWords) return;
    const judged = judgedSentences(article, { ...options, minWords: 0 });
    if (judged === undefined) return;
    const tokens = sentenceTokens(article);
    const sentences = judged.length;
    const linked = judged.filter((index) => findTransitionInTokens(tokens[index] ?? []) !== undefined).length;
    if ((100 * linked) / sentences >= options.minShare) return;
    report({
      message: `Expected at least ${options.minShare} % of sentences with a transition word (cependant, ainsi, en effet…), found ${percent(linked, sentences)}.`,
    });
  },
});
