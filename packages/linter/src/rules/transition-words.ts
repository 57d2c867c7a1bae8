import { z } from 'zod';
import { isFrench, percent } from '../french/lang.js';
import { findTransition } from '../french/transitions.js';
import { defineRule } from '../rule.js';

export const transitionWords = defineRule({
  meta: {
    id: 'transition-words',
    description: 'Enough sentences hold a transition word (cependant, en effet, ainsi…)',
    defaultSeverity: 'warning',
    options: z.object({
      /** Lowest share of sentences with a transition word, in percent. */
      minShare: z.number().min(0).max(100).default(25),
      /** Shorter texts are not checked. */
      minWords: z.number().int().nonnegative().default(200),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    if (!isFrench(article) || article.body.words.length < options.minWords) return;
    const sentences = article.body.sentences.filter((sentence) => sentence.words.length > 0);
    const linked = sentences.filter((sentence) => findTransition(sentence.words.map((word) => word.text)));
    if (sentences.length === 0 || (100 * linked.length) / sentences.length >= options.minShare) return;
    report({
      message: `Expected at least ${options.minShare} % of sentences with a transition word (cependant, ainsi, en effet…), found ${percent(linked.length, sentences.length)}.`,
    });
  },
});
