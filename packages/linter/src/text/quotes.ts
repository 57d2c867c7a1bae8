import type { Range } from './words.js';

const OPENING = /[«“"]/g;

/** The closing mark of an opening quotation mark given by its UTF-16 code (« », “ ”, " "). */
function closingMark(code: number): string | undefined {
  switch (code) {
    case 0xab:
      return '»';
    case 0x201c:
      return '”';
    case 0x22:
      return '"';
    default:
      return undefined;
  }
}

/**
 * Quotations in a text: `« … »`, `“ … ”` and `"…"`, outermost only (a `“ ”` inside `« »` is
 * part of the outer quote). The range covers the marks. Unclosed quotes are ignored. Linear.
 */
export function findQuotes(text: string): Range[] {
  const quotes: Range[] = [];
  OPENING.lastIndex = 0;
  // Most blocks have no quotation mark: they skip the searches below.
  if (!OPENING.test(text)) return quotes;
  // Knowing where each closing mark last appears keeps a run of unclosed marks linear.
  const lastClose = new Map<string, number>();
  for (const close of ['»', '”', '"']) lastClose.set(close, text.lastIndexOf(close));
  let i = 0;
  while (i < text.length) {
    // A regex finds the next mark several times faster than a loop over the characters between.
    OPENING.lastIndex = i;
    if (!OPENING.test(text)) break;
    i = OPENING.lastIndex - 1;
    const close = closingMark(text.charCodeAt(i));
    if (close === undefined || (lastClose.get(close) ?? -1) <= i) {
      i++;
      continue;
    }
    const end = text.indexOf(close, i + 1);
    if (end === -1) {
      i++;
      continue;
    }
    if (end > i + 1) quotes.push({ start: i, end: end + 1 });
    i = end + 1;
  }
  return quotes;
}
