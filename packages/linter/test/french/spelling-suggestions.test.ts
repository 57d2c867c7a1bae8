import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchWordForms } from '../../src/french/speller.js';
import { spellingSuggestions } from '../../src/french/spelling-suggestions.js';
import { loadWordForms, type WordForms } from '../../src/french/word-forms.js';

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœ'];

/**
 * The plain search the pruned one must equal: every edit-distance-1 candidate in Norvig's order,
 * then every accenting of the plain `e`s, kept when the dictionary holds it as written or
 * lower-cased and `accept` takes it.
 */
function plainSuggestions(word: string, forms: WordForms, accept: (candidate: string) => boolean): string[] {
  const found: string[] = [];
  const consider = (candidate: string) => {
    const known = forms.has(candidate) || forms.has(candidate.toLowerCase());
    if (candidate !== word && candidate !== '' && !found.includes(candidate) && known && accept(candidate))
      found.push(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) consider(head + tail.slice(1));
    if (tail.length > 1) consider(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const letter of ALPHABET) {
      if (tail.length > 0) consider(head + letter + tail.slice(1));
      consider(head + letter + tail);
    }
  }
  const positions = [...word].flatMap((c, i) => (c === 'e' ? [i] : []));
  if (positions.length > 0 && positions.length <= 4) {
    let variants = [word];
    for (const p of positions)
      variants = variants.flatMap((v) => ['e', 'é', 'è', 'ê'].map((e) => v.slice(0, p) + e + v.slice(p + 1)));
    for (const variant of variants) consider(variant);
  }
  return found;
}

describe('spelling suggestions on the French dictionary', () => {
  const forms = frenchWordForms();
  const accept = (candidate: string) => forms.correct(candidate.replace(/’/gu, "'"));

  it('are exactly the plain search’s, in the same order', () => {
    const words = [
      'gouvernemnt',
      'eleve',
      'evenement',
      'developement',
      'acceuil',
      'aplication',
      'connaisance',
      'batiment',
      'dépences',
      'réunoin',
      'ptit',
      'maison',
      'Gouvernemnt',
      'PARIS',
      'ÉLEVE',
      'Élève',
      'peut-etre',
      'porte-monaie',
      'arc-en-ceil',
      'mots-clics',
      'aujourd’hui',
      "aujourd'hu",
      'kubernetes',
      'workflow',
      'xq',
      'a',
      'e',
      '',
      'eeeee',
      'entreprenneur',
      'İstanbul',
      'ΣΟΦΙΑ',
      'a😀b',
      'cœur',
      'coeur',
    ];
    for (const word of words)
      expect(spellingSuggestions(word, forms, accept), word).toEqual(plainSuggestions(word, forms, accept));
  });

  it('find the typos’ corrections', () => {
    expect(spellingSuggestions('gouvernemnt', forms, accept)).toContain('gouvernement');
    expect(spellingSuggestions('eleve', forms, accept)).toContain('élève');
    expect(spellingSuggestions('porte-monaie', forms, accept)).toContain('porte-monnaie');
  });
});

describe('spelling suggestions on a small dictionary', () => {
  let dir: string;
  let forms: WordForms;
  const accept = (candidate: string) => forms.correct(candidate);
  const suggest = (word: string) => spellingSuggestions(word, forms, accept);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plume-suggestions-'));
    process.env.PLUME_DICTIONARY_CACHE = dir;
    const aff = ['SET UTF-8', 'FORBIDDENWORD F', 'SFX S Y 1', 'SFX S 0 s .', ''].join('\n');
    const dic = ['8', 'abcd/S', 'été/S', 'élève', 'bac-à-sable', 'Dax', 'da', 'cab/F', 'ebb', ''].join('\n');
    forms = loadWordForms([aff, dic], () => ({ aff, dic }));
  });
  afterAll(() => {
    delete process.env.PLUME_DICTIONARY_CACHE;
    rmSync(dir, { recursive: true, force: true });
  });

  // Each of these words' only suggestion makes letter triples at the edge of its edit (the
  // letter before the one replaced or added, the one after) that a wrong pruning would miss.
  it('find edits at either end of a word, and the triples each edit makes', () => {
    expect(suggest('xbcd')).toEqual(['abcd']);
    expect(suggest('abcx')).toEqual(['abcd']);
    expect(suggest('abxd')).toEqual(['abcd']);
    expect(suggest('bcd')).toEqual(['abcd']);
    expect(suggest('abc')).toEqual(['abcd']);
    expect(suggest('bacd')).toEqual(['abcd']);
    expect(suggest('abdc')).toEqual(['abcd']);
    expect(suggest('abcdx')).toEqual(['abcd', 'abcds']);
  });

  it('find accents, capitalised words and names, but no forbidden form', () => {
    expect(suggest('ete')).toEqual(['été']);
    expect(suggest('eleve')).toEqual(['élève']);
    expect(suggest('Abcx')).toEqual(['Abcd']);
    expect(suggest('ABCX')).toEqual(['ABCd']);
    // A change of case is no edit: « Dax » is not suggested for « dax ».
    expect(suggest('dax')).toEqual(['da']);
    expect(suggest('bac-a-sable')).toEqual(['bac-à-sable']);
    expect(suggest('cabx')).toEqual([]);
  });

  it('equal the plain search on every short word over the dictionary’s letters', () => {
    const letters = [...'abcdeéx-D'];
    let words = [''];
    const all: string[] = [];
    for (let length = 1; length <= 4; length++) {
      words = words.flatMap((word) => letters.map((letter) => word + letter));
      all.push(...words);
    }
    let suggested = 0;
    for (const word of all) {
      const expected = plainSuggestions(word, forms, accept);
      suggested += expected.length;
      expect(suggest(word), word).toEqual(expected);
    }
    // The comparison means something only if many of these words have suggestions.
    expect(suggested).toBeGreaterThan(100);
  });
});
