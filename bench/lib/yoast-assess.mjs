// yoastseo is GPL-3.0: it is used here, in the private benchmark package, to measure Plume against
// Yoast, and never imported from packages/ (DESIGN §6.4, licence).
import { createRequire } from 'node:module';
import { articleHtml } from './render-html.mjs';

// yoastseo is Babel-built CommonJS; `require` gives the same objects under Node and under vitest,
// whose ESM interop of `__esModule` default exports differs from Node's.
const require = createRequire(import.meta.url);
const yoast = require('yoastseo');
const FrenchResearcher = require('yoastseo/build/languageProcessing/languages/fr/Researcher.js').default;

/** Yoast's traffic light for an assessment score, as its interface shows it. */
export function ratingOf(score) {
  if (score > 7) return 'green';
  if (score > 4) return 'orange';
  if (score > 0) return 'red';
  return 'grey';
}

// Yoast 3.x no longer scores Flesch in the ContentAssessor (it became an insight); these are the
// borders and scores its former assessment and the insight's default configuration use.
function fleschScore(flesch) {
  if (flesch >= 60) return 9;
  if (flesch >= 50) return 6;
  return 3;
}

const percent = (part, whole) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);
const plainText = (html) => html.replace(/<[^>]*>/g, '').trim();

/** The measured figure behind each Yoast check, so calibration can look past the colour. */
function figures(researcher, words) {
  const sentences = researcher.getResearch('countSentencesFromText');
  const recommended = researcher.getConfig('sentenceLength')?.recommendedLength ?? 20;
  const longSentences = sentences.filter((s) => s.sentenceLength > recommended).length;
  const passive = researcher.getResearch('getPassiveVoiceResult');
  const transitions = researcher.getResearch('findTransitionWords');
  const beginnings = researcher.getResearch('getSentenceBeginnings');
  const paragraphs = researcher.getResearch('getParagraphLength');
  const sections = researcher.getResearch('getSubheadingTextLengths');
  return {
    textSentenceLength: {
      sentences: sentences.length,
      longSentences,
      maxWords: recommended,
      percent: percent(longSentences, sentences.length),
    },
    passiveVoice: {
      sentences: passive.total,
      passives: passive.passives.length,
      percent: percent(passive.passives.length, passive.total),
    },
    textTransitionWords: {
      sentences: transitions.totalSentences,
      withTransition: transitions.transitionWordSentences,
      percent: percent(transitions.transitionWordSentences, transitions.totalSentences),
    },
    sentenceBeginnings: {
      longestRun: Math.max(0, ...beginnings.map((b) => b.count)),
    },
    textParagraphTooLong: {
      paragraphs: paragraphs.length,
      longestWords: Math.max(0, ...paragraphs.map((p) => p.paragraphLength)),
    },
    subheadingsTooLong: {
      sections: sections.length,
      // Without subheadings the whole text is one section.
      longestWords: sections.length === 0 ? words : Math.max(...sections.map((s) => s.countLength)),
    },
  };
}

/**
 * Yoast's French readability analysis and word count of one Markdown article, as Yoast would
 * see the page: the body rendered to HTML, without its front matter.
 */
export function assessArticle(markdown) {
  const paper = new yoast.Paper(articleHtml(markdown), { locale: 'fr_FR' });
  const researcher = new FrenchResearcher(paper);
  const assessor = new yoast.ContentAssessor(researcher);
  assessor.assess(paper);

  const words = researcher.getResearch('wordCountInText').count;
  const measured = figures(researcher, words);
  const checks = {};
  for (const result of assessor.getValidResults()) {
    const id = result.getIdentifier();
    const score = result.getScore();
    checks[id] = { score, rating: ratingOf(score), ...measured[id], feedback: plainText(result.getText()) };
  }
  const flesch = researcher.getResearch('getFleschReadingScore').score;
  const score = fleschScore(flesch);
  checks.fleschReadingEase = { score, rating: ratingOf(score), flesch };

  return {
    words,
    overall: ratingOf(assessor.calculateOverallScore() / 10),
    checks,
  };
}

/** `assessArticle` of a file, for worker threads, which are handed paths rather than texts. */
export async function assessFile(path) {
  const { readFile } = await import('node:fs/promises');
  return assessArticle(await readFile(path, 'utf8'));
}
