import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Article, Sentence } from '../article/article.js';
import { addCounts, type FleschCounts, roundedScore, sentenceCounts } from '../french/flesch.js';
import { baseLanguage } from '../french/language.js';
import { defineRule, type Report } from './rule.js';
import { judgedSentences, styleScopeOptions } from './style-scope.js';

export const readability = defineRule({
  meta: {
    id: 'readability',
    description: 'The text is easy enough to read (French: Kandel–Moles reading ease)',
    defaultSeverity: 'warning',
    options: z.strictObject({
      minScore: z.number().default(50).describe('lowest Kandel–Moles score of the whole text'),
      minSentenceScore: z
        .number()
        .nullable()
        .default(-20)
        .describe('lowest score of one sentence; `null` turns the per-sentence check off'),
      minSentenceWords: z
        .number()
        .int()
        .positive()
        .default(8)
        .describe('shorter sentences are not scored alone (one long word sinks a short sentence)'),
      age: z
        .number()
        .int()
        .positive()
        .default(16)
        .describe('English only: the reading age retext-readability targets'),
      ...styleScopeOptions(8, 150),
    }),
    tags: ['style', 'readability'],
  },
  check({ article, options, report }) {
    const lang = baseLanguage(article.lang);
    if (lang === 'en') {
      englishReadability(article, options.age, report);
      return;
    }
    if (lang !== 'fr') return;
    const judged = judgedSentences(article, options);
    if (judged === undefined) return;
    // Each sentence is counted once; the text's counts are their sum (syllables cost most).
    const counts = sentenceCounts(article);
    const total = judged.reduce((sum, index) => addCounts(sum, counts[index] as FleschCounts), {
      words: 0,
      sentences: 0,
      syllables: 0,
    });
    const score = roundedScore(total);
    if (score === undefined) return;
    if (score < options.minScore) {
      report({
        message: `Expected a French reading ease (Kandel–Moles) of at least ${options.minScore}, found ${score}: use shorter sentences and shorter words.`,
      });
    }
    const { minSentenceScore } = options;
    if (minSentenceScore === null) return;
    for (const index of judged) {
      const sentence = article.body.sentences[index] as Sentence;
      if (sentence.words.length < options.minSentenceWords) continue;
      const sentenceScore = roundedScore(counts[index] as FleschCounts);
      if (sentenceScore !== undefined && sentenceScore < minSentenceScore) {
        report({
          message: `Expected a sentence reading ease of at least ${minSentenceScore}, found ${sentenceScore} (${sentence.words.length} words): split this sentence.`,
          at: sentence.start,
          end: sentence.end,
        });
      }
    }
  },
});

type EnglishProcessor = (text: string, age: number) => string[];
let english: EnglishProcessor | undefined;

/**
 * retext-readability's formulas are English ones; loaded only when an English article is
 * linted (require of ES modules, so rules stay synchronous).
 */
function englishProcessor(): EnglishProcessor {
  if (english) return english;
  const require = createRequire(import.meta.url);
  const { retext } = require('retext') as typeof import('retext');
  const retextEnglish = (require('retext-english') as typeof import('retext-english')).default;
  const retextReadability = (require('retext-readability') as typeof import('retext-readability')).default;
  english = (text, age) =>
    retext()
      .use(retextEnglish)
      .use(retextReadability, { age })
      .processSync(text)
      .messages.map((message) => message.reason);
  return english;
}

/** Sentence by sentence, so that each message points at its sentence. */
function englishReadability(article: Article, age: number, report: (report: Report) => void): void {
  const process = englishProcessor();
  for (const sentence of article.body.sentences) {
    for (const reason of process(sentence.text, age)) {
      report({ message: `${reason}.`, at: sentence.start, end: sentence.end });
    }
  }
}
