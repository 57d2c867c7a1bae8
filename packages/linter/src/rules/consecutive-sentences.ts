import { z } from 'zod';
import { repeatedBeginnings, sentenceBeginning } from '../french/beginnings.js';
import { isFrench } from '../french/lang.js';
import { defineRule } from './rule.js';

export const consecutiveSentences = defineRule({
  meta: {
    id: 'consecutive-sentences',
    description: 'No run of consecutive sentences beginning with the same word',
    defaultSeverity: 'warning',
    options: z.strictObject({
      min: z.number().int().min(2).default(3).describe('runs of this many sentences or more are reported'),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    if (!isFrench(article)) return;
    // Within a paragraph or list item, as Yoast SEO counts: a new block is a fresh start.
    for (const paragraph of article.body.paragraphs) {
      const sentences = paragraph.sentences;
      // A beginning reads at most the first two words: no need to copy the others.
      const beginnings = sentences.map((sentence) =>
        sentenceBeginning(sentence.words.slice(0, 2).map((word) => word.text)),
      );
      for (const run of repeatedBeginnings(beginnings, options.min)) {
        const first = sentences[run.start];
        const last = sentences[run.start + run.length - 1];
        if (!first || !last) continue;
        report({
          message: `Expected fewer than ${options.min} consecutive sentences beginning with « ${run.beginning} », found ${run.length}.`,
          at: first.start,
          end: last.end,
        });
      }
    }
  },
});
