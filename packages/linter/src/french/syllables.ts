/**
 * French syllable heuristic for readability scores: spoken syllables, counted as vowel groups
 * with the rules of French spelling. English heuristics undercount French words badly
 * ("oiseau" has one vowel group per spoken syllable only when `oi` and `eau` stay whole).
 */

const VOWELS = new Set('aeiouyàâäéèêëîïôöûùüÿœæ');
/** A diaeresis always opens a new syllable after another vowel (naïf, Noël, Saül). */
const DIAERESIS = new Set('ëïü');
/** After `é`, these vowels are heard separately (créa-tion, géo-graphie, thé-âtre). */
const HIATUS_AFTER_E_ACUTE = new Set('aàâioôuû');

/**
 * Nouns, adjectives and adverbs in -ent whose ending is pronounced; every other -ent word with
 * two vowel groups or more is treated as a verb in the third person plural (ils mangent).
 */
const PRONOUNCED_ENT = new Set([
  'accent',
  'accident',
  'adolescent',
  'agent',
  'argent',
  'client',
  'comment',
  'compétent',
  'component',
  'conscient',
  'content',
  'continent',
  'convergent',
  'couvent',
  'different',
  'différent',
  'dirigeant',
  'efficient',
  'équivalent',
  'évident',
  'excellent',
  'fréquent',
  'gent',
  'impatient',
  'incident',
  'indulgent',
  'innocent',
  'insolent',
  'intelligent',
  'latent',
  'occident',
  'orient',
  'parent',
  'patient',
  'permanent',
  'pertinent',
  'précédent',
  'présent',
  'président',
  'récent',
  'régent',
  'résident',
  'serpent',
  'silent',
  'souvent',
  'strident',
  'subséquent',
  'talent',
  'torrent',
  'transparent',
  'urgent',
  'violent',
]);

const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/**
 * Spoken syllables in one French word. Hyphenated and elided words count each part, so the
 * vowel-less `l’` and `qu’` add nothing and `jusqu’à` counts two. Never below 1.
 */
export function countSyllables(word: string): number {
  let count = counted.get(word);
  if (count === undefined) {
    count = syllablesOf(word);
    if (counted.size < MAX_COUNTED) counted.set(word, count);
  }
  return count;
}

/**
 * Words recur (Zipf), and the metrics and the readability rule both count every word: each
 * distinct word is counted once per thread (bounded, so a huge input cannot grow it forever).
 */
const counted = new Map<string, number>();
const MAX_COUNTED = 200_000;

function syllablesOf(word: string): number {
  const parts = word.toLowerCase().split(/[-‐‑'’]/u);
  let total = 0;
  for (const part of parts) total += countPart(part);
  return Math.max(1, total);
}

function countPart(raw: string): number {
  const word = raw
    .replace(/[^a-zàâäéèêëîïôöûùüÿœæç]/gu, '')
    // `qu` and `gu` before e/i are one consonant: their u is silent (quel, guerre).
    .replace(/qu/gu, 'k')
    .replace(/gu(?=[eiéèêë])/gu, 'g');
  if (word === '') return 0;

  const groups: string[] = [];
  let current = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charAt(i);
    if (!isVowel(c)) {
      if (current !== '') groups.push(current);
      current = '';
      continue;
    }
    const prev = current.at(-1);
    const opensSyllable =
      current !== '' &&
      (DIAERESIS.has(c) ||
        (prev === 'é' && HIATUS_AFTER_E_ACUTE.has(c)) ||
        (c === 'é' && prev !== 'i' && prev !== 'u') ||
        // y between vowels belongs to the next syllable (cra-yon, pa-yer).
        (c === 'y' && isVowel(word.charAt(i + 1))));
    if (opensSyllable) {
      groups.push(current);
      current = '';
    }
    current += c;
  }
  if (current !== '') groups.push(current);

  let count = groups.length;
  if (count > 1 && isMuteEnding(word, groups)) count -= 1;
  return count;
}

/** Final -e, -es and the -ent of verbs are silent (table, tables, ils parlent). */
function isMuteEnding(word: string, groups: readonly string[]): boolean {
  const last = groups.at(-1);
  if (last !== 'e') return false;
  if (/[^aeiouyàâäéèêëîïôöûùüÿœæ]es?$/u.test(word)) return true;
  return /[^aeiouy]ent$/u.test(word) && !word.endsWith('ment') && !PRONOUNCED_ENT.has(word);
}
