import { describe, expect, it } from 'vitest';
import { normaliseWord } from '../../src/french/normalise-word.js';

/** The definition: lower case, straight apostrophes, no punctuation at either end. */
const reference = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[’ʼ]/gu, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

describe('normaliseWord', () => {
  it('lowers case, straightens apostrophes and strips end punctuation', () => {
    expect(normaliseWord('«L’État»')).toBe("l'état");
    expect(normaliseWord('Déjà,')).toBe('déjà');
    expect(normaliseWord('aujourd’hui')).toBe("aujourd'hui");
    expect(normaliseWord('été')).toBe('été');
    expect(normaliseWord('2024')).toBe('2024');
  });

  it('agrees with its definition on every single character and on mixed words', () => {
    const words = [
      'déjà',
      'œuvre',
      'ŒUVRE',
      'ÿ',
      'straße',
      'x÷y',
      '÷',
      'naïve',
      'Zoé',
      'l’été',
      'a-t-il',
      '',
    ];
    for (let code = 0; code <= 0x2fff; code++) words.push(`a${String.fromCharCode(code)}`);
    expect(words.filter((word) => normaliseWord(word) !== reference(word))).toEqual([]);
  });
});
