/** A half-open range [start, end) of UTF-16 indexes into a string. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Characters that do not make a word on their own. Yoast SEO strips this set from both ends of
 * each white-space token and drops the tokens left empty; `%`, `€`, `$`, `/` are not in it, so a
 * lone symbol still counts as one word, as in Yoast.
 */
const PUNCTUATION = new Set(Array.from('–-()_[]’‘“”〝〞〟‟„"\'.?!:;,¿¡«»‹›—×+&<>…·•*#=|{}~^`\\'));

export const isPunctuation = (char: string): boolean => PUNCTUATION.has(char);

/** JavaScript's `\s` covers the no-break spaces French typography puts around `« » : ; ! ?`. */
const TOKEN = /\S+/gu;

/**
 * Words of a text (DESIGN §4.2): tokens split on white space, without the tokens made only of
 * punctuation. Each range is trimmed of leading and trailing punctuation, so `«Bonjour` gives
 * `Bonjour` and `l’Ukraine` stays whole.
 */
export function tokenizeWords(text: string): Range[] {
  const words: Range[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && PUNCTUATION.has(text[start] as string)) start++;
    while (end > start && PUNCTUATION.has(text[end - 1] as string)) end--;
    if (end > start) words.push({ start, end });
  }
  return words;
}

export const countWords = (text: string): number => tokenizeWords(text).length;
