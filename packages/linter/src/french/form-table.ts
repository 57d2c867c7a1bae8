/**
 * A sorted word list kept as one string, one entry a line (`form` or `form<TAB>bits`), searched
 * by bisection. Half a million forms as separate strings in a Map cost 50 MB and 0.3 s to build
 * in every thread; as one string with an index of line starts they cost 12 MB and a single scan.
 */
export class FormTable {
  readonly #text: string;
  readonly #starts: Int32Array;
  /**
   * The range (low, high) of the entries that start with each pair of code units looked up so
   * far: a look-up bisects the few thousand entries of its first two letters instead of all.
   */
  readonly #pairs = new Map<number, Int32Array>();

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

  /** How many entries the table holds: a search by prefix starts on all of them, 0 to `size`. */
  get size(): number {
    return this.#starts.length;
  }

  /**
   * The first entry from `low` to `high` whose code unit at `depth` is `code` or after, given
   * entries that share their first `depth` code units (an entry that ends at `depth` comes before
   * all the others). Narrowing a range one letter at a time walks the table like a trie: a speller
   * drops at once every candidate that starts the way no form does.
   */
  seek(low: number, high: number, depth: number, code: number): number {
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.codeAt(middle, depth) < code) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Whether an entry from `low` to `high` (entries sharing their first `depth` code units) goes
   * on with `text` from `from` to its end, and ends there: one bisection over the range.
   */
  holds(low: number, high: number, depth: number, text: string, from: number): boolean {
    return this.#find(low, high, depth, text, from) !== -1;
  }

  /** The flag bits of a form, or undefined when the table lacks it. */
  bits(form: string): number | undefined {
    let index: number;
    if (form.length < 2) {
      index = this.#find(0, this.#starts.length, 0, form, 0);
    } else {
      const pair = this.#pairRange(form.charCodeAt(0), form.charCodeAt(1));
      index = this.#find(pair[0] as number, pair[1] as number, 2, form, 2);
    }
    if (index === -1) return undefined;
    const after = (this.#starts[index] as number) + form.length;
    const text = this.#text;
    return text.charCodeAt(after) === TAB ? Number(text.slice(after + 1, lineEnd(text, after))) : 0;
  }

  /** The code unit at `depth` of an entry at least `depth` long, or -1 where it ends. */
  codeAt(index: number, depth: number): number {
    const position = (this.#starts[index] as number) + depth;
    if (position >= this.#text.length) return END;
    const code = this.#text.charCodeAt(position);
    return code === TAB || code === NEWLINE ? END : code;
  }

  #pairRange(first: number, second: number): Int32Array {
    const key = first * 2 ** 16 + second;
    let range = this.#pairs.get(key);
    if (range === undefined) {
      const size = this.#starts.length;
      const firstLow = this.seek(0, size, 0, first);
      const firstHigh = this.seek(firstLow, size, 0, first + 1);
      const low = this.seek(firstLow, firstHigh, 1, second);
      range = Int32Array.of(low, this.seek(low, firstHigh, 1, second + 1));
      // Pairs come from the words looked up: bounded, should a text be made of random letters.
      if (this.#pairs.size < MAX_PAIRS) this.#pairs.set(key, range);
    }
    return range;
  }

  /** The index of the entry `holds` looks for, or -1. */
  #find(low: number, high: number, depth: number, text: string, from: number): number {
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = compareRest(text, from, this.#text, (this.#starts[middle] as number) + depth);
      if (order === 0) return middle;
      if (order < 0) high = middle;
      else low = middle + 1;
    }
    return -1;
  }
}

const MAX_PAIRS = 10_000;
const TAB = 9;
const NEWLINE = 10;
/** Where an entry ends, below every code unit. */
const END = -1;

const lineEnd = (text: string, from: number): number => {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
};

/**
 * Compares `text` from `from` with the table's entry from `start` (a position inside an entry),
 * in UTF-16 code-unit order (the order of `serialise`'s sort), without cutting the entry out of
 * the table; a tab, a line break or the end of the table ends the entry.
 */
function compareRest(text: string, from: number, table: string, start: number): number {
  for (let k = 0; ; k++) {
    const position = start + k;
    let theirs = position < table.length ? table.charCodeAt(position) : END;
    if (theirs === TAB || theirs === NEWLINE) theirs = END;
    const ours = from + k < text.length ? text.charCodeAt(from + k) : END;
    if (ours !== theirs) return ours < theirs ? -1 : 1;
    if (ours === END) return 0;
  }
}
