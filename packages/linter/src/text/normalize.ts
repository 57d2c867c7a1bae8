/** Lower case, typographic apostrophes and quotes made straight, white space collapsed: for matching. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word occurrences of `phrase` in `text`, both normalised. */
export function countPhrase(text: string, phrase: string): number {
  const needle = normalizeForMatch(phrase);
  if (needle === '') return 0;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'gu');
  return normalizeForMatch(text).match(pattern)?.length ?? 0;
}

export const containsPhrase = (text: string, phrase: string): boolean => countPhrase(text, phrase) > 0;

/** `Élections européennes : le bilan` → `elections-europeennes-le-bilan`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
