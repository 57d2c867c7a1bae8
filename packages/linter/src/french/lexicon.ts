import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isWhiteSpace } from '../text/white-space.js';

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

/**
 * The lexicon of a `.dic` text. Each view is built on first use: the passive check only asks
 * whether a word is a verb, and the set of the 8,000 verb stems takes a fifth of the time of
 * the map of all 82,000 stems (about 25 ms against 150 ms per thread), which only the name
 * check reads.
 */
export function parseDic(text: string): Lexicon {
  let entries: Map<string, string[]> | undefined;
  let verbs: Set<string> | undefined;
  const flags = (stem: string): readonly string[] => {
    entries ??= parseEntries(text);
    return entries.get(stem) ?? [];
  };
  return {
    flags,
    isVerb: (infinitive) => {
      verbs ??= parseVerbs(text);
      return verbs.has(infinitive);
    },
  };
}

function parseEntries(text: string): Map<string, string[]> {
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
  return entries;
}

/** The stems with a verb flag, as `parseEntries` reads them, without a string per line. */
function parseVerbs(text: string): Set<string> {
  const verbs = new Set<string>();
  let lineStart = text.indexOf('\n') + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const slash = text.indexOf('/', lineStart);
    if (slash !== -1 && slash < lineEnd && slash > lineStart) {
      // A verb's flags start with a lower-case letter (after spaces, which are trimmed).
      const first = text.charCodeAt(slash + 1);
      if ((first >= 0x61 && first <= 0x7a) || isWhiteSpace(first)) {
        if (VERB_FLAG.test(text.slice(slash + 1, lineEnd).trim())) verbs.add(text.slice(lineStart, slash));
      }
    }
    lineStart = lineEnd + 1;
  }
  return verbs;
}
