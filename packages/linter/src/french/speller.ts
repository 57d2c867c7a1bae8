import { readFileSync } from 'node:fs';
import { dictionaryPath } from './lexicon.js';
import { spellingSuggestions } from './spelling-suggestions.js';
import { type HunspellFiles, loadWordForms, type WordForms } from './word-forms.js';

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

export function frenchSpeller(): Speller {
  cached ??= build();
  return cached;
}

/**
 * Whether a word is English (dictionary-en): French technical and business writing borrows
 * English words (scope, component, runner) that are no typos.
 */
export function isEnglishWord(word: string): boolean {
  return englishWordForms().correct(word);
}

let englishForms: WordForms | undefined;

/** The forms of the English dictionary, loaded once per thread. */
export function englishWordForms(): WordForms {
  if (englishForms === undefined) {
    const files = {
      aff: readFileSync(dictionaryPath('index.aff', 'dictionary-en'), 'utf8'),
      dic: readFileSync(dictionaryPath('index.dic', 'dictionary-en'), 'utf8'),
    };
    englishForms = loadWordForms([files.aff, files.dic], () => files);
  }
  return englishForms;
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

let frenchForms: WordForms | undefined;

/** The forms of the French dictionary without its elision prefixes, loaded once per thread. */
export function frenchWordForms(): WordForms {
  if (frenchForms === undefined) {
    const aff = readFileSync(dictionaryPath('index.aff'), 'utf8');
    const dic = readFileSync(dictionaryPath('index.dic'), 'utf8');
    frenchForms = loadWordForms([aff, dic, 'without elision prefixes'], () => withoutElisions(aff, dic));
  }
  return frenchForms;
}

function build(): Speller {
  const spell = frenchWordForms();
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
  // The same unknown words (jargon, loanwords) come back in file after file; a suggestion is the
  // costliest question asked of the dictionary, so each word's is worked out once per thread.
  const suggestions = new Map<string, string[]>();
  const accept = (candidate: string) => spell.correct(candidate.replace(/’/gu, "'"));
  const suggest = (word: string): string[] => {
    let found = suggestions.get(word);
    if (found === undefined) {
      found = spellingSuggestions(word, spell, accept);
      suggestions.set(word, found);
    }
    return found;
  };
  return { correct, suggest };
}
