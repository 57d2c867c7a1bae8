import { z } from 'zod';
import type { Article } from '../article/article.js';
import { type Keyphrase, parseKeyphrase } from '../french/keyphrase-forms.js';

/**
 * The option every keyphrase rule shares: whether French word forms count (Plume's matching, as
 * Yoast Premium's) or only the exact words (free Yoast's).
 */
export const wordFormsOption = z
  .boolean()
  .default(true)
  .describe('match French word forms (plural, feminine); false: the exact words, as free Yoast');

/** The article's focus keyphrase, parsed once per matching mode; undefined when none is set. */
export function articleKeyphrase(article: Article, forms: boolean): Keyphrase | undefined {
  const text = article.keyphrase?.trim();
  if (!text) return undefined;
  let parsed = cache.get(article);
  if (!parsed) {
    parsed = new Map();
    cache.set(article, parsed);
  }
  const key = String(forms);
  let keyphrase = parsed.get(key);
  if (!keyphrase) {
    keyphrase = parseKeyphrase(text, { forms });
    parsed.set(key, keyphrase);
  }
  return keyphrase;
}
const cache = new WeakMap<Article, Map<string, Keyphrase>>();

/** `« coopération militaire »`, as messages quote it. */
export const quoted = (keyphrase: Keyphrase): string => `« ${keyphrase.text} »`;
