import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const split = (text: string) => splitSentences(text).map((range) => text.slice(range.start, range.end));

describe('splitSentences (French)', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(split('Il pleut. Tu viens ? Oui ! Bien.')).toEqual(['Il pleut.', 'Tu viens ?', 'Oui !', 'Bien.']);
  });

  it('keeps titles and abbreviations inside the sentence', () => {
    expect(split('M. Dupont et Mme Martin ont vu le Dr Petit. Ils sont partis.')).toEqual([
      'M. Dupont et Mme Martin ont vu le Dr Petit.',
      'Ils sont partis.',
    ]);
    expect(split('Des fruits, p. ex. des pommes. Et du pain.')).toEqual([
      'Des fruits, p. ex. des pommes.',
      'Et du pain.',
    ]);
    expect(split('Selon J. Dupont, tout va bien. Vraiment.')).toEqual([
      'Selon J. Dupont, tout va bien.',
      'Vraiment.',
    ]);
  });

  it('does not split decimals', () => {
    expect(split('La croissance atteint 3,5 % contre 3.5 % prévu. Fin.')).toEqual([
      'La croissance atteint 3,5 % contre 3.5 % prévu.',
      'Fin.',
    ]);
  });

  it('ends the sentence after guillemets that close after the full stop', () => {
    expect(split('Il a dit : « Nous partons. » Puis il est sorti.')).toEqual([
      'Il a dit : « Nous partons. »',
      'Puis il est sorti.',
    ]);
    expect(split('« Nous partons. », a-t-il dit. Fin.')).toEqual(['« Nous partons. », a-t-il dit.', 'Fin.']);
  });

  it('handles ellipses and combined marks', () => {
    expect(split('Et puis… Rien. Vraiment ?! Oui... Enfin.')).toEqual([
      'Et puis…',
      'Rien.',
      'Vraiment ?!',
      'Oui...',
      'Enfin.',
    ]);
  });

  it('ends a sentence at etc. when a capital follows', () => {
    expect(split('Des pommes, des poires, etc. Le marché ferme.')).toEqual([
      'Des pommes, des poires, etc.',
      'Le marché ferme.',
    ]);
  });

  it('stays linear on 100,000 repeated punctuation characters', () => {
    const started = performance.now();
    splitSentences('. '.repeat(50_000));
    splitSentences('?'.repeat(100_000));
    splitSentences('A. '.repeat(30_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
