/**
 * Comparing a quotation with its source, forgiving what editing legitimately changes: case,
 * apostrophes and quotation marks, spaces (no-break ones included), punctuation, and cuts
 * marked with an ellipsis (« … », « [...] », « (…) »).
 */

const ELLIPSIS = /\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)|…|\.{3,}/gu;

/** Lower case, letters and digits only, single spaces: the form both sides are compared in. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ‘`´']/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The parts of a quotation between its ellipses, normalised, empty parts dropped. */
export function quoteFragments(quote: string): string[] {
  const inner = quote.trim().replace(/^[«“"„‹]|[»”"‹›]$/gu, '');
  return inner
    .split(ELLIPSIS)
    .map(normaliseForQuote)
    .filter((part) => part !== '');
}

/** Normalised source text, to test many quotes against one source cheaply. */
export interface NormalisedSource {
  text: string;
}

export const normaliseSource = (source: string): NormalisedSource => ({
  text: ` ${normaliseForQuote(source)} `,
});

/**
 * Whether every fragment of the quote appears in the source, in order, as whole words.
 * A quotation without any letters or digits is trivially found.
 */
export function quoteInSource(quote: string, source: NormalisedSource): boolean {
  let from = 0;
  for (const fragment of quoteFragments(quote)) {
    const at = source.text.indexOf(` ${fragment} `, from);
    if (at === -1) return false;
    from = at + fragment.length + 1;
  }
  return true;
}
