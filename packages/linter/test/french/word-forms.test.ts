import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nspell from 'nspell';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWordForms } from '../../src/french/word-forms.js';

// A small dictionary with each feature nspell's verdict depends on: a suffix, a forbidden form,
// a keep-case name, a form only valid inside compounds, compound rules and an input conversion.
const aff = [
  'SET UTF-8',
  'KEEPCASE K',
  'FORBIDDENWORD F',
  'ONLYINCOMPOUND O',
  'COMPOUNDMIN 1',
  'COMPOUNDRULE 1',
  'COMPOUNDRULE n*o',
  'ICONV 1',
  "ICONV ’ '",
  'SFX S Y 1',
  'SFX S 0 s .',
  '',
].join('\n');
const dic = ['7', 'maison/S', 'chat/S', 'chats/F', 'Paris/K', '1/n', '2/n', 'er/oO', "aujourd'hui", ''].join(
  '\n',
);
const words = [
  'maison',
  'maisons',
  'Maisons',
  'MAISONS',
  'chat',
  'chats',
  'CHATS',
  'Paris',
  'paris',
  'PARIS',
  'er',
  '12er',
  '1er',
  'aujourd’hui',
  'AUJOURD’HUI',
  'inconnu',
  '',
  ' maison ',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plume-word-forms-'));
  process.env.PLUME_DICTIONARY_CACHE = dir;
});
afterEach(() => {
  delete process.env.PLUME_DICTIONARY_CACHE;
  rmSync(dir, { recursive: true, force: true });
});

describe('cached word forms', () => {
  it('answer exactly as nspell does, before and after the cache file is written', () => {
    const spell = nspell({ aff, dic });
    const expected = words.map((word) => spell.correct(word));
    expect(expected).toContain(true);
    expect(expected).toContain(false);
    const built = loadWordForms([aff, dic], () => ({ aff, dic }));
    expect(words.map((word) => built.correct(word))).toEqual(expected);
    expect(readdirSync(dir)).toHaveLength(1);
    const loaded = loadWordForms([aff, dic], () => {
      throw new Error('the cache file should have been used');
    });
    expect(words.map((word) => loaded.correct(word))).toEqual(expected);
    expect(loaded.has('maisons')).toBe(true);
    const code = (letter: string) => letter.charCodeAt(0);
    expect(loaded.letterTriples.has(code('c'), code('h'), code('a'))).toBe(true);
    expect(loaded.letterTriples.has(0, code('c'), code('h'))).toBe(true);
    expect(loaded.letterTriples.has(code('t'), code('s'), 0)).toBe(true);
    expect(loaded.letterTriples.has(code('c'), code('h'), code('c'))).toBe(false);
  });

  it('rebuilds a damaged cache file', () => {
    loadWordForms([aff, dic], () => ({ aff, dic }));
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file as string), '{not json\nmaison');
    const rebuilt = loadWordForms([aff, dic], () => ({ aff, dic }));
    expect(rebuilt.correct('maisons')).toBe(true);
  });

  it('still works when the cache directory cannot be written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    process.env.PLUME_DICTIONARY_CACHE = join(blocker, 'cache');
    const forms = loadWordForms([aff, dic], () => ({ aff, dic }));
    expect(forms.correct('maison')).toBe(true);
    expect(forms.correct('maisonx')).toBe(false);
  });

  it('keeps one cache file per dictionary identity', () => {
    loadWordForms([aff, dic], () => ({ aff, dic }));
    loadWordForms([aff, dic, 'prepared differently'], () => ({ aff, dic }));
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
