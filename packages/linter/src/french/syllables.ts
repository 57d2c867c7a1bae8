/**
 * French syllable heuristic for readability scores: spoken syllables, counted as vowel groups
 * with the rules of French spelling. English heuristics undercount French words badly
 * ("oiseau" has one vowel group per spoken syllable only when `oi` and `eau` stay whole).
 */

const VOWELS_TEXT = 'aeiouyàâäéèêëîïôöûùüÿœæ';

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

const code = (char: string): number => char.charCodeAt(0);

/**
 * The classes of each letter code, as bit flags in a table: testing a flag is an array read,
 * cheaper than a Set look-up for every character of every word.
 */
const LETTER = 1;
const VOWEL = 2;
/** A diaeresis always opens a new syllable after another vowel (naïf, Noël, Saül). */
const DIAERESIS = 4;
/** After `é`, these vowels are heard separately (créa-tion, géo-graphie, thé-âtre). */
const HIATUS_AFTER_E_ACUTE = 8;
/** The vowels before which `gu` is read `g`. */
const E_OR_I = 16;
/** Vowels a silent `-ent` may not follow (its accented forms may). */
const PLAIN_VOWEL = 32;
const CLASSES = new Uint8Array(0x180);
const mark = (chars: string, flag: number): void => {
  for (const char of chars) CLASSES[code(char)] = (CLASSES[code(char)] ?? 0) | flag;
};
// The letters a word is read with; the others (digits, symbols) are dropped.
mark(`abcdefghijklmnopqrstuvwxyz${VOWELS_TEXT}ç`, LETTER);
mark(VOWELS_TEXT, VOWEL);
mark('ëïü', DIAERESIS);
mark('aàâioôuû', HIATUS_AFTER_E_ACUTE);
mark('eiéèêë', E_OR_I);
mark('aeiouy', PLAIN_VOWEL);
const is = (c: number | undefined, flag: number): boolean =>
  c !== undefined && ((CLASSES[c] ?? 0) & flag) !== 0;
const isVowel = (c: number | undefined): boolean => is(c, VOWEL);

/** Hyphens and apostrophes cut a word into parts. */
const isPartSeparator = (c: number): boolean =>
  c === 0x2d || c === 0x27 || c === 0x2010 || c === 0x2011 || c === 0x2019;

const [CHAR_E, CHAR_E_ACUTE, CHAR_I, CHAR_U, CHAR_Y] = [
  code('e'),
  code('é'),
  code('i'),
  code('u'),
  code('y'),
];
const [CHAR_Q, CHAR_G, CHAR_K, CHAR_S] = [code('q'), code('g'), code('k'), code('s')];
const [CHAR_N, CHAR_T, CHAR_M] = [code('n'), code('t'), code('m')];

/**
 * A part's letters as codes, with the silent `u` of `qu` (as `k`) and of `gu` before e/i
 * (as `g`) dropped: quel → kel, guerre → gerre. Reused from call to call.
 */
const letters: number[] = [];

function syllablesOf(word: string): number {
  const lower = word.toLowerCase();
  let total = 0;
  let partStart = 0;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && !isPartSeparator(lower.charCodeAt(i))) continue;
    total += countPart(lower, partStart, i);
    partStart = i + 1;
  }
  return Math.max(1, total);
}

function countPart(text: string, from: number, to: number): number {
  letters.length = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (is(c, LETTER)) letters.push(c);
  }
  silenceU();
  if (letters.length === 0) return 0;

  let groups = 0;
  /** Length of the vowel group being read (0 between groups) and of the last group read. */
  let current = 0;
  let lastLength = 0;
  let lastFirst = 0;
  let previous = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i] as number;
    if (!isVowel(c)) {
      current = 0;
      continue;
    }
    const opensSyllable =
      current > 0 &&
      (is(c, DIAERESIS) ||
        (previous === CHAR_E_ACUTE && is(c, HIATUS_AFTER_E_ACUTE)) ||
        (c === CHAR_E_ACUTE && previous !== CHAR_I && previous !== CHAR_U) ||
        // y between vowels belongs to the next syllable (cra-yon, pa-yer).
        (c === CHAR_Y && isVowel(letters[i + 1])));
    if (current === 0 || opensSyllable) {
      groups++;
      current = 0;
      lastFirst = c;
    }
    current++;
    lastLength = current;
    previous = c;
  }

  if (groups > 1 && lastLength === 1 && lastFirst === CHAR_E && isMuteEnding()) return groups - 1;
  return groups;
}

/** Drops the `u` of `qu` (then read `k`) and of `gu` before e, i and their accented forms. */
function silenceU(): void {
  let out = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i] as number;
    if (c === CHAR_Q && letters[i + 1] === CHAR_U) {
      letters[out++] = CHAR_K;
      i++;
    } else letters[out++] = c;
  }
  letters.length = out;
  out = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i] as number;
    letters[out++] = c;
    if (c === CHAR_G && letters[i + 1] === CHAR_U && is(letters[i + 2], E_OR_I)) i++;
  }
  letters.length = out;
}

/**
 * Final -e, -es and the -ent of verbs are silent (table, tables, ils parlent), when the last
 * vowel group is a lone `e`.
 */
function isMuteEnding(): boolean {
  const n = letters.length;
  const at = (index: number): number | undefined => (index >= 0 ? letters[index] : undefined);
  // -e or -es after a consonant.
  const e = at(n - 1) === CHAR_E ? n - 1 : at(n - 1) === CHAR_S && at(n - 2) === CHAR_E ? n - 2 : -1;
  if (e > 0 && !isVowel(at(e - 1))) return true;
  // -ent after a consonant (or an accented vowel), except -ment and the nouns that sound it.
  if (at(n - 1) !== CHAR_T || at(n - 2) !== CHAR_N || at(n - 3) !== CHAR_E) return false;
  const before = at(n - 4);
  if (before === undefined || is(before, PLAIN_VOWEL)) return false;
  if (before === CHAR_M) return false;
  return !PRONOUNCED_ENT.has(String.fromCharCode(...letters));
}
