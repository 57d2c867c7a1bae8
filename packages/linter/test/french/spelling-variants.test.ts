import { describe, expect, it } from 'vitest';
import { readerWords } from '../../src/article/reader-words.js';
import { frenchSpeller } from '../../src/french/speller.js';
import { isFrenchForm, withoutHyphenatedPronouns } from '../../src/french/spelling-variants.js';

const speller = frenchSpeller();
const accepted = (word: string) => isFrenchForm(word, speller.correct);

describe('French forms the word list misses', () => {
  it('accepts hyphenated inversions and imperatives, and the word list alone does not', () => {
    for (const word of [
      'peut-on',
      'existent-elles',
      'dit-elle',
      'a-t-il',
      'viendra-t-elle',
      'dites-le-moi',
      'sais-je',
      'vas-tu',
      'allons-nous',
      'pensent-ils',
    ]) {
      expect(speller.correct(word), word).toBe(false);
      expect(accepted(word), word).toBe(true);
    }
    expect(withoutHyphenatedPronouns('allez-vous-en')).toBe('allez');
  });

  it('accepts the 1990 spellings and regular plurals of compounds', () => {
    for (const word of [
      'sénior',
      'interpèle',
      'postériori',
      'règlementation',
      'connaitre',
      'ambigüe',
      'porte-paroles',
      'après-midis',
    ]) {
      expect(speller.correct(word), word).toBe(false);
      expect(accepted(word), word).toBe(true);
    }
  });

  it('still rejects typos, also inside inversions and compounds', () => {
    for (const word of [
      'élécteurs',
      'gouvernemnt',
      'peux-tonn',
      'dépences-elles',
      'porte-parolles',
      'interpèlle',
    ]) {
      expect(accepted(word), word).toBe(false);
    }
  });
});

describe('words as a reader reads them', () => {
  const span = (text: string, start: number) => ({
    text,
    start: { line: 1, column: start + 1, offset: start },
    end: { line: 1, column: start + text.length + 1, offset: start + text.length },
  });
  it('joins a word split by invisible markup, never a word split by a space', () => {
    const text = 'le facili<wbr>tateur et **budgé**taire, puis deux mots';
    const words = [
      span('le', 0),
      span('facili', 3),
      span('tateur', 14),
      span('et', 21),
      span('budgé', 26),
      span('taire', 33),
      span('puis', 40),
      span('deux', 45),
      span('mots', 50),
    ];
    const got = readerWords({ text, body: { words } }, speller.correct).map((word) => word.text);
    expect(got).toEqual(['le', 'facilitateur', 'et', 'budgétaire', 'puis', 'deux', 'mots']);
  });
  it('keeps the words on both sides of a line break apart', () => {
    const text = 'fin<br>début';
    const words = [span('fin', 0), span('début', 7)];
    expect(readerWords({ text, body: { words } }, speller.correct).map((word) => word.text)).toEqual([
      'fin',
      'début',
    ]);
  });
  it('joins a word hyphenated at a line end only when the whole word is known', () => {
    const text = 'un budgé-\ntaire et un facili-\nteur';
    const words = [
      span('un', 0),
      span('budgé', 3),
      span('taire', 10),
      span('et', 16),
      span('un', 19),
      span('facili', 22),
      span('teur', 30),
    ];
    expect(readerWords({ text, body: { words } }, speller.correct).map((word) => word.text)).toEqual([
      'un',
      'budgétaire',
      'et',
      'un',
      'facili',
      'teur',
    ]);
  });
});
