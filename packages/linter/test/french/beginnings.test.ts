import { describe, expect, it } from 'vitest';
import { repeatedBeginnings, sentenceBeginning } from '../../src/french/beginnings.js';

const begin = (sentence: string) => sentenceBeginning(sentence.split(/\s+/u));

describe('sentence beginnings', () => {
  it('takes the first word, lower-cased and without punctuation', () => {
    expect(begin('Ensuite, il part.')).toBe('ensuite');
  });

  it('adds the next word after an article, a determiner or a number', () => {
    expect(begin('Le chat dort.')).toBe('le chat');
    expect(begin('L’État répond.')).toBe("l' état");
    expect(begin('2024 fut une année.')).toBe('2024 fut');
  });

  it('finds runs of consecutive sentences beginning the same way', () => {
    const runs = repeatedBeginnings(['il', 'il', 'il', 'elle', 'il', 'il', 'on', 'on', 'on', 'on'], 3);
    expect(runs).toEqual([
      { start: 0, length: 3, beginning: 'il' },
      { start: 6, length: 4, beginning: 'on' },
    ]);
  });

  it('never counts sentences without words as a run', () => {
    expect(repeatedBeginnings([undefined, undefined, undefined], 3)).toEqual([]);
  });
});
