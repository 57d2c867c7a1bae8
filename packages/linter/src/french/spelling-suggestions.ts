import type { FormTable } from './form-table.js';
import type { WordForms } from './word-forms.js';

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœ'];
const E_VARIANTS = ['e', 'é', 'è', 'ê'];

/**
 * Peter Norvig's candidates at edit distance 1 (a letter removed, two swapped, one replaced or
 * added), then every way of accenting the word's plain `e`s: those the dictionary holds, as
 * written or lower-cased, and `accept` takes, in that order and without repeats.
 *
 * Most of the thousand candidates of a ten-letter word are no form at all, and this search never
 * builds them: (1) a candidate keeps every letter triple of the word outside the few around its
 * edit, so a triple no form has rules out every edit that does not replace it; (2) the triples
 * the edit makes must be found in some form; (3) the candidate is looked up by walking the sorted
 * table one letter at a time from the ranges of the word's prefixes, so the edits after a prefix
 * no form starts with are never looked up, and a walk stops at the first letter no form continues
 * with. Each of these only rules out candidates that the table lacks: the answers are the plain
 * search's.
 */
export function spellingSuggestions(
  word: string,
  forms: WordForms,
  accept: (candidate: string) => boolean,
): string[] {
  const found = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== word && candidate.length > 0 && !found.has(candidate) && accept(candidate))
      found.add(candidate);
  };
  const lower = word.toLowerCase();
  // The pruning reads the lower-cased candidate as the lower-cased word with the same edit,
  // which fails where lower-casing changes the length or looks at neighbours (İ, final Σ) or an
  // edit splits a surrogate pair: such words get the plain search.
  if (lower.length !== word.length || /[\uD800-\uDFFF\u03A3]/.test(word)) {
    const known = (candidate: string) => {
      const lowered = candidate.toLowerCase();
      return forms.has(candidate) || (lowered !== candidate && forms.has(lowered));
    };
    for (const candidate of [...oneEditCandidates(word), ...accentVariants(word)])
      if (known(candidate)) consider(candidate);
    return [...found];
  }
  const search = new EditSearch(word, lower, forms);
  for (let i = search.first; i <= search.last; i++) {
    const head = word.slice(0, i);
    if (search.deletion(i)) consider(head + word.slice(i + 1));
    if (search.transposition(i)) consider(head + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
    for (const letter of ALPHABET) {
      const [replaced, inserted] = search.withLetter(i, letter.charCodeAt(0));
      if (replaced) consider(head + letter + word.slice(i + 1));
      if (inserted) consider(head + letter + word.slice(i));
    }
  }
  for (const variant of search.accentVariants()) consider(variant);
  return [...found];
}

/** The edit-distance-1 candidates of a word, in Norvig's order, repeats included. */
function* oneEditCandidates(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail.charAt(1) + tail.charAt(0) + tail.slice(2);
    for (const letter of ALPHABET) {
      if (tail.length > 0) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}

/** Every way of accenting the plain `e`s of a word (the word itself first), up to four of them. */
function accentVariants(word: string): string[] {
  const positions = ePositions(word);
  if (positions.length === 0 || positions.length > 4) return [];
  let variants = [word];
  for (const position of positions) {
    variants = variants.flatMap((v) =>
      E_VARIANTS.map((e) => v.slice(0, position) + e + v.slice(position + 1)),
    );
  }
  return variants;
}

// Missing accents are the commonest French typo and often come several to a word (eleve).
const ePositions = (word: string): number[] => [...word].flatMap((c, i) => (c === 'e' ? [i] : []));

/** A range of table entries sharing a prefix, narrowed in place. */
interface Range {
  low: number;
  high: number;
}

/**
 * The spellings of a word the table is searched for (as written, and lower-cased when that
 * differs: a candidate counts when either is a form), with the table range of each prefix.
 */
class Spelling {
  readonly text: string;
  /** Entries starting with the first k code units are `lows[k]` to `highs[k]`, for k ≤ `alive`. */
  readonly lows: Int32Array;
  readonly highs: Int32Array;
  /** The longest prefix some form starts with. */
  readonly alive: number;

  constructor(text: string, table: FormTable) {
    this.text = text;
    this.lows = new Int32Array(text.length + 1);
    this.highs = new Int32Array(text.length + 1);
    const range = { low: 0, high: table.size };
    let k = 0;
    for (; ; k++) {
      this.lows[k] = range.low;
      this.highs[k] = range.high;
      if (k === text.length || !narrow(table, range, k, text.charCodeAt(k))) break;
    }
    this.alive = k;
  }

  /** The entries starting with the first `length` code units, in `range`. */
  prefix(length: number, range: Range): Range {
    range.low = this.lows[length] as number;
    range.high = this.highs[length] as number;
    return range;
  }
}

/** Narrows `range` to the entries whose code unit at `depth` is `code`; false when none is. */
function narrow(table: FormTable, range: Range, depth: number, code: number): boolean {
  const low = table.seek(range.low, range.high, depth, code);
  range.high = table.seek(low, range.high, depth, code + 1);
  range.low = low;
  return low < range.high;
}

/**
 * Which edits of a word at each position make a form (see `spellingSuggestions`). Positions are
 * code units; a triple at position k is the letter there with its neighbours, `at(k - 1)`,
 * `at(k)`, `at(k + 1)`, read in the lower-cased word as the triples of the forms are.
 */
class EditSearch {
  readonly #lower: string;
  readonly #forms: WordForms;
  readonly #table: FormTable;
  readonly #spellings: Spelling[];
  /** The first and last positions whose triple no form has (none: length and -1). */
  readonly #firstOdd: number;
  readonly #lastOdd: number;
  /** The positions where an edit can make a form. */
  readonly first: number;
  readonly last: number;
  readonly #range: Range = { low: 0, high: 0 };
  readonly #word: string;

  constructor(word: string, lower: string, forms: WordForms) {
    this.#word = word;
    this.#lower = lower;
    this.#forms = forms;
    this.#table = forms.table;
    this.#spellings = (lower === word ? [word] : [word, lower]).map(
      (text) => new Spelling(text, this.#table),
    );
    let firstOdd = word.length;
    let lastOdd = -1;
    for (let k = 0; k < word.length; k++) {
      if (!this.#fits(this.#at(k - 1), this.#at(k), this.#at(k + 1))) {
        firstOdd = Math.min(firstOdd, k);
        lastOdd = k;
      }
    }
    this.#firstOdd = firstOdd;
    this.#lastOdd = lastOdd;
    // An edit at i changes the triples from i - 1 to at most i + 2, and keeps the first i letters.
    this.first = Math.max(0, lastOdd - 2);
    const alive = Math.max(...this.#spellings.map((spelling) => spelling.alive));
    this.last = Math.min(word.length, firstOdd + 1, alive);
  }

  /** Whether removing the letter at i makes a form. */
  deletion(i: number): boolean {
    const at = (k: number) => this.#at(k);
    if (
      i >= this.#word.length ||
      !this.#covers(i - 1, i + 1) ||
      !this.#fits(at(i - 2), at(i - 1), at(i + 1)) ||
      !this.#fits(at(i - 1), at(i + 1), at(i + 2))
    )
      return false;
    return this.#spellings.some(
      (spelling) =>
        i <= spelling.alive &&
        this.#table.holds(spelling.lows[i] as number, spelling.highs[i] as number, i, spelling.text, i + 1),
    );
  }

  /** Whether swapping the letters at i and i + 1 makes a form. */
  transposition(i: number): boolean {
    const at = (k: number) => this.#at(k);
    if (
      i + 1 >= this.#word.length ||
      !this.#covers(i - 1, i + 2) ||
      !this.#fits(at(i - 2), at(i - 1), at(i + 1)) ||
      !this.#fits(at(i - 1), at(i + 1), at(i)) ||
      !this.#fits(at(i + 1), at(i), at(i + 2)) ||
      !this.#fits(at(i), at(i + 2), at(i + 3))
    )
      return false;
    return this.#spellings.some((spelling) => {
      if (i > spelling.alive) return false;
      const range = spelling.prefix(i, this.#range);
      const text = spelling.text;
      return (
        narrow(this.#table, range, i, text.charCodeAt(i + 1)) &&
        narrow(this.#table, range, i + 1, text.charCodeAt(i)) &&
        this.#table.holds(range.low, range.high, i + 2, text, i + 2)
      );
    });
  }

  /** Whether replacing the letter at i with `letter`, and putting `letter` before it, make forms. */
  withLetter(i: number, letter: number): [replaced: boolean, inserted: boolean] {
    const at = (k: number) => this.#at(k);
    const before = at(i - 1);
    const leftFits = this.#fits(at(i - 2), before, letter);
    // Replacing a letter with itself gives the word back, which is never a suggestion.
    let replace =
      leftFits &&
      i < this.#word.length &&
      letter !== this.#word.charCodeAt(i) &&
      this.#covers(i - 1, i + 1) &&
      this.#fits(before, letter, at(i + 1)) &&
      this.#fits(letter, at(i + 1), at(i + 2));
    let insert =
      leftFits &&
      this.#covers(i - 1, i) &&
      this.#fits(before, letter, at(i)) &&
      this.#fits(letter, at(i), at(i + 1));
    let replaced = false;
    let inserted = false;
    for (const spelling of this.#spellings) {
      if (!(replace || insert)) break;
      if (i > spelling.alive) continue;
      const range = spelling.prefix(i, this.#range);
      if (!narrow(this.#table, range, i, letter)) continue;
      if (replace && this.#table.holds(range.low, range.high, i + 1, spelling.text, i + 1)) {
        replaced = true;
        replace = false;
      }
      if (insert && this.#table.holds(range.low, range.high, i + 1, spelling.text, i)) {
        inserted = true;
        insert = false;
      }
    }
    return [replaced, inserted];
  }

  /** The accent variants of the word (see `accentVariants`) that are forms, in the same order. */
  accentVariants(): string[] {
    const positions = ePositions(this.#word);
    if (positions.length === 0 || positions.length > 4) return [];
    // Variant n puts E_VARIANTS[d] at positions[j], d being the j-th of its base-4 digits from the left.
    const isForm = new Uint8Array(E_VARIANTS.length ** positions.length);
    const codes = E_VARIANTS.map((e) => e.charCodeAt(0));
    const table = this.#table;
    const search = (spelling: Spelling, j: number, low: number, high: number, variant: number): void => {
      const position = positions[j] as number;
      const next = positions[j + 1];
      for (let d = 0; d < codes.length; d++) {
        const range = { low, high };
        if (!narrow(table, range, position, codes[d] as number)) continue;
        if (next === undefined) {
          if (table.holds(range.low, range.high, position + 1, spelling.text, position + 1))
            isForm[variant * 4 + d] = 1;
          continue;
        }
        let depth = position + 1;
        while (depth < next && narrow(table, range, depth, spelling.text.charCodeAt(depth))) depth++;
        if (depth === next) search(spelling, j + 1, range.low, range.high, variant * 4 + d);
      }
    };
    const first = positions[0] as number;
    for (const spelling of this.#spellings)
      if (first <= spelling.alive)
        search(spelling, 0, spelling.lows[first] as number, spelling.highs[first] as number, 0);
    const variants: string[] = [];
    isForm.forEach((flag, variant) => {
      if (flag === 0) return;
      const letters = [...this.#word];
      positions.forEach((position, j) => {
        const digit = Math.floor(variant / 4 ** (positions.length - 1 - j)) % 4;
        letters[position] = E_VARIANTS[digit] as string;
      });
      variants.push(letters.join(''));
    });
    return variants;
  }

  /** The lower-cased word's code unit at k, 0 beyond its edges. */
  #at(k: number): number {
    return k >= 0 && k < this.#lower.length ? this.#lower.charCodeAt(k) : 0;
  }

  /** Whether some form has this triple; a triple centred beyond the word's edges is no triple. */
  #fits(before: number, letter: number, after: number): boolean {
    return letter === 0 || this.#forms.hasLetterTriple(before, letter, after);
  }

  /** Whether an edit changing the triples from `from` to `to` changes every triple no form has. */
  #covers(from: number, to: number): boolean {
    return from <= this.#firstOdd && this.#lastOdd <= to;
  }
}
