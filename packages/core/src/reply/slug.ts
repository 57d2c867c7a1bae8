export const MAX_SLUG_LENGTH = 75;

/** `Poutine et Xi : l’alliance` → `poutine-et-xi-l-alliance`; cut at a word boundary. */
export function slugify(title: string, max = MAX_SLUG_LENGTH): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > max) break;
    slug = next;
  }
  // A single word longer than the limit still yields a slug rather than an empty one.
  return slug === '' && words[0] ? words[0].slice(0, max) : slug;
}
