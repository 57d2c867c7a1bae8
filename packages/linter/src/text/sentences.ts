import { isWhiteSpace } from './white-space.js';
import type { Range } from './words.js';

/**
 * Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
 * `etc.` is not here: it usually ends its sentence when a capital follows.
 */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'me',
  'dr',
  'pr',
  'st',
  'ste',
  'p',
  'pp',
  'ex',
  'cf',
  'av',
  'apr',
  'env',
  'vol',
  'chap',
  'fig',
  'éd',
  'coll',
  'art',
  'al',
  'min',
  'max',
  'no',
  'n°',
  'tél',
  'bd',
  'gén',
  'mgr',
  'jr',
  'sr',
  'vs',
  'c.-à-d',
  'c-à-d',
  'j.-c',
  'hab',
  'mds',
  'md',
  'mns',
]);

const TERMINATOR = /[.!?…]/g;
const isTerminator = (code: number): boolean =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
const isSpaceAt = (text: string, index: number): boolean => isWhiteSpace(text.charCodeAt(index));
/** What may follow the end mark and still belong to the sentence: closing quotes and brackets. */
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '\u00a0', '\u202f', '\u2009']);
/** Marks that can only close, so they belong to the sentence even after a space. */
const CLOSING_ONLY = new Set(['»', '”', ')', ']']);
const OPENERS = new Set(['«', '"', '“', '(', '[', '—', '–', '-', '¿', '¡', "'", '‘']);

const isUpperOrDigit = (char: string): boolean => /\p{Lu}|\p{Lt}|\p{N}/u.test(char);

/** The word right before index `end` (exclusive), lower-cased. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpaceAt(text, start - 1) && !OPENERS.has(text[start - 1] as string)) {
    start--;
  }
  return text.slice(start, end).toLowerCase();
}

/** Does the full stop at `dot` close an abbreviation or an initial rather than a sentence? */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials (J. Dupont, U.S.) and dotted abbreviations (p. ex., c.-à-d.): a single letter.
  const last = word.split(/[.-]/u).pop() ?? '';
  return last.length === 1 && /\p{L}/u.test(last);
}

/**
 * French sentence boundaries over a text (DESIGN §4.2): `.`, `!`, `?`, `…` and runs of them
 * (`?!`, `...`), closing guillemets after the mark (`« Il part. »` ends there), abbreviations
 * (`M.`, `Mme`, `p. ex.`), decimals (`3,5`, `3.5`). A boundary needs white space then a capital,
 * a digit or an opening mark, so `« Il part. », dit-il.` stays one sentence. Linear in the text.
 */
export function splitSentences(text: string): Range[] {
  const sentences: Range[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  while (i < n) {
    // A regex finds the next mark several times faster than a loop over the characters between.
    TERMINATOR.lastIndex = i;
    if (!TERMINATOR.test(text)) break;
    i = TERMINATOR.lastIndex - 1;
    const code = text.charCodeAt(i);
    const markStart = i;
    while (i < n && isTerminator(text.charCodeAt(i))) i++;
    const single = i - markStart === 1 && code === 0x2e;
    let j = i;
    for (;;) {
      while (j < n && CLOSERS.has(text[j] as string)) j++;
      // `« Il part. »`: a closing guillemet after a space still belongs to the sentence.
      let k = j;
      while (k < n && isSpaceAt(text, k)) k++;
      if (k > j && k < n && CLOSING_ONLY.has(text[k] as string)) j = k;
      else break;
    }
    if (j >= n) {
      break;
    }
    if (!isSpaceAt(text, j)) {
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpaceAt(text, k)) k++;
    if (k >= n) break;
    const next = text[k] as string;
    const startsSentence = isUpperOrDigit(next) || OPENERS.has(next);
    if (!startsSentence) {
      i = k;
      continue;
    }
    if (single && isAbbreviation(text, markStart) && !OPENERS.has(next)) {
      i = k;
      continue;
    }
    push(j);
    start = k;
    i = k;
  }
  push(n);
  return sentences;
}
