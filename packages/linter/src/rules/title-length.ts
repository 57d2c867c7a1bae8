import { z } from 'zod';
import { arialWidth } from '../text/arial-width.js';
import { characterCount } from './helpers.js';
import { defineRule } from './rule.js';

export const titleLength = defineRule({
  meta: {
    id: 'title-length',
    description: 'The title fits in a search result (characters and pixel width)',
    defaultSeverity: 'warning',
    options: z.strictObject({
      maxCharacters: z.number().int().positive().default(60).describe('the maximum number of characters'),
      maxPixels: z.number().positive().default(600).describe('the maximum width in pixels, Arial 20 px'),
    }),
    tags: ['seo'],
  },
  check({ article, options, report }) {
    const title = article.title;
    if (!title || title.text === '') return;
    const length = characterCount(title.text);
    const width = Math.round(arialWidth(title.text));
    if (length > options.maxCharacters) {
      report({
        message: `Expected a title of at most ${options.maxCharacters} characters, found ${length}.`,
        at: title.start,
        end: title.end,
      });
    } else if (width > options.maxPixels) {
      report({
        message: `Expected a title at most ${options.maxPixels} px wide in search results (Arial 20 px), found ${width} px.`,
        at: title.start,
        end: title.end,
      });
    }
  },
});
