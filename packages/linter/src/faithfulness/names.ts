import { frenchLexicon, type Lexicon } from '../french/lexicon.js';

/**
 * Proper names: capitalised words that are not the first word of a sentence and not a common
 * French word written with a capital (« l’État », « le Président »). Elided articles are
 * dropped first, so « d’Ukraine » is the name « Ukraine ».
 */
const ELISION = /^(?:[dljmnst]|qu|jusqu|lorsqu|puisqu)['’]/iu;

/** A word without an elided article or a possessive `’s`: « d’Ukraine » → « Ukraine ». */
export const bareWord = (word: string): string => word.replace(ELISION, '').replace(/['’]s$/u, '');

/** The name a word carries, or undefined when it is not a proper name. */
export function properName(word: string, lexicon: Lexicon = frenchLexicon()): string | undefined {
  const bare = bareWord(word);
  if (!/^\p{Lu}/u.test(bare) || bare.length < 2) return undefined;
  // Acronyms (ONU, OTAN) are names too; an ordinary word in capitals (URGENT) is not.
  const lower = bare.toLowerCase();
  if (isCommonWord(lower, lexicon)) return undefined;
  return bare;
}

function isCommonWord(lower: string, lexicon: Lexicon): boolean {
  if (lexicon.flags(lower).length > 0) return true;
  // Inflected forms of listed stems: plurals and feminines (États, Présidente).
  return (
    (lower.endsWith('s') && lexicon.flags(lower.slice(0, -1)).length > 0) ||
    (lower.endsWith('e') && lexicon.flags(lower.slice(0, -1)).length > 0) ||
    (lower.endsWith('es') && lexicon.flags(lower.slice(0, -2)).length > 0)
  );
}

/** Accent- and case-insensitive form for comparing names (Zelensky, ZELENSKY, Zélensky). */
export const foldName = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Folded words of a source, to look names up. */
export function sourceNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const word of source.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const bare = word.replace(ELISION, '');
    names.add(foldName(bare));
    // Hyphenated names may be cut differently (Jean-Yves / Jean Yves).
    for (const part of bare.split('-')) names.add(foldName(part));
  }
  return names;
}
