/**
 * A sorted word list kept as one string, one entry a line (`form` or `form<TAB>bits`), searched
 * by bisection. Half a million forms as separate strings in a Map cost 50 MB and 0.3 s to build
 * in every thread; as one string with an index of line starts they cost 12 MB and a single scan.
 */
export class FormTable {
  readonly #text: string;
  readonly #starts: Int32Array;

  private constructor(text: string, starts: Int32Array) {
    this.#text = text;
    this.#starts = starts;
  }

  /** The table's text for entries given in any order (forms hold no tab or line break). */
  static serialise(entries: Iterable<[form: string, bits: number]>): string {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return sorted.map(([form, bits]) => (bits === 0 ? form : `${form}\t${bits}`)).join('\n');
  }

  /** A table over text made by `serialise`. */
  static parse(text: string): FormTable {
    let count = text.length === 0 ? 0 : 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
    return new FormTable(text, starts);
  }

  /** The flag bits of a form, or undefined when the table lacks it. */
  bits(form: string): number | undefined {
    const text = this.#text;
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle] as number;
      const order = compareEntry(form, text, start);
      if (order === 0) {
        const after = start + form.length;
        return text.charCodeAt(after) === TAB ? Number(text.slice(after + 1, lineEnd(text, after))) : 0;
      }
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }
}

const TAB = 9;
const NEWLINE = 10;

const lineEnd = (text: string, from: number): number => {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
};

/**
 * Compares a form with the entry starting at `start`, in UTF-16 code-unit order (the order of
 * `serialise`'s sort), without cutting the entry out of the text; a tab, a line break or the
 * end of the text ends the entry.
 */
function compareEntry(form: string, text: string, start: number): number {
  for (let i = 0; ; i++) {
    const position = start + i;
    const theirs = position < text.length ? text.charCodeAt(position) : NEWLINE;
    const entryEnded = theirs === TAB || theirs === NEWLINE;
    if (i === form.length) return entryEnded ? 0 : -1;
    if (entryEnded) return 1;
    const ours = form.charCodeAt(i);
    if (ours !== theirs) return ours < theirs ? -1 : 1;
  }
}
