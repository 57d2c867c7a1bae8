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
const codes = (chars: string): ReadonlySet<number> => new Set(Array.from(chars, code));
const VOWEL_CODES = codes(VOWELS_TEXT);
/** The letters a word is read with; the others (digits, symbols) are dropped. */
const LETTER_CODES = codes(`abcdefghijklmnopqrstuvwxyz${VOWELS_TEXT}ç`);
const DIAERESIS_CODES = codes('ëïü');
const HIATUS_AFTER_E_ACUTE_CODES = codes('aàâioôuû');
/** Codes that cut a word into parts: hyphens and apostrophes. */
const PART_SEPARATORS = codes("-‐‑'’");
/** Vowels a silent `-ent` may not follow (its accented forms may). */
const PLAIN_VOWEL_CODES = codes('aeiouy');
const E_OR_I = codes('eiéèêë');
const [CHAR_E, CHAR_E_ACUTE, CHAR_I, CHAR_U, CHAR_Y] = [
  code('e'),
  code('é'),
  code('i'),
  code('u'),
  code('y'),
];
const [CHAR_Q, CHAR_G, CHAR_K, CHAR_S] = [code('q'), code('g'), code('k'), code('s')];
const [CHAR_N, CHAR_T, CHAR_M] = [code('n'), code('t'), code('m')];

const isVowel = (c: number | undefined): boolean => c !== undefined && VOWEL_CODES.has(c);

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
    if (i < lower.length && !PART_SEPARATORS.has(lower.charCodeAt(i))) continue;
    total += countPart(lower, partStart, i);
    partStart = i + 1;
  }
  return Math.max(1, total);
}

function countPart(text: string, from: number, to: number): number {
  letters.length = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (LETTER_CODES.has(c)) letters.push(c);
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
      (DIAERESIS_CODES.has(c) ||
        (previous === CHAR_E_ACUTE && HIATUS_AFTER_E_ACUTE_CODES.has(c)) ||
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
    if (c === CHAR_G && letters[i + 1] === CHAR_U && E_OR_I.has(letters[i + 2] as number)) i++;
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
  if (before === undefined || PLAIN_VOWEL_CODES.has(before)) return false;
  if (before === CHAR_M) return false;
  return !PRONOUNCED_ENT.has(String.fromCharCode(...letters));
}
