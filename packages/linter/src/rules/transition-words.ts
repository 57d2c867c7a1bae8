import { z } from 'zod';
import { isFrench, percent } from '../french/lang.js';
import { sentenceTokens } from '../french/sentence-tokens.js';
import { findTransitionInTokens } from '../french/transitions.js';
import { defineRule } from './rule.js';

export const transitionWords = defineRule({
  meta: {
    id: 'transition-words',
    description: 'Enough sentences hold a transition word (cependant, en effet, ainsi…)',
    defaultSeverity: 'warning',
    options: z.object({
      minShare: z
        .number()
        .min(0)
        .max(100)
        .default(25)
        .describe('the lowest share of sentences with a transition word, in percent'),
      minWords: z.number().int().nonnegative().default(200).describe('shorter texts are not checked'),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    if (!isFrench(article) || article.body.words.length < options.minWords) return;
    const tokens = sentenceTokens(article);
    let sentences = 0;
    let linked = 0;
    article.body.sentences.forEach((sentence, index) => {
      if (sentence.words.length === 0) return;
      sentences += 1;
      if (findTransitionInTokens(tokens[index] ?? []) !== undefined) linked += 1;
    });
    if (sentences === 0 || (100 * linked) / sentences >= options.minShare) return;
    report({
      message: `Expected at least ${options.minShare} % of sentences with a transition word (cependant, ainsi, en effet…), found ${percent(linked, sentences)}.`,
    });
  },
});
