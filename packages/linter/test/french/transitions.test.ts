import { describe, expect, it } from 'vitest';
import { findTransition } from '../../src/french/transitions.js';

const words = (sentence: string) => sentence.split(/\s+/u);

describe('French transition words', () => {
  it.each([
    ['Cependant, le projet avance.', 'cependant'],
    ['Il pleut, par conséquent nous restons.', 'par conséquent'],
    ['Tout d’abord, posons le décor.', "tout d'abord"],
    ["C'est pourquoi la loi change.", "c'est pourquoi"],
    ['Le budget, en revanche, baisse.', 'en revanche'],
  ])('finds the transition in « %s »', (sentence, expected) => {
    expect(findTransition(words(sentence))).toBe(expected);
  });

  it('prefers the longest phrase at a position', () => {
    expect(findTransition(words('De même que hier, il pleut.'))).toBe('de même que');
  });

  it('finds none in a sentence without a connector', () => {
    expect(findTransition(words('Le chat dort sur le canapé.'))).toBeUndefined();
  });
});
