import { describe, expect, it } from 'vitest';
import { arialWidth } from '../../src/text/arial-width.js';
import { slugify } from '../../src/text/normalize.js';

describe('arialWidth (Arial 20 px, Google desktop titles)', () => {
  it('measures narrow and wide letters differently', () => {
    expect(arialWidth('iiii')).toBeCloseTo((4 * 455 * 20) / 2048);
    expect(arialWidth('MMMM')).toBeGreaterThan(3 * arialWidth('iiii'));
  });

  it('gives accented letters the width of their base letter and knows French punctuation', () => {
    expect(arialWidth('é')).toBe(arialWidth('e'));
    expect(arialWidth('À')).toBe(arialWidth('A'));
    expect(arialWidth('«\u00a0»')).toBeCloseTo(((1139 * 2 + 569) * 20) / 2048);
  });
});

describe('slugs', () => {
  it('makes ASCII slugs from French text', () => {
    expect(slugify('Élections à Lyon : le bilan')).toBe('elections-a-lyon-le-bilan');
    expect(slugify('Cœur')).toBe('coeur');
    expect(slugify('Li Shangfu à Moscou : une « nouvelle ère » pour l’armée')).toBe(
      'li-shangfu-a-moscou-une-nouvelle-ere-pour-l-armee',
    );
    expect(slugify('Cœur d’Œuvre, été 2023 !')).toBe('coeur-d-oeuvre-ete-2023');
  });

  it('cuts a slug at a word boundary within the limit', () => {
    const long = slugify('mot '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(75);
    expect(long.endsWith('-')).toBe(false);
    expect(slugify('anticonstitutionnellement', 10)).toBe('anticonsti');
  });
});
