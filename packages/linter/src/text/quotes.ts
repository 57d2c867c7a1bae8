import type { Range } from './words.js';

/**
 * The closing mark of an opening quotation mark given by its UTF-16 code (« », “ ”, " "), or
 * undefined. Codes, not one-character strings: this runs on every character of the body.
 */
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
  // Knowing where each closing mark last appears keeps a run of unclosed marks linear.
  const lastClose = new Map<string, number>();
  for (const close of ['»', '”', '"']) lastClose.set(close, text.lastIndexOf(close));
  let i = 0;
  while (i < text.length) {
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
