import { cutAtWord, MAX_SLUG_LENGTH, slugWords } from '../text/normalize.js';
import { keyWords, parseKeyphrase } from './keyphrase-forms.js';

interface SlugWord {
  word: string;
  key: string;
  content: boolean;
}

const joined = (list: readonly SlugWord[]): string => list.map((entry) => entry.word).join('-');

/**
 * The slug of a title that holds the keyphrase whenever the title does (Yoast's `slugKeyword`),
 * within `max` characters: a title too long for the limit loses its function words (`le`, `de`)
 * from the end first, then, in title order, the other words that no longer fit, never one of the
 * keyphrase's. Without a keyphrase, or when it cannot fit, it is `slugify`'s slug.
 */
export function keyphraseSlug(title: string, keyphrase: string | undefined, max = MAX_SLUG_LENGTH): string {
  const words = slugWords(title);
  if (words.join('-').length <= max || !keyphrase) return cutAtWord(words, max);
  const wanted = new Set(parseKeyphrase(keyphrase).keys);
  const entries: SlugWord[] = words.map((word) => {
    const [parsed] = keyWords(word, true);
    return { word, key: parsed?.key ?? word, content: parsed?.content ?? true };
  });
  const isKey = (entry: SlugWord) => entry.content && wanted.has(entry.key);
  if (!entries.some(isKey)) return cutAtWord(words, max);
  let slug = entries;
  for (let i = slug.length - 1; i >= 0 && joined(slug).length > max; i--) {
    if (!slug[i]?.content) slug = slug.filter((_, index) => index !== i);
  }
  if (joined(slug).length > max) {
    let budget = max - joined(slug.filter(isKey)).length;
    slug = slug.filter((entry) => {
      if (isKey(entry)) return true;
      if (budget < entry.word.length + 1) return false;
      budget -= entry.word.length + 1;
      return true;
    });
  }
  return joined(slug).length <= max ? joined(slug) : cutAtWord(words, max);
}
