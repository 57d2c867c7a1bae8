import { consecutiveSentences } from './consecutive-sentences.js';
import { faithfulNames } from './faithful-names.js';
import { faithfulNumbers } from './faithful-numbers.js';
import { faithfulQuotes } from './faithful-quotes.js';
import { faithfulSource } from './faithful-source.js';
import { fileEncoding } from './file-encoding.js';
import { frenchTypography } from './french-typography.js';
import { frontMatter } from './front-matter.js';
import { headingH2 } from './heading-h2.js';
import { keyphraseDensity } from './keyphrase-density.js';
import { keyphraseInDescription } from './keyphrase-in-description.js';
import { keyphraseInIntroduction } from './keyphrase-in-introduction.js';
import { keyphraseInSlug } from './keyphrase-in-slug.js';
import { keyphraseInSubheadings } from './keyphrase-in-subheadings.js';
import { keyphraseInTitle } from './keyphrase-in-title.js';
import { keyphraseLength } from './keyphrase-length.js';
import { languageMatch } from './language-match.js';
import { metaDescription } from './meta-description.js';
import { paragraphLength } from './paragraph-length.js';
import { passiveVoice } from './passive-voice.js';
import { readability } from './readability.js';
import type { Rule } from './rule.js';
import { sentenceLength } from './sentence-length.js';
import { slug } from './slug.js';
import { spelling } from './spelling.js';
import { subheadingDistribution } from './subheading-distribution.js';
import { titleLength } from './title-length.js';
import { transitionWords } from './transition-words.js';
import { uniqueMetadata } from './unique-metadata.js';
import { wordCount } from './word-count.js';

/** Every rule Plume knows, in report order. Append new rules here (one import, one entry). */
export const rules: Rule[] = [
  fileEncoding,
  frontMatter,
  headingH2,
  wordCount,
  metaDescription,
  titleLength,
  subheadingDistribution,
  paragraphLength,
  sentenceLength,
  readability,
  passiveVoice,
  transitionWords,
  consecutiveSentences,
  languageMatch,
  keyphraseInTitle,
  keyphraseInIntroduction,
  keyphraseInDescription,
  keyphraseInSubheadings,
  keyphraseDensity,
  keyphraseInSlug,
  keyphraseLength,
  slug,
  frenchTypography,
  spelling,
  uniqueMetadata,
  faithfulSource,
  faithfulQuotes,
  faithfulNumbers,
  faithfulNames,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));

export { docsPage, docsUrl, REPOSITORY_URL } from './docs.js';
