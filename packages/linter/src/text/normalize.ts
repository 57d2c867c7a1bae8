/** Lower case, typographic apostrophes and quotes made straight, white space collapsed: for matching. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The slug rule's default limit, and the longest slug the rewriter writes. */
export const MAX_SLUG_LENGTH = 75;

/** The lowercase ASCII words of a slug made from `text`. */
export const slugWords = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/**
 * `Élections européennes : le bilan` → `elections-europeennes-le-bilan`: lowercase ASCII words
 * joined by `-`, cut at a word boundary within `max` characters. The slug rule suggests it and
 * the rewriter writes it, so a generated slug always passes the rule.
 */
export const slugify = (text: string, max = MAX_SLUG_LENGTH): string => cutAtWord(slugWords(text), max);

/** Joins slug words with `-`, as many as fit in `max` characters. */
export function cutAtWord(words: readonly string[], max: number): string {
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > max) break;
    slug = next;
  }
  // A single word longer than the limit still yields a slug rather than an empty one.
  return slug === '' && words[0] ? words[0].slice(0, max) : slug;
}
