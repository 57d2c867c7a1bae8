import type { Range } from './words.js';

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/**
 * Quotations in a text: `« … »`, `“ … ”` and `"…"`, outermost only (a `“ ”` inside `« »` is
 * part of the outer quote). The range covers the marks. Unclosed quotes are ignored. Linear.
 */
export function findQuotes(text: string): Range[] {
  const quotes: Range[] = [];
  // Knowing where each closing mark last appears keeps a run of unclosed marks linear.
  const lastClose: Record<string, number> = {};
  for (const close of Object.values(PAIRS)) lastClose[close] = text.lastIndexOf(close);
  let i = 0;
  while (i < text.length) {
    const open = text[i] as string;
    const close = PAIRS[open];
    if (close === undefined || (lastClose[close] ?? -1) <= i) {
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
