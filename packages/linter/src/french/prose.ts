/**
 * The parts of a Markdown text that are prose a typographer may touch, as ranges of offsets.
 * Everything else is left alone: front matter (the caller starts after it), fenced and
 * indented code, code spans, HTML tags and comments, entities, autolinks and bare URLs, link
 * destinations and reference definitions, and table delimiter rows.
 */
export interface Range {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s/u;
const INLINE_PROTECTED = new RegExp(
  [
    '(`+)[\\s\\S]*?\\1', // code span
    '<!--[\\s\\S]*?-->', // HTML comment
    '<(?:https?:|mailto:)[^>\\s]*>', // autolink
    '</?[A-Za-z][^<>]*>', // HTML tag
    '&(?:#\\d+|#x[\\da-fA-F]+|[A-Za-z][A-Za-z\\d]*);', // entity
    '\\]\\([^)\\s]*(?:\\s+"[^"]*")?\\)', // link destination and title
    '\\]\\[[^\\]]*\\]', // reference link label
    '(?:https?://|www\\.)[^\\s<>()\\]]+', // bare URL
    '!\\[', // image opener, so its `!` is not punctuation
  ].join('|'),
  'gu',
);

/** Protected ranges of `text` between `from` and the end, sorted and non-overlapping. */
export function protectedRanges(text: string, from = 0): Range[] {
  const ranges: Range[] = [];
  let fence: string | undefined;
  let previousBlank = true;
  let inIndentedCode = false;
  let proseStart: number | undefined;
  const flushProse = (end: number) => {
    if (proseStart === undefined) return;
    for (const match of text.slice(proseStart, end).matchAll(INLINE_PROTECTED)) {
      const start = proseStart + (match.index ?? 0);
      ranges.push({ start, end: start + match[0].length });
    }
    proseStart = undefined;
  };

  // Line by line, with indexOf rather than a regex match and a replace per line.
  for (let start = from, end = from; start < text.length; start = end) {
    const newline = text.indexOf('\n', start);
    end = newline === -1 ? text.length : newline + 1;
    const crlf = newline > start && text.charCodeAt(newline - 1) === 0x0d;
    const line = text.slice(start, newline === -1 ? end : crlf ? newline - 1 : newline);
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      ranges.push({ start, end });
      if (fenceMatch?.[1]?.startsWith(fence) && line.trim() === fenceMatch[1]) fence = undefined;
      continue;
    }
    if (line.trim() === '') {
      flushProse(start);
      previousBlank = true;
      continue;
    }
    // Indented code opens after a blank line and runs until a line is no longer indented.
    inIndentedCode = /^(?: {4}|\t)/u.test(line) && (inIndentedCode || previousBlank);
    previousBlank = false;
    if (fenceMatch || inIndentedCode || TABLE_DELIMITER.test(line) || REFERENCE_DEFINITION.test(line)) {
      flushProse(start);
      ranges.push({ start, end });
      if (fenceMatch) fence = fenceMatch[1]?.slice(0, 3);
      continue;
    }
    proseStart ??= start;
  }
  flushProse(text.length);
  return mergeRanges(ranges);
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Whether the offset falls in one of the sorted ranges. */
export function isProtected(ranges: readonly Range[], offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid] as Range;
    if (offset < range.start) high = mid - 1;
    else if (offset >= range.end) low = mid + 1;
    else return true;
  }
  return false;
}
