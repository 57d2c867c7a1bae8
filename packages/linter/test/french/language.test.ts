import { describe, expect, it } from 'vitest';
import { baseLanguage, identifyLanguage, languageSample, SAMPLE_WINDOW } from '../../src/french/language.js';

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
    expect(sample.length).toBeLessThanOrEqual(3 * SAMPLE_WINDOW + 2);
    expect(sample.length).toBeGreaterThan(3 * (SAMPLE_WINDOW - 50));
    expect(sample.startsWith(french.slice(0, 40))).toBe(true);
    expect(sample.endsWith('petites sociétés.')).toBe(true);
    for (const word of sample.split(' ')) expect(long).toContain(word);
    expect(identifyLanguage(long)).toBe('fr');
  });

  // Long enough to be read in three windows, so the sample is what franc sees.
  it.each([
    [
      'de',
      'Die Bundesregierung hat am Mittwoch einen Gesetzentwurf vorgestellt, der die Verfahren für ' +
        'Unternehmen vereinfachen soll. Die Gewerkschaften sind der Meinung, dass der Text nicht den ' +
        'Erwartungen der Beschäftigten entspricht, während die Arbeitgeber einen Fortschritt begrüßen, ' +
        'auf den kleine Betriebe schon lange gewartet haben. Im Parlament wird das Vorhaben nach der ' +
        'Sommerpause beraten, und mehrere Abgeordnete wollen noch Änderungen durchsetzen.',
    ],
    [
      'es',
      'El Gobierno presentó el miércoles un proyecto de ley destinado a simplificar los trámites de ' +
        'las empresas. Los sindicatos consideran que el texto no responde a las expectativas de los ' +
        'trabajadores, mientras que la patronal celebra un avance que las pequeñas sociedades esperaban ' +
        'desde hace mucho tiempo. El Parlamento debatirá la reforma después del verano y varios ' +
        'diputados quieren introducir cambios antes de la votación final.',
    ],
    [
      'it',
      'Il governo ha presentato mercoledì un disegno di legge volto a semplificare le procedure per le ' +
        'imprese. I sindacati ritengono che il testo non risponda alle aspettative dei lavoratori, ' +
        'mentre gli imprenditori accolgono con favore un passo avanti atteso da tempo dalle piccole ' +
        'aziende. Il Parlamento discuterà la riforma dopo la pausa estiva e diversi deputati vogliono ' +
        'ancora modificare alcuni articoli prima del voto finale.',
    ],
    ['en', english],
    ['fr', french],
  ])('identifies a long %s text from its sample', (code, paragraph) => {
    const text = `${paragraph} ${paragraph}`;
    expect(text.length).toBeGreaterThan(3 * SAMPLE_WINDOW);
    expect(identifyLanguage(text)).toBe(code);
  });

  it('is not swayed by a long quotation at the start of a French text', () => {
    const text = `${english} `.repeat(4) + `${french} `.repeat(30);
    expect(identifyLanguage(text)).toBe('fr');
    expect(languageSample(french)).toBe(french);
  });
});
