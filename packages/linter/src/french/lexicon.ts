import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The stems of the French Hunspell dictionary (`dictionary-fr`, MPL-2.0) with their affix
 * flags, read synchronously once per process (about 50 ms) because rules run synchronously.
 * The flags tell verbs from other words: `a0`…`f0`, `tA`… mark conjugated verbs, `F.` and `S.`
 * adjectives and nouns that inflect in gender or number.
 */
export interface Lexicon {
  /** Affix flags of each stem; one entry per line of the dictionary, so a word may have several. */
  flags(stem: string): readonly string[];
  isVerb(infinitive: string): boolean;
}

let cached: Lexicon | undefined;

/** A file of a Hunspell dictionary package, resolved from this module. */
export function dictionaryPath(
  file: 'index.dic' | 'index.aff',
  dictionary: 'dictionary-fr' | 'dictionary-en' = 'dictionary-fr',
): string {
  return fileURLToPath(new URL(file, import.meta.resolve(dictionary)));
}

export function frenchLexicon(): Lexicon {
  cached ??= parseDic(readFileSync(dictionaryPath('index.dic'), 'utf8'));
  return cached;
}

const VERB_FLAG = /^[a-z][0-9A-Z]/u;

export function parseDic(text: string): Lexicon {
  const entries = new Map<string, string[]>();
  // The first line is the entry count.
  for (const line of text.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const stem = slash === -1 ? line.trim() : line.slice(0, slash);
    if (stem === '') continue;
    const flags = slash === -1 ? '' : line.slice(slash + 1).trim();
    const list = entries.get(stem);
    if (list === undefined) entries.set(stem, [flags]);
    else list.push(flags);
  }
  const flags = (stem: string): readonly string[] => entries.get(stem) ?? [];
  return {
    flags,
    isVerb: (infinitive) => flags(infinitive).some((f) => VERB_FLAG.test(f)),
  };
}
