import type { RuleEntries } from '../config/schema.js';

/**
 * `plume:yoast`: the style rules at Yoast SEO's French thresholds (yoastseo 3.6), for teams that
 * report against Yoast: a rule passes where Yoast shows green. Only the style rules change; see
 * each rule's docs page for how closely Plume agrees with Yoast on the French corpus.
 */
/** Yoast counts every sentence (headings and list items too) once a text has 50 characters. */
const YOAST_SCOPE = { scope: 'all', minSentences: 1, minWords: 0 } as const;

export const yoast: RuleEntries = {
  // Yoast's former Flesch assessment: green from 60 (« fairly easy »); it scores no single sentence.
  readability: ['warning', { minScore: 60, minSentenceScore: null, ...YOAST_SCOPE }],
  // Green: at most 25 % of sentences over 20 words.
  'sentence-length': ['warning', { maxWords: 20, maxShare: 25, ...YOAST_SCOPE }],
  // Green: at most 10 % passive; Yoast counts être + adjective too, and splits sentences at line breaks.
  'passive-voice': ['warning', { maxShare: 10, detection: 'yoast', unit: 'line', ...YOAST_SCOPE }],
  // Green: at least 30 % of sentences with a transition word, in texts of 200 words or more.
  'transition-words': ['warning', { minShare: 30, ...YOAST_SCOPE, minWords: 200 }],
  // Red from 3 consecutive sentences beginning with the same word.
  'consecutive-sentences': ['warning', { min: 3 }],
  // Green: no paragraph over 150 words.
  'paragraph-length': ['warning', { max: 150 }],
  // Keyphrase assessments: free Yoast matches the keyphrase's exact words (no French word forms),
  // and its density bounds without word forms are 0.5–3 %.
  'keyphrase-in-title': ['warning', { atBeginning: true, wordForms: false }],
  'keyphrase-in-introduction': ['warning', { sameSentence: true, wordForms: false }],
  'keyphrase-in-description': ['warning', { max: 2, wordForms: false }],
  'keyphrase-in-subheadings': ['warning', { minShare: 30, maxShare: 75, minWords: 300, wordForms: false }],
  'keyphrase-density': ['warning', { minDensity: 0.5, maxDensity: 3, wordForms: false }],
  'keyphrase-in-slug': ['warning', { wordForms: false }],
  'keyphrase-length': ['warning', { min: 1, max: 4 }],
};
