import { describe, expect, it } from 'vitest';
import { frenchSpeller } from '../../src/french/speller.js';

describe('French speller', () => {
  const speller = frenchSpeller();

  it('knows inflected French words, with either apostrophe', () => {
    for (const word of ['maison', 'mangeaient', 'abandonnerons', 'aujourd’hui', "aujourd'hui", 'peut-être']) {
      expect(speller.correct(word), word).toBe(true);
    }
  });

  it('rejects misspelled words and suggests the words one edit away', () => {
    expect(speller.correct('gouvernemnt')).toBe(false);
    expect(speller.suggest('gouvernemnt')).toContain('gouvernement');
    expect(speller.suggest('eleve')).toEqual(expect.arrayContaining(['élève']));
  });

  it('is built once per process', () => {
    expect(frenchSpeller()).toBe(speller);
  });
});
