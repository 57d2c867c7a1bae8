/**
 * How deep blockquotes and lists nest, estimated from line starts without parsing: markdownlint's
 * parser (micromark) is superlinear in nesting (a 4,000-deep `- - - …` line takes 40 s, then
 * overflows the stack), so the depth is checked before the parse. Real articles nest a few levels.
 *
 * Each line counts the container markers it opens (`>`, `-`, `*`, `+`, `1.`, `1)`) plus one
 * level per two columns of indentation before a marker (nested lists by indentation).
 */
export function maxNestingDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let max = 0;
  forEachLineDepth(text, (depth) => {
    if (depth > max) max = depth;
    return max > stopAbove;
  });
  return max;
}

/** The levels of all lines together: what the parser pays for, line by line. */
export function nestingTotal(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let total = 0;
  forEachLineDepth(text, (depth) => {
    total += depth;
    return total > stopAbove;
  });
  return total;
}

/** Calls `visit` with each line's depth until it returns true. */
function forEachLineDepth(text: string, visit: (depth: number) => boolean): void {
  let i = 0;
  const length = text.length;
  while (i < length) {
    let depth = 0;
    let indent = 0;
    let atMarker = true;
    while (atMarker && i < length) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        indent++;
        i++;
      } else if (c === 9) {
        indent += 4;
        i++;
      } else if (c === 62 /* > */) {
        depth += 1 + (indent >> 1);
        indent = 0;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isBlank(text.charCodeAt(i + 1))) {
        depth += 1 + (indent >> 1);
        indent = 0;
        i += 2;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < length && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
        const after = text.charCodeAt(j);
        if ((after === 46 || after === 41) /* . ) */ && isBlank(text.charCodeAt(j + 1))) {
          depth += 1 + (indent >> 1);
          indent = 0;
          i = j + 2;
        } else atMarker = false;
      } else atMarker = false;
    }
    if (depth > 0 && visit(depth)) return;
    const newline = text.indexOf('\n', i);
    if (newline === -1) return;
    i = newline + 1;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A space, a tab, a line end or the end of the text (NaN) after a list marker. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
