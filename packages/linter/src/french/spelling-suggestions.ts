import type { FormTable } from './form-table.js';
import type { LetterTriples } from './letter-triples.js';
import type { WordForms } from './word-forms.js';

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœ'];
const ALPHABET_CODES = ALPHABET.map((letter) => letter.charCodeAt(0));
const E_VARIANTS = ['e', 'é', 'è', 'ê'];

/**
 * Peter Norvig's candidates at edit distance 1 (a letter removed, two swapped, one replaced or
 * added), then every way of accenting the word's plain `e`s: those the dictionary holds, as
 * written or lower-cased, and `accept` takes, in that order and without repeats.
 *
 * Most of the thousand candidates of a ten-letter word are no form at all, and this search never
 * builds them: (1) a candidate keeps every letter triple of the word outside the few around its
 * edit, so a triple no form has rules out every edit that does not replace it; (2) the triples
 * the edit makes must be found in some form; (3) the sorted table's range of each prefix of the
 * word is split once by next letter: no edit after a prefix that no form starts with is tried,
 * only the letters some form has after the prefix are put there, and a candidate is looked up
 * by one bisection of the range of its prefix and new letter. Each of these only rules out
 * candidates that the table lacks: the answers are the plain search's.
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
    search.withLetters(i).forEach((made, letter) => {
      if ((made & REPLACED) !== 0) consider(head + ALPHABET[letter] + word.slice(i + 1));
      if ((made & INSERTED) !== 0) consider(head + ALPHABET[letter] + word.slice(i));
    });
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

/** The index in ALPHABET of each char code (-1 for the others). */
const ALPHABET_INDEX = new Int8Array(Math.max(...ALPHABET_CODES) + 1).fill(-1);
ALPHABET_CODES.forEach((code, letter) => {
  ALPHABET_INDEX[code] = letter;
});

/**
 * The ranges of the entries from `low` to `high` (sharing `depth` code units) by their next
 * letter, at 2 × its index in ALPHABET (low) and the next (high), empty for the letters no entry
 * has there. Found one letter the entries have at a time: few of them are.
 */
function letterRanges(table: FormTable, low: number, high: number, depth: number): Int32Array {
  const ranges = new Int32Array(2 * ALPHABET.length);
  while (low < high) {
    const code = table.codeAt(low, depth);
    const end = table.seek(low, high, depth, code + 1);
    const letter = code >= 0 && code < ALPHABET_INDEX.length ? (ALPHABET_INDEX[code] as number) : -1;
    if (letter !== -1) {
      ranges[2 * letter] = low;
      ranges[2 * letter + 1] = end;
    }
    low = end;
  }
  return ranges;
}

/**
 * A table searched letter by letter. The `letterRanges` after its shortest prefixes (up to
 * SHORT_PREFIX code units) are kept: they are the widest ranges, with the most letters, and the
 * same from word to word; there is at most one per two-letter prefix of the forms (under 2 000
 * for the French dictionary, under 1 MB). A prefix's range is known by where it starts and the
 * prefix's length.
 */
class PrefixSearch {
  static readonly #ofTable = new WeakMap<FormTable, PrefixSearch>();
  readonly table: FormTable;
  readonly #short = new Map<number, Int32Array>();

  private constructor(table: FormTable) {
    this.table = table;
  }

  /** The search over a table, one per table and thread. */
  static of(table: FormTable): PrefixSearch {
    let search = PrefixSearch.#ofTable.get(table);
    if (search === undefined) {
      search = new PrefixSearch(table);
      PrefixSearch.#ofTable.set(table, search);
    }
    return search;
  }

  /** `letterRanges` of a prefix's range, kept for the short prefixes. */
  letterRanges(low: number, high: number, depth: number): Int32Array {
    if (depth > SHORT_PREFIX) return letterRanges(this.table, low, high, depth);
    const key = low * (SHORT_PREFIX + 1) + depth;
    let ranges = this.#short.get(key);
    if (ranges === undefined) {
      ranges = letterRanges(this.table, low, high, depth);
      this.#short.set(key, ranges);
    }
    return ranges;
  }

  /** `table.holds`, the letters after a short prefix read from the kept `letterRanges`. */
  holds(low: number, high: number, depth: number, text: string, from: number): boolean {
    for (; depth <= SHORT_PREFIX && from < text.length; depth++, from++) {
      const code = text.charCodeAt(from);
      const letter = code < ALPHABET_INDEX.length ? (ALPHABET_INDEX[code] as number) : -1;
      if (letter === -1) break;
      const ranges = this.letterRanges(low, high, depth);
      low = ranges[2 * letter] as number;
      high = ranges[2 * letter + 1] as number;
      if (low === high) return false;
    }
    return this.table.holds(low, high, depth, text, from);
  }

  /** Narrows `range` to the entries whose code unit at `depth` is `code`; false when none is. */
  narrow(range: Range, depth: number, code: number): boolean {
    const low = this.table.seek(range.low, range.high, depth, code);
    range.high = this.table.seek(low, range.high, depth, code + 1);
    range.low = low;
    return low < range.high;
  }
}

const SHORT_PREFIX = 2;

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
  readonly #search: PrefixSearch;
  readonly #letterRanges: Int32Array[] = [];

  constructor(text: string, search: PrefixSearch) {
    this.text = text;
    this.#search = search;
    this.lows = new Int32Array(text.length + 1);
    this.highs = new Int32Array(text.length + 1);
    const range = { low: 0, high: search.table.size };
    let k = 0;
    for (; ; k++) {
      this.lows[k] = range.low;
      this.highs[k] = range.high;
      if (k === text.length || !search.narrow(range, k, text.charCodeAt(k))) break;
    }
    this.alive = k;
  }

  /** `letterRanges` after the prefix of length i, for i ≤ `alive`. */
  letterRanges(i: number): Int32Array {
    this.#letterRanges[i] ??= this.#search.letterRanges(this.lows[i] as number, this.highs[i] as number, i);
    return this.#letterRanges[i];
  }
}

const REPLACED = 1;
const INSERTED = 2;
/** Zeros around the lower-cased word, so that its neighbours beyond its edges read as edges. */
const PADDING = 3;

/**
 * Which edits of a word at each position make a form (see `spellingSuggestions`). Positions are
 * code units; the triple at position k is the letter there with its neighbours,
 * `at(k - 1), at(k), at(k + 1)`, read in the lower-cased word as the triples of the forms are.
 */
class EditSearch {
  readonly #word: string;
  readonly #codes: Int32Array;
  readonly #triples: LetterTriples;
  readonly #search: PrefixSearch;
  readonly #spellings: Spelling[];
  /** The first and last positions whose triple no form has (none: length and -1). */
  readonly #firstOdd: number;
  readonly #lastOdd: number;
  /** The positions where an edit can make a form. */
  readonly first: number;
  readonly last: number;
  readonly #range: Range = { low: 0, high: 0 };

  constructor(word: string, lower: string, forms: WordForms) {
    this.#word = word;
    this.#codes = new Int32Array(lower.length + 2 * PADDING);
    for (let k = 0; k < lower.length; k++) this.#codes[k + PADDING] = lower.charCodeAt(k);
    this.#triples = forms.letterTriples;
    this.#search = PrefixSearch.of(forms.table);
    this.#spellings = (lower === word ? [word] : [word, lower]).map(
      (text) => new Spelling(text, this.#search),
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
    if (
      i >= this.#word.length ||
      !this.#covers(i - 1, i + 1) ||
      !this.#fits(this.#at(i - 2), this.#at(i - 1), this.#at(i + 1)) ||
      !this.#fits(this.#at(i - 1), this.#at(i + 1), this.#at(i + 2))
    )
      return false;
    for (const spelling of this.#spellings) {
      if (i > spelling.alive) continue;
      const low = spelling.lows[i] as number;
      if (this.#search.holds(low, spelling.highs[i] as number, i, spelling.text, i + 1)) return true;
    }
    return false;
  }

  /** Whether swapping the letters at i and i + 1 makes a form. */
  transposition(i: number): boolean {
    const here = this.#at(i);
    const next = this.#at(i + 1);
    if (
      i + 1 >= this.#word.length ||
      !this.#covers(i - 1, i + 2) ||
      !this.#fits(this.#at(i - 2), this.#at(i - 1), next) ||
      !this.#fits(this.#at(i - 1), next, here) ||
      !this.#fits(next, here, this.#at(i + 2)) ||
      !this.#fits(here, this.#at(i + 2), this.#at(i + 3))
    )
      return false;
    for (const spelling of this.#spellings) {
      if (i > spelling.alive) continue;
      const range = this.#prefix(spelling, i);
      const text = spelling.text;
      if (
        this.#search.narrow(range, i, text.charCodeAt(i + 1)) &&
        this.#search.narrow(range, i + 1, text.charCodeAt(i)) &&
        this.#search.holds(range.low, range.high, i + 2, text, i + 2)
      )
        return true;
    }
    return false;
  }

  /**
   * For each letter of ALPHABET (by index), whether replacing the letter at i with it makes a
   * form (REPLACED) and whether putting it before that letter does (INSERTED). Only the letters
   * some form has after the first i code units are tried: few, past the first letters.
   */
  withLetters(i: number): Uint8Array {
    const made = new Uint8Array(ALPHABET.length);
    const word = this.#word;
    const beforeBefore = this.#at(i - 2);
    const before = this.#at(i - 1);
    const here = this.#at(i);
    const next = this.#at(i + 1);
    const afterNext = this.#at(i + 2);
    const canReplace = i < word.length && this.#covers(i - 1, i + 1);
    const canInsert = this.#covers(i - 1, i);
    for (const spelling of this.#spellings) {
      if (i > spelling.alive) continue;
      const ranges = spelling.letterRanges(i);
      for (let letter = 0; letter < ALPHABET.length; letter++) {
        const low = ranges[2 * letter] as number;
        const high = ranges[2 * letter + 1] as number;
        if (low === high) continue;
        const code = ALPHABET_CODES[letter] as number;
        if (!this.#fits(beforeBefore, before, code)) continue;
        let flags = made[letter] as number;
        // Replacing a letter with itself gives the word back, which is never a suggestion.
        if (
          (flags & REPLACED) === 0 &&
          canReplace &&
          code !== word.charCodeAt(i) &&
          this.#fits(before, code, next) &&
          this.#fits(code, next, afterNext) &&
          this.#search.holds(low, high, i + 1, spelling.text, i + 1)
        )
          flags |= REPLACED;
        if (
          (flags & INSERTED) === 0 &&
          canInsert &&
          this.#fits(before, code, here) &&
          this.#fits(code, here, next) &&
          this.#search.holds(low, high, i + 1, spelling.text, i)
        )
          flags |= INSERTED;
        made[letter] = flags;
      }
    }
    return made;
  }

  /** The accent variants of the word (see `accentVariants`) that are forms, in the same order. */
  accentVariants(): string[] {
    const positions = ePositions(this.#word);
    if (positions.length === 0 || positions.length > 4) return [];
    // Variant n puts E_VARIANTS[d] at positions[j], d being the j-th of its base-4 digits from the left.
    const isForm = new Uint8Array(E_VARIANTS.length ** positions.length);
    const codes = E_VARIANTS.map((e) => e.charCodeAt(0));
    const prefixes = this.#search;
    const range = { low: 0, high: 0 };
    const search = (spelling: Spelling, j: number, low: number, high: number, variant: number): void => {
      const position = positions[j] as number;
      const next = positions[j + 1];
      for (let d = 0; d < codes.length; d++) {
        range.low = low;
        range.high = high;
        if (!prefixes.narrow(range, position, codes[d] as number)) continue;
        if (next === undefined) {
          if (prefixes.holds(range.low, range.high, position + 1, spelling.text, position + 1))
            isForm[variant * 4 + d] = 1;
          continue;
        }
        let depth = position + 1;
        while (depth < next && prefixes.narrow(range, depth, spelling.text.charCodeAt(depth))) depth++;
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

  /** The entries starting with the first i code units of a spelling, in the search's own range. */
  #prefix(spelling: Spelling, i: number): Range {
    this.#range.low = spelling.lows[i] as number;
    this.#range.high = spelling.highs[i] as number;
    return this.#range;
  }

  /** The lower-cased word's code unit at k, 0 beyond its edges. */
  #at(k: number): number {
    return this.#codes[k + PADDING] as number;
  }

  /** Whether some form has this triple; a triple centred beyond the word's edges is no triple. */
  #fits(before: number, letter: number, after: number): boolean {
    return letter === 0 || this.#triples.has(before, letter, after);
  }

  /** Whether an edit changing the triples from `from` to `to` changes every triple no form has. */
  #covers(from: number, to: number): boolean {
    return from <= this.#firstOdd && this.#lastOdd <= to;
  }
}
