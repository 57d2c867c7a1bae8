import { z } from 'zod';
import type { Article } from '../article/article.js';
import type { Keyphrase } from '../french/keyphrase-forms.js';
import { keySpan } from './helpers.js';
import { articleKeyphrase, quoted, wordFormsOption } from './keyphrase-target.js';
import { defineRule } from './rule.js';

/**
 * Yoast weighs a longer keyphrase's density up (0.7 + n/3 for n content words), so that its
 * bounds, in occurrences, shrink as the keyphrase grows.
 */
export const keyphraseLengthFactor = (contentWords: number): number => 0.7 + contentWords / 3;

export interface DensityBounds {
  min: number;
  max: number;
}

/**
 * How many occurrences a text of `words` words needs, as Yoast's `keyphraseDensity` assessment
 * reckons: texts under 100 words need 1 (up to 2 over 50 words); longer ones a density between
 * `minDensity` and `maxDensity` % after weighting, and 2 occurrences are always enough when the
 * minimum is 2 or less.
 */
export function densityBounds(
  words: number,
  contentWords: number,
  minDensity: number,
  maxDensity: number,
): DensityBounds {
  if (words < 100) return { min: 1, max: words > 50 ? 2 : 1 };
  const perOccurrence = (100 * keyphraseLengthFactor(contentWords)) / words;
  const min = Math.max(2, Math.ceil(minDensity / perOccurrence - 1e-9));
  const max = Math.max(2, Math.floor(maxDensity / perOccurrence + 1e-9));
  return { min, max };
}

/** Full occurrences in the body: per sentence, the fewest times any content word occurs. */
export function keyphraseOccurrences(article: Article, keyphrase: Keyphrase): number {
  let count = 0;
  for (const sentence of article.body.sentences) count += keyphrase.match(sentence.text).occurrences;
  return count;
}

export const keyphraseDensity = defineRule({
  meta: {
    id: 'keyphrase-density',
    description: 'The focus keyphrase occurs often enough, and not too often, for the text’s length',
    defaultSeverity: 'warning',
    options: z
      .strictObject({
        minDensity: z.number().nonnegative().default(0.5).describe('the lowest weighted density, percent'),
        maxDensity: z.number().positive().default(3.5).describe('the highest weighted density, percent'),
        wordForms: wordFormsOption,
      })
      .refine((options) => options.minDensity <= options.maxDensity, {
        message: 'minDensity must not exceed maxDensity',
        path: ['minDensity'],
      }),
    tags: ['seo', 'keyphrase'],
  },
  check({ article, options, report }) {
    const keyphrase = articleKeyphrase(article, options.wordForms);
    const words = article.body.words.length;
    if (!keyphrase || keyphrase.keys.length === 0 || words === 0) return;
    const count = keyphraseOccurrences(article, keyphrase);
    const bounds = densityBounds(words, keyphrase.keys.length, options.minDensity, options.maxDensity);
    if (count >= bounds.min && count <= bounds.max) return;
    const range = bounds.min === bounds.max ? `${bounds.min}` : `${bounds.min}–${bounds.max}`;
    report({
      message: `Expected the keyphrase ${quoted(keyphrase)} ${range} times in ${words} words (density ${options.minDensity}–${options.maxDensity} % for ${keyphrase.keys.length} content word${keyphrase.keys.length === 1 ? '' : 's'}), found ${count}.`,
      ...keySpan(article, 'keyphrase'),
    });
  },
});
