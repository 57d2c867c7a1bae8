import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../src/french/syllables.js';

describe('countSyllables', () => {
  it.each([
    ['chat', 1],
    ['maison', 2],
    ['école', 2],
    ['beaucoup', 2],
    ['oiseau', 2],
    ['aujourd’hui', 3],
    ['crayon', 2],
    ['poésie', 3],
    ['Noël', 2],
    ['naïf', 2],
    ['théâtre', 2],
    ['créatrice', 3],
    ['électricité', 5],
    ['gouvernement', 4],
    ['Ukraine', 2],
    ['quelque', 1],
    ['guerre', 1],
    ['idée', 2],
    ['vie', 1],
    ['table', 1],
    ['tables', 1],
  ])('counts %s as %i spoken syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it('treats the -ent of a plural verb as silent but not that of a noun or adverb', () => {
    expect(countSyllables('mangent')).toBe(1);
    expect(countSyllables('parlent')).toBe(1);
    expect(countSyllables('étaient')).toBe(2);
    expect(countSyllables('moment')).toBe(2);
    expect(countSyllables('souvent')).toBe(2);
    expect(countSyllables('président')).toBe(3);
  });

  it('drops elided articles and pronouns, and sums the parts of hyphenated words', () => {
    expect(countSyllables('l’Ukraine')).toBe(2);
    expect(countSyllables("qu'il")).toBe(1);
    expect(countSyllables('jusqu’à')).toBe(2);
    expect(countSyllables('a-t-il')).toBe(2);
    expect(countSyllables('peut-être')).toBe(2);
  });

  it('never counts a word as less than one syllable', () => {
    expect(countSyllables('2022')).toBe(1);
    expect(countSyllables('%')).toBe(1);
  });
});
