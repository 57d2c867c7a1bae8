import type { TextSpan } from '../article/article.js';
import { withoutElision } from './elision.js';

const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

/** Fewer words looked up than this say too little. */
const MIN_WORDS = 40;
/** About this many words are sampled, evenly from the whole body (the lower-case ones looked up). */
const MAX_WORDS = 400;
/**
 * The share of lower-case words the French dictionary must know. French prose stays well above
 * it (loanwords, jargon and typos are a few words in a hundred), and the prose of the languages
 * nearest French well below: their function words and endings are not French forms. The figures
 * are in the language-match rule's docs.
 */
const MIN_KNOWN_SHARE = 0.8;

/**
 * Whether a body reads as French to the French dictionary: most of its lower-case words (names,
 * numbers and code left out) are French forms. A dictionary answers this at once where a
 * language identifier weighs letter triples against dozens of languages; when it does not
 * answer yes (too few words, another language, a mixed text), the identifier decides.
 */
export function readsAsFrench(words: readonly TextSpan[], correct: (word: string) => boolean): boolean {
  // Every k-th word, so that a long body costs no more than a short one, read from end to end.
  const step = Math.max(1, Math.floor(words.length / MAX_WORDS));
  let looked = 0;
  let known = 0;
  for (let at = 0; at < words.length; at += step) {
    const text = (words[at] as TextSpan).text;
    if (!LOWER_CASE_WORD.test(text)) continue;
    const word = withoutElision(text);
    if (word.length < 2) continue;
    looked++;
    if (correct(word)) known++;
  }
  return looked >= MIN_WORDS && known >= MIN_KNOWN_SHARE * looked;
}
