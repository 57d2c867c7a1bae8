import { describe, expect, it } from 'vitest';
import { countWords, tokenizeWords } from '../../src/text/words.js';

describe('countWords (Yoast-compatible, DESIGN §4.2)', () => {
  it('counts elisions, hyphenated words, numbers and lone symbols as one word each', () => {
    expect(countWords('l’Ukraine aujourd’hui a-t-il militaro-politiques 2022 % €')).toBe(7);
  });

  it('counts a lone symbol outside Yoast’s punctuation list, as Yoast does', () => {
    expect(countWords('a = b • c * d')).toBe(7);
  });

  it('splits a token where an HTML element begins or ends, as Yoast does', () => {
    const text = 'l’application mobile';
    const words = tokenizeWords(text, [2, 13]).map((word) => text.slice(word.start, word.end));
    expect(words).toEqual(['l', 'application', 'mobile']);
    expect(countWords('un lien ici')).toBe(3);
    expect(tokenizeWords('un lien ici', [3, 7])).toHaveLength(3);
  });

  it('does not count guillemets, dashes and colons standing alone', () => {
    expect(countWords('« Bonjour » – dit-il : oui')).toBe(3);
  });

  it('splits on no-break spaces as French typography uses them', () => {
    expect(countWords('«\u00a0Bonjour\u00a0»\u202f!')).toBe(1);
  });

  it('trims punctuation from word ranges but keeps inner apostrophes', () => {
    const text = '«l’Ukraine»,';
    const [word] = tokenizeWords(text);
    expect(word && text.slice(word.start, word.end)).toBe('l’Ukraine');
  });

  it('stays linear on 100,000 punctuation characters', () => {
    const started = performance.now();
    expect(countWords('!'.repeat(100_000))).toBe(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
