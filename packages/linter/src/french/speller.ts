import { readFileSync } from 'node:fs';
import { dictionaryPath } from './lexicon.js';
import { type HunspellFiles, loadWordForms } from './word-forms.js';

/**
 * A French spell checker over the Hunspell dictionary of `dictionary-fr`, built once per
 * thread. nspell expands every affix of the dictionary up front: with the elision prefixes
 * (l’, d’, qu’… on every noun and verb) that is 3 million forms, 8 s and 460 MB. Plume strips
 * those prefix flags before building (450 000 forms) and removes the elided article from a word
 * before looking it up, which gives the same answers. The expanded forms are cached on disk
 * (see word-forms.ts), so only the first run on a machine pays for the expansion.
 */
export interface Speller {
  correct(word: string): boolean;
  /** Dictionary words one edit away (a letter added, removed, replaced, an accent changed). */
  suggest(word: string): string[];
}

let cached: Speller | undefined;
let english: ((word: string) => boolean) | undefined;

export function frenchSpeller(): Speller {
  cached ??= build();
  return cached;
}

/**
 * Whether a word is English (dictionary-en, once per thread): French technical and business
 * writing borrows English words (scope, component, runner) that are no typos.
 */
export function isEnglishWord(word: string): boolean {
  if (english === undefined) {
    const files = {
      aff: readFileSync(dictionaryPath('index.aff', 'dictionary-en'), 'utf8'),
      dic: readFileSync(dictionaryPath('index.dic', 'dictionary-en'), 'utf8'),
    };
    const forms = loadWordForms([files.aff, files.dic], () => files);
    english = (candidate) => forms.correct(candidate);
  }
  return english(word);
}

/** Two-character flags (`FLAG long`) ending in an apostrophe are the elision prefixes. */
const dropElisionFlags = (flags: string): string =>
  (flags.match(/../gu) ?? []).filter((pair) => !pair.endsWith("'")).join('');

/** The French dictionary without its elision prefixes (see the top of this file). */
function withoutElisions(aff: string, dic: string): HunspellFiles {
  return {
    dic: dic.replace(/^([^/\n]+)\/(\S+)/gmu, (_line, word: string, flags: string) => {
      const kept = dropElisionFlags(flags);
      return kept === '' ? word : `${word}/${kept}`;
    }),
    aff: aff.replace(
      /^((?:SFX|PFX) \S+ \S+ )([^/\s]+)\/(\S+)/gmu,
      (_line, head: string, affix: string, flags: string) => {
        const kept = dropElisionFlags(flags);
        return kept === '' ? `${head}${affix}` : `${head}${affix}/${kept}`;
      },
    ),
  };
}

function build(): Speller {
  const aff = readFileSync(dictionaryPath('index.aff'), 'utf8');
  const dic = readFileSync(dictionaryPath('index.dic'), 'utf8');
  const spell = loadWordForms([aff, dic, 'without elision prefixes'], () => withoutElisions(aff, dic));
  // Articles share most of their vocabulary: each distinct word is checked once per thread.
  const verdicts = new Map<string, boolean>();
  const correct = (word: string): boolean => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = spell.correct(word.replace(/’/gu, "'"));
      if (verdicts.size < 500_000) verdicts.set(word, verdict);
    }
    return verdict;
  };
  // correct() normalises every call through the dictionary's ICONV table; most of the thousand
  // candidates of a suggestion are not words at all, and a look-up in the table of forms rules
  // them out first (the suggestions are the same, ten times faster).
  const candidate = (word: string) => {
    const lower = word.toLowerCase();
    return (
      (spell.has(word) || (lower !== word && spell.has(lower))) && spell.correct(word.replace(/’/gu, "'"))
    );
  };
  // The same unknown words (jargon, loanwords) come back in file after file; a suggestion costs
  // about a thousand lookups, so each word's is worked out once per thread.
  const suggestions = new Map<string, string[]>();
  // A letter put between two others that never surround it in any form cannot make a form, so
  // most of the ninety insertions and replacements tried per position are ruled out before a
  // string is built.
  const plausible: Plausible = (before, letter, after) => spell.hasLetterTriple(before, letter, after);
  const suggest = (word: string): string[] => {
    let found = suggestions.get(word);
    if (found === undefined) {
      found = oneEditAway(word, candidate, plausible);
      suggestions.set(word, found);
    }
    return found;
  };
  return { correct, suggest };
}

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœ'];

/** Letter codes around a letter; 0 stands for the start or the end of the word. */
type Plausible = (before: number, letter: number, after: number) => boolean;

/** Peter Norvig's candidates at edit distance 1, kept when the dictionary knows them. */
function oneEditAway(
  word: string,
  correct: (word: string) => boolean,
  plausible: Plausible = () => true,
): string[] {
  const found = new Set<string>();
  const lower = word.toLowerCase();
  const codeAt = (index: number) => (index >= 0 && index < lower.length ? lower.charCodeAt(index) : 0);
  const consider = (candidate: string) => {
    if (candidate !== word && candidate.length > 0 && !found.has(candidate) && correct(candidate))
      found.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) consider(head + tail.slice(1));
    if (tail.length > 1) consider(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const letter of ALPHABET) {
      const code = letter.charCodeAt(0);
      if (tail.length > 0 && plausible(codeAt(i - 1), code, codeAt(i + 1)))
        consider(head + letter + tail.slice(1));
      if (plausible(codeAt(i - 1), code, codeAt(i))) consider(head + letter + tail);
    }
  }
  // Missing accents are the commonest French typo and often come several to a word (eleve).
  for (const variant of accentVariants(word)) consider(variant);
  return [...found];
}

const E_VARIANTS = ['e', 'é', 'è', 'ê'];

/** Every way of accenting the plain `e`s of a word, up to four of them. */
function accentVariants(word: string): string[] {
  const positions = [...word].flatMap((c, i) => (c === 'e' ? [i] : []));
  if (positions.length === 0 || positions.length > 4) return [];
  let variants = [word];
  for (const position of positions) {
    variants = variants.flatMap((v) =>
      E_VARIANTS.map((e) => v.slice(0, position) + e + v.slice(position + 1)),
    );
  }
  return variants;
}
