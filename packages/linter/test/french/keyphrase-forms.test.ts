import { describe, expect, it } from 'vitest';
import { parseKeyphrase } from '../../src/french/keyphrase-forms.js';
import { keyphraseSlug } from '../../src/french/keyphrase-slug.js';

describe('French keyphrase matching', () => {
  const keyphrase = parseKeyphrase('coopération militaire');

  it('finds the content words in any order, articles and longer phrases around them', () => {
    expect(keyphrase.keys).toEqual(['cooperation', 'militair']);
    expect(keyphrase.match('la coopération militaire russo-chinoise').found).toBe(2);
    expect(keyphrase.match('militaire, la coopération ?').occurrences).toBe(1);
  });

  it('matches plural and feminine forms, and accents or case do not count', () => {
    expect(keyphrase.match('Les COOPERATIONS MILITAIRES se multiplient').occurrences).toBe(1);
    expect(parseKeyphrase('relation européenne').match('des relations européennes').found).toBe(2);
    expect(parseKeyphrase('conseil général').match('les conseils généraux').found).toBe(2);
    expect(parseKeyphrase('acteur actif').match('une actrice active').found).toBe(2);
  });

  it('cuts elided articles off and ignores function words', () => {
    const armee = parseKeyphrase('l’armée de l’air');
    expect(armee.keys).toEqual(['arme', 'air']);
    expect(armee.match("L'armée et l’air").found).toBe(2);
    expect(parseKeyphrase('de la').keys).toEqual([]);
  });

  it('matches only the exact words without word forms, as free Yoast does', () => {
    const exact = parseKeyphrase('coopération militaire', { forms: false });
    expect(exact.match('coopérations militaires').found).toBe(0);
    expect(exact.match('La Cooperation militaire').found).toBe(2);
  });

  it('counts full occurrences as the fewest times any content word occurs', () => {
    expect(keyphrase.match('coopération militaire, coopération militaire, coopération').occurrences).toBe(2);
    expect(keyphrase.match('coopération, coopération').occurrences).toBe(0);
  });

  it('knows whether a title begins with the keyphrase, articles aside', () => {
    expect(keyphrase.beginsWith('La coopération militaire russo-chinoise')).toBe(true);
    expect(keyphrase.beginsWith('Coopérations militaires : le bilan')).toBe(true);
    expect(keyphrase.beginsWith('Moscou et la coopération militaire')).toBe(false);
    expect(keyphrase.beginsWith('Militaire, la coopération')).toBe(false);
  });
});

describe('slugs that keep the keyphrase', () => {
  const title =
    'Russie et Chine : un ministre de la Défense reçu au Kremlin pour parler longuement de la coopération militaire';

  it('keeps the keyphrase within 75 characters when the title holds it', () => {
    const slug = keyphraseSlug(title, 'coopération militaire');
    expect(slug.length).toBeLessThanOrEqual(75);
    expect(slug).toMatch(/cooperation-militaire$/);
    expect(slug.startsWith('russie-chine-ministre-defense')).toBe(true);
  });

  it('is the plain slug when the title is short enough or has no keyphrase', () => {
    expect(keyphraseSlug('La coopération militaire', 'coopération militaire')).toBe(
      'la-cooperation-militaire',
    );
    expect(keyphraseSlug(title, undefined)).toBe(keyphraseSlug(title, 'Ukraine'));
    expect(keyphraseSlug(title, undefined).length).toBeLessThanOrEqual(75);
  });
});
