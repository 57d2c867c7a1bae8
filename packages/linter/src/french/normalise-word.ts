/**
 * A word as the French word lists store it: lower case, typographic apostrophes made straight,
 * punctuation stripped from both ends (`«L’État»` → `l'état`).
 */
export function normaliseWord(word: string): string {
  if (isNormalised(word)) return word;
  return word
    .toLowerCase()
    .replace(/[’ʼ]/gu, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Whether a word is only lower-case Latin-1 letters and digits, which normalising leaves as it
 * is. Most words of a French text are, and the passive, transition and sentence-beginning
 * checks normalise every word: a scan of its codes is much cheaper than the three passes.
 */
function isNormalised(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const lowerOrDigit =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0xe0 && code !== 0xf7 && code <= 0xff);
    if (!lowerOrDigit) return false;
  }
  return true;
}
