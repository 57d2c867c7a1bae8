import { normaliseWord } from './normalise-word.js';

/**
 * Articles, determiners and numbers say little about how a sentence begins: « Le chat… »,
 * « Le chien… » start differently. As in Yoast's check, the next word is added after them.
 */
const WEAK_FIRST_WORDS = new Set(
  (
    "le la les l' un une des du de d' ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre " +
    'vos leur leurs quelques plusieurs chaque tout toute tous toutes deux trois quatre cinq six sept huit ' +
    'neuf dix'
  ).split(' '),
);

/** How a sentence begins, for repetition checks: its first word, or two when the first is weak. */
export function sentenceBeginning(words: readonly string[]): string | undefined {
  const first = normaliseWord(words[0] ?? '');
  if (first === '') return undefined;
  const elision = /^([dl])'(.+)$/u.exec(first);
  if (elision) return `${elision[1]}' ${elision[2]}`;
  if (WEAK_FIRST_WORDS.has(first) || /^\d+$/u.test(first)) {
    const second = normaliseWord(words[1] ?? '');
    return second === '' ? first : `${first} ${second}`;
  }
  return first;
}

export interface RepeatedRun {
  /** Index of the first sentence of the run. */
  start: number;
  length: number;
  beginning: string;
}

/** Runs of at least `min` consecutive sentences that begin the same way. */
export function repeatedBeginnings(beginnings: readonly (string | undefined)[], min: number): RepeatedRun[] {
  const runs: RepeatedRun[] = [];
  let start = 0;
  for (let i = 1; i <= beginnings.length; i++) {
    const current = beginnings[start];
    if (i < beginnings.length && current !== undefined && beginnings[i] === current) continue;
    if (current !== undefined && i - start >= min)
      runs.push({ start, length: i - start, beginning: current });
    start = i;
  }
  return runs;
}
