import { describe, expect, it } from 'vitest';
import { baseLanguage, identifyLanguage, languageSample } from '../../src/french/language.js';

const french =
  'Le gouvernement a présenté mercredi un projet de loi destiné à simplifier les démarches des ' +
  'entreprises. Les syndicats estiment que ce texte ne répond pas aux attentes des salariés, ' +
  'tandis que le patronat salue une avancée attendue depuis longtemps par les petites sociétés.';
const english =
  'The government presented a bill on Wednesday intended to simplify procedures for companies. ' +
  'Unions say the text does not meet the expectations of employees, while employers welcome a ' +
  'step forward that small businesses have been waiting for for a long time.';

describe('language identification', () => {
  it('identifies French and English as ISO 639-1 codes', () => {
    expect(identifyLanguage(french)).toBe('fr');
    expect(identifyLanguage(english)).toBe('en');
  });

  it('gives no verdict on a text too short to tell', () => {
    expect(identifyLanguage('Bonjour à tous.')).toBeUndefined();
  });

  it('reads the base language of a regional tag', () => {
    expect(baseLanguage('fr-CA')).toBe('fr');
    expect(baseLanguage('FR_fr')).toBe('fr');
  });

  it('reads a long text in three windows of whole words, start, middle and end', () => {
    const long = `${french} `.repeat(20) + `${english} `.repeat(3) + `${french} `.repeat(20);
    const sample = languageSample(long);
    expect(sample.length).toBeLessThanOrEqual(3 * 300 + 2);
    expect(sample.length).toBeGreaterThan(3 * 250);
    expect(sample.startsWith(french.slice(0, 40))).toBe(true);
    expect(sample.endsWith('petites sociétés.')).toBe(true);
    for (const word of sample.split(' ')) expect(long).toContain(word);
    expect(identifyLanguage(long)).toBe('fr');
  });

  it('is not swayed by a long quotation at the start of a French text', () => {
    const text = `${english} `.repeat(4) + `${french} `.repeat(30);
    expect(identifyLanguage(text)).toBe('fr');
    expect(languageSample(french)).toBe(french);
  });
});
