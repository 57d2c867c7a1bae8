/**
 * Which letters are ever found between which two others in the forms of a dictionary (lower-cased,
 * a word edge counting as a neighbour), which lets a speller rule out most candidate corrections
 * before searching for them. Kept as a bitset over the letters' ranks: the French forms use about
 * sixty letters, so every triple fits in a few tens of kilobytes and a look-up is two array reads,
 * where a Set keyed by char codes hashes a heap number per look-up.
 */
export class LetterTriples {
  /** The letters of the forms, in rank order from rank 2 (see `#rank`). */
  readonly #letters: string;
  /** One bit per triple of ranks, at `(before * size + letter) * size + after`. */
  readonly #bits: Uint8Array;
  readonly #size: number;
  /** Rank of each char code: 0 for a letter no form uses, 1 for a word edge (char code 0). */
  readonly #rank: Uint16Array;

  private constructor(letters: string, bits: Uint8Array) {
    this.#letters = letters;
    this.#bits = bits;
    this.#size = letters.length + 2;
    this.#rank = new Uint16Array(2 ** 16);
    this.#rank[0] = 1;
    for (let i = 0; i < letters.length; i++) this.#rank[letters.charCodeAt(i)] = i + 2;
  }

  /** The triples of every code unit of the lower-cased forms. */
  static of(forms: Iterable<string>): LetterTriples {
    const lowered = [...forms].map((form) => form.toLowerCase());
    const used = new Uint8Array(2 ** 16);
    for (const form of lowered) for (let i = 0; i < form.length; i++) used[form.charCodeAt(i)] = 1;
    let letters = '';
    for (let code = 1; code < used.length; code++) if (used[code] === 1) letters += String.fromCharCode(code);
    const triples = new LetterTriples(letters, new Uint8Array(bitsetBytes(letters)));
    for (const form of lowered) {
      for (let i = 0; i < form.length; i++) {
        const before = i === 0 ? 0 : form.charCodeAt(i - 1);
        const after = i + 1 < form.length ? form.charCodeAt(i + 1) : 0;
        triples.#add(before, form.charCodeAt(i), after);
      }
    }
    return triples;
  }

  /** The triples back from `serialise`'s text; undefined when the text is not such a text. */
  static parse(serialised: { letters: string; bits: string }): LetterTriples | undefined {
    const bits = new Uint8Array(Buffer.from(serialised.bits, 'base64'));
    return bits.length === bitsetBytes(serialised.letters)
      ? new LetterTriples(serialised.letters, bits)
      : undefined;
  }

  serialise(): { letters: string; bits: string } {
    return { letters: this.#letters, bits: Buffer.from(this.#bits).toString('base64') };
  }

  /** Whether `letter` is ever found between `before` and `after` (char codes, 0 for a word edge). */
  has(before: number, letter: number, after: number): boolean {
    const rank = this.#rank;
    const b = rank[before] as number;
    const l = rank[letter] as number;
    const a = rank[after] as number;
    if (b === 0 || l === 0 || a === 0) return false;
    const index = (b * this.#size + l) * this.#size + a;
    return ((this.#bits[index >>> 3] as number) & (1 << (index & 7))) !== 0;
  }

  #add(before: number, letter: number, after: number): void {
    const index = this.#index(before, letter, after);
    this.#bits[index >>> 3] = (this.#bits[index >>> 3] as number) | (1 << (index & 7));
  }

  #index(before: number, letter: number, after: number): number {
    const rank = this.#rank;
    const size = this.#size;
    return ((rank[before] as number) * size + (rank[letter] as number)) * size + (rank[after] as number);
  }
}

/** Bytes of the bitset over `letters`, a word edge and an unknown letter. */
const bitsetBytes = (letters: string): number => Math.ceil((letters.length + 2) ** 3 / 8);
