import { describe, expect, it } from 'vitest';
import { findTransition, TRANSITION_PHRASES } from '../../src/french/transitions.js';

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

  it('finds every phrase of its list, whole, opening a sentence', () => {
    const missed = [...TRANSITION_PHRASES].filter(
      (phrase) => findTransition(words(`${phrase} le vote a eu lieu.`)) !== phrase,
    );
    expect(missed).toEqual([]);
  });

  it('finds a phrase that runs to the last word of the sentence', () => {
    expect(findTransition(words('Le vote a eu lieu à l’instar de'))).toBe("à l'instar de");
    expect(findTransition(words('Le vote a eu lieu à l’instar'))).toBeUndefined();
  });

  it('reads « de plus en plus » as no transition, and a sentence-opening phrase elsewhere as none', () => {
    expect(findTransition(words('Il travaille de plus en plus.'))).toBeUndefined();
    expect(findTransition(words('Il a vu au moins trois films.'))).toBeUndefined();
    expect(findTransition(words('Au moins, il a essayé.'))).toBe('au moins');
  });

  it('tells a phrase that may stand anywhere from its start that may only open a sentence', () => {
    expect(findTransition(words('Il a gagné en plus de son salaire.'))).toBe('en plus de');
    expect(findTransition(words('Il a gagné en plus.'))).toBeUndefined();
  });

  it('finds none in a sentence without a connector', () => {
    expect(findTransition(words('Le chat dort sur le canapé.'))).toBeUndefined();
  });
});
