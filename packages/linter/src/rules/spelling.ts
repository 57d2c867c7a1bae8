import { z } from 'zod';
import type { TextSpan } from '../article/article.js';
import { readerWords } from '../article/reader-words.js';
import { withoutElision } from '../french/elision.js';
import { isFrench } from '../french/lang.js';
import { frenchSpeller, isEnglishWord, type Speller } from '../french/speller.js';
import { isFrenchForm } from '../french/spelling-variants.js';
import { insideRanges } from '../markdown/prose-regions.js';
import { defineRule } from './rule.js';

export const spelling = defineRule({
  meta: {
    id: 'spelling',
    description: 'French spelling (Hunspell dictionary); source names and the project word list are known',
    defaultSeverity: 'warning',
    options: z.strictObject({
      words: z.array(z.string()).default([]).describe("extra known words, on top of the config's `words`"),
      // Loanwords and jargon have no close French neighbour: one edit away is a likely typo.
      typosOnly: z
        .boolean()
        .default(true)
        .describe('report only likely typos; `false` reports every unknown word'),
      loanwords: z.boolean().default(true).describe('accept English words (dictionary-en)'),
    }),
    tags: ['language'],
  },
  check({ article, options, source, words, report }) {
    if (!isFrench(article)) return;
    const known = new Set([...(words ?? []), ...options.words].map((word) => word.toLowerCase()));
    for (const word of source?.text.match(/[\p{L}'’-]+/gu) ?? [])
      known.add(word.toLowerCase().replace(/’/gu, "'"));
    const speller = frenchSpeller();
    // Each distinct word is looked at once, where it first occurs, the cheapest tests first.
    const distinct = new Map<string, { span: TextSpan; count: number }>();
    const foreign = article.nonProse;
    for (const span of readerWords(article, speller.correct)) {
      // Text marked as another language (`lang`) is not French to check.
      if (insideRanges(foreign, span.start.offset)) continue;
      const word = withoutElision(span.text);
      const seen = distinct.get(word);
      if (seen === undefined) distinct.set(word, { span, count: 1 });
      else seen.count++;
    }
    for (const [word, { span, count }] of distinct) {
      // A word used twice is a deliberate choice (jargon, a loanword), not a slip of the keys.
      if (options.typosOnly && count > 1) continue;
      if (!isCheckable(word)) continue;
      if (known.has(word.toLowerCase()) || isCorrect(word, speller)) continue;
      if (options.loanwords && isEnglishWord(word)) continue;
      const suggestions = speller.suggest(word);
      if (options.typosOnly && suggestions.length === 0) continue;
      const hint =
        suggestions.length > 0
          ? `; did you mean ${suggestions
              .slice(0, 3)
              .map((s) => `« ${s} »`)
              .join(', ')}?`
          : '.';
      report({ message: `Unknown word « ${word} »${hint}`, at: span.start, end: span.end });
    }
  },
});

/** Correct as written, or in one of the French forms the word list misses (spelling-variants.ts). */
const isCorrect = (word: string, speller: Speller): boolean => isFrenchForm(word, speller.correct);

/** Letter patterns French words almost never have: the word is a loanword (English mostly). */
const FOREIGN_SHAPE = /[kw]|th|sh|ck|oo|ee|ing$|y$/u;

/**
 * Lower-case French-looking words of four letters or more only: capitalised words are names;
 * short words are where a loanword (« app », « the ») most often looks like a French typo; words
 * with digits, URLs, e-mail addresses, code-like words (snake_case, camelCase, dotted) and
 * English-shaped words are not French prose.
 */
function isCheckable(word: string): boolean {
  if (word.length < 4 || !/^\p{Ll}/u.test(word) || FOREIGN_SHAPE.test(word)) return false;
  if (/[\p{N}_@/.:\\=<>#]/u.test(word) || /\p{Ll}\p{Lu}/u.test(word)) return false;
  return /^[\p{Script=Latin}'-]+$/u.test(word);
}
