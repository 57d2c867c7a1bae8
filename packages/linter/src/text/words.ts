import { isWhiteSpace } from './white-space.js';

/** A half-open range [start, end) of UTF-16 indexes into a string. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Characters that do not make a word on their own: Yoast SEO's punctuation list (its Latin and
 * general part), which it strips from both ends of each white-space token before dropping the
 * tokens left empty. Symbols outside it (`%`, `€`, `$`, `/`, `=`, `•`, `*`) count as a word
 * when they stand alone, as in Yoast.
 */
const PUNCTUATION_CHARS = '–-()_[]’‘“”〝〞〟‟„"\'.?!:;,¿¡«»‹›—×+&<>…';
const PUNCTUATION = new Set(Array.from(PUNCTUATION_CHARS));
/** The same set by UTF-16 code (every mark is one code unit), for the per-character scan. */
const PUNCTUATION_CODES = new Set(Array.from(PUNCTUATION_CHARS, (char) => char.charCodeAt(0)));

export const isPunctuation = (char: string): boolean => PUNCTUATION.has(char);

/**
 * Words of a text (DESIGN §4.2): tokens split on white space (JavaScript's `\s`, so no-break
 * spaces split too) and at `breaks` (ascending offsets where an HTML element begins or ends, see
 * RenderedBlock.wordBreaks), without the tokens made only of punctuation. Each range is trimmed
 * of leading and trailing punctuation, so `«Bonjour` gives `Bonjour` and `l’Ukraine` stays whole.
 */
export function tokenizeWords(text: string, breaks: readonly number[] = []): Range[] {
  const words: Range[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && PUNCTUATION_CODES.has(text.charCodeAt(start))) start++;
    while (end > start && PUNCTUATION_CODES.has(text.charCodeAt(end - 1))) end--;
    if (end > start) words.push({ start, end });
  };
  const n = text.length;
  let next = 0;
  let i = 0;
  while (i < n) {
    while (i < n && isWhiteSpace(text.charCodeAt(i))) i++;
    let start = i;
    while (i < n && !isWhiteSpace(text.charCodeAt(i))) i++;
    while (next < breaks.length && (breaks[next] as number) <= start) next++;
    for (; next < breaks.length && (breaks[next] as number) < i; next++) {
      push(start, breaks[next] as number);
      start = breaks[next] as number;
    }
    push(start, i);
  }
  return words;
}

export const countWords = (text: string): number => tokenizeWords(text).length;
