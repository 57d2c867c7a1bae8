import { describe, expect, it } from 'vitest';
import { foldName, properName, sourceNames } from '../../src/faithfulness/names.js';
import { findNumbers, sourceValues } from '../../src/faithfulness/numbers.js';
import { normaliseSource, quoteInSource } from '../../src/faithfulness/quote-match.js';

const source = normaliseSource(
  "Le ministre a déclaré : \"Nous n'abandonnerons jamais l'Ukraine, quoi qu'il arrive, et nous le dirons à Moscou.\"",
);

describe('quotations against their source', () => {
  it('finds a quote whatever its apostrophes, guillemets, spaces and case', () => {
    expect(quoteInSource('«\u00A0Nous n’abandonnerons JAMAIS l’Ukraine\u202F»', source)).toBe(true);
  });

  it('accepts cuts marked by an ellipsis, in order', () => {
    expect(
      quoteInSource('« Nous n’abandonnerons jamais l’Ukraine […] nous le dirons à Moscou »', source),
    ).toBe(true);
    expect(quoteInSource('« nous le dirons à Moscou… Nous n’abandonnerons jamais »', source)).toBe(false);
  });

  it('rejects a quote whose words were changed', () => {
    expect(quoteInSource('« Nous n’abandonnerons pas l’Ukraine »', source)).toBe(false);
  });

  it('matches whole words only', () => {
    expect(quoteInSource('« ministr »', source)).toBe(false);
  });
});

describe('numbers', () => {
  it('reads French and English thousands and decimals as the same values', () => {
    const values = findNumbers('1 000 soldats, 1000 chars, 1,5 % et 1.5 point, 24\u202F000 euros').map(
      (n) => n.values,
    );
    expect(values).toEqual([[1000], [1000], [1.5], [1.5], [24000]]);
  });

  it('keeps both readings of an ambiguous form', () => {
    expect(findNumbers('1.500 personnes')[0]?.values.sort()).toEqual([1.5, 1500]);
  });

  it('gives the exact place of each number', () => {
    expect(findNumbers('Le 24 février 2022.')).toMatchObject([
      { start: 3, end: 5, text: '24' },
      { start: 14, end: 18, text: '2022' },
    ]);
  });

  it('collects what a source mentions, written-out numbers included', () => {
    const values = sourceValues('Trois chars et 1 500 soldats, le 24 février 2022.');
    expect([...values].sort((a, b) => a - b)).toEqual([3, 24, 1500, 2022]);
  });
});

describe('proper names', () => {
  it('recognises capitalised names and drops elided articles', () => {
    expect(properName('Zelensky')).toBe('Zelensky');
    expect(properName('d’Ukraine')).toBe('Ukraine');
    expect(properName('OTAN')).toBe('OTAN');
  });

  it('ignores common words written with a capital and lower-case words', () => {
    expect(properName('État')).toBeUndefined();
    expect(properName('Gouvernement')).toBeUndefined();
    expect(properName('Présidents')).toBeUndefined();
    expect(properName('soldats')).toBeUndefined();
  });

  it('compares names without case or accents and across hyphens', () => {
    const names = sourceNames('Volodymyr Zélensky et Jean-Yves Le Drian');
    expect(names.has(foldName('ZELENSKY'))).toBe(true);
    expect(names.has(foldName('Yves'))).toBe(true);
    expect(names.has(foldName('Poutine'))).toBe(false);
  });
});
