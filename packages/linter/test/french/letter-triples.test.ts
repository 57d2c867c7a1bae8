import { describe, expect, it } from 'vitest';
import { LetterTriples } from '../../src/french/letter-triples.js';

const code = (letter: string) => letter.charCodeAt(0);

describe('letter triples', () => {
  const triples = LetterTriples.of(['Chat', 'été', 'a']);

  it('know each letter between its neighbours in the lower-cased forms, word edges included', () => {
    expect(triples.has(0, code('c'), code('h'))).toBe(true);
    expect(triples.has(code('c'), code('h'), code('a'))).toBe(true);
    expect(triples.has(code('a'), code('t'), 0)).toBe(true);
    expect(triples.has(code('é'), code('t'), code('é'))).toBe(true);
    expect(triples.has(0, code('a'), 0)).toBe(true);
  });

  it('know no other triple, nor letters no form uses', () => {
    expect(triples.has(0, code('C'), code('h'))).toBe(false);
    expect(triples.has(code('h'), code('c'), code('a'))).toBe(false);
    expect(triples.has(code('a'), code('t'), code('é'))).toBe(false);
    expect(triples.has(code('x'), code('a'), 0)).toBe(false);
    expect(triples.has(0, 0, code('a'))).toBe(false);
  });

  it('come back the same from their serialised form, and reject a damaged one', () => {
    const serialised = triples.serialise();
    const parsed = LetterTriples.parse(serialised);
    expect(parsed?.has(code('c'), code('h'), code('a'))).toBe(true);
    expect(parsed?.has(code('h'), code('c'), code('a'))).toBe(false);
    expect(LetterTriples.parse({ letters: serialised.letters, bits: 'AAAA' })).toBeUndefined();
  });
});
