import { describe, expect, it } from 'vitest';
import { fleschCounts, fleschFr, kandelMoles } from '../../src/french/flesch.js';

const sentence = (text: string) => ({ words: text.split(/\s+/u).map((w) => ({ text: w })) });

describe('Kandel–Moles reading ease', () => {
  it('applies 207 − 1.015·W/S − 73.6·Syl/W', () => {
    expect(kandelMoles({ words: 100, sentences: 5, syllables: 150 })).toBeCloseTo(207 - 20.3 - 110.4, 10);
  });

  it('is undefined for a text with no words', () => {
    expect(kandelMoles({ words: 0, sentences: 0, syllables: 0 })).toBeUndefined();
    expect(fleschFr([])).toBeUndefined();
  });

  it('counts words, sentences and French syllables of sentences', () => {
    expect(fleschCounts([sentence('Le chat dort.'), sentence('La maison est belle.')])).toEqual({
      words: 7,
      sentences: 2,
      syllables: 8,
    });
  });

  it('scores short plain sentences as easier than long learned ones', () => {
    const easy = fleschFr([sentence('Le chat dort.'), sentence('Il fait beau.')]);
    const hard = fleschFr([
      sentence(
        'Les considérations institutionnelles relatives à la gouvernementalité contemporaine nécessitent une réévaluation épistémologique approfondie des présupposés méthodologiques.',
      ),
    ]);
    expect(easy).toBeGreaterThan(90);
    expect(hard).toBeLessThan(10);
  });
});
