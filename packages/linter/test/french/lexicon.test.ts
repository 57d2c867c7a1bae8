import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaryPath, frenchLexicon, parseDic } from '../../src/french/lexicon.js';

const VERB_FLAG = /^[a-z][0-9A-Z]/u;

describe('the French lexicon', () => {
  it('tells verbs from other words', () => {
    const lexicon = frenchLexicon();
    expect(lexicon.isVerb('adopter')).toBe(true);
    expect(lexicon.isVerb('finir')).toBe(true);
    expect(lexicon.isVerb('maison')).toBe(false);
    expect(lexicon.flags('maison').length).toBeGreaterThan(0);
  });

  it('calls a stem a verb exactly when one of its lines has a verb flag', () => {
    const text = ['4', 'aimer/a0p+', 'aimer/S.', 'table/S.', ' nu', 'x/ b1', '/a0', "tout/L'", 'pomme'].join(
      '\n',
    );
    const lexicon = parseDic(text);
    for (const stem of ['aimer', 'table', 'nu', 'x', '', 'tout', 'pomme', 'absent']) {
      expect(lexicon.isVerb(stem), stem).toBe(lexicon.flags(stem).some((flags) => VERB_FLAG.test(flags)));
    }
    expect(lexicon.isVerb('aimer')).toBe(true);
    expect(lexicon.isVerb('x')).toBe(true);
  });

  it('finds the same verbs as the flags of every stem of the French dictionary', () => {
    const lexicon = frenchLexicon();
    const stems = readFileSync(dictionaryPath('index.dic'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0]?.trim() ?? '');
    const disagreements = stems.filter(
      (stem) => lexicon.isVerb(stem) !== lexicon.flags(stem).some((flags) => VERB_FLAG.test(flags)),
    );
    expect(disagreements).toEqual([]);
  });
});
