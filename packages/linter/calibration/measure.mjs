// Measures, for every article of the French corpus (../../../../shared/corpus/fr, or
// $PLUME_CORPUS/fr), the raw quantities Plume's French style rules judge, next to Yoast SEO's
// own figures for the same file when calibration/yoast-verdicts.json exists. Run after
// `pnpm --filter @plume/linter build`:
//   node packages/linter/calibration/measure.mjs            # writes calibration/measurements.json
// The corpus text is read, never copied: only numbers are written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeatedBeginnings, sentenceBeginning } from '../dist/french/beginnings.js';
import { fleschFr } from '../dist/french/flesch.js';
import { identifyLanguage } from '../dist/french/language.js';
import { findPassive } from '../dist/french/passive.js';
import { frenchSpeller } from '../dist/french/speller.js';
import { findTransition } from '../dist/french/transitions.js';
import { typographyIssues } from '../dist/french/typography.js';
import { articleOf } from './article-of.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const corpusRoot = resolve(process.env.PLUME_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
const corpus = join(corpusRoot, 'fr');
const verdictsPath = join(here, 'yoast-verdicts.json');
const withSpelling = process.argv.includes('--spelling');

if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}: nothing to measure.`);
  process.exit(0);
}
const reference = existsSync(verdictsPath) ? JSON.parse(readFileSync(verdictsPath, 'utf8')) : {};

const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .sort();
const rows = [];
for (const name of files) {
  const path = join(corpus, name);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/u, '');
  const article = articleOf(path, text);
  const sentences = article.body.sentences.filter((s) => s.words.length > 0);
  const words = (s) => s.words.map((w) => w.text);
  const lengths = sentences.map((s) => s.words.length);
  const sentenceScores = sentences.filter((s) => s.words.length >= 8).map((s) => fleschFr([s]));
  const beginnings = article.body.sentences.map((s) => sentenceBeginning(words(s)));
  const runs = repeatedBeginnings(beginnings, 2);
  const from = article.frontMatter.end?.offset ?? 0;
  const row = {
    key: relative(corpusRoot, path),
    words: article.body.words.length,
    sentences: sentences.length,
    flesch: fleschFr(article.body.sentences) ?? null,
    sentenceScores: sentenceScores.sort((a, b) => a - b).slice(0, 5),
    lengths,
    passives: sentences.filter((s) => findPassive(words(s))).length,
    passivesYoast: sentences.filter((s) => findPassive(words(s), { detection: 'yoast' })).length,
    lines: sentences.reduce((total, s) => total + s.end.line - s.start.line + 1, 0),
    transitions: sentences.filter((s) => findTransition(words(s))).length,
    longestRun: Math.max(1, ...runs.map((r) => r.length)),
    longestRunInParagraphs: Math.max(
      1,
      ...article.body.paragraphs.flatMap((p) =>
        repeatedBeginnings(
          p.sentences.map((s) => sentenceBeginning(words(s))),
          2,
        ).map((r) => r.length),
      ),
    ),
    longestRunParagraphsOnly: Math.max(
      1,
      ...repeatedBeginnings(
        article.body.paragraphs.flatMap((p) => p.sentences.map((s) => sentenceBeginning(words(s)))),
        2,
      ).map((r) => r.length),
    ),
    lang: identifyLanguage(article.body.plainText) ?? null,
    typography: typographyIssues(text, from, { apostrophe: 'consistent', guillemets: true }).length,
    yoast: reference[relative(corpusRoot, path)]?.checks ?? null,
  };
  if (withSpelling) {
    const speller = frenchSpeller();
    const seen = new Set();
    let typos = 0;
    let unknown = 0;
    for (const span of article.body.words) {
      const word = span.text.replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu, '');
      if (seen.has(word) || word.length < 2 || !/^\p{Ll}/u.test(word)) continue;
      if (
        /[\p{N}_@/.:\\=<>#]/u.test(word) ||
        /\p{Ll}\p{Lu}/u.test(word) ||
        !/^[\p{Script=Latin}'’-]+$/u.test(word)
      )
        continue;
      seen.add(word);
      if (speller.correct(word)) continue;
      unknown += 1;
      if (speller.suggest(word).length > 0) typos += 1;
    }
    row.spelling = { unknown, typos };
  }
  rows.push(row);
}
writeFileSync(join(here, 'measurements.json'), `${JSON.stringify(rows)}\n`);
console.log(`Measured ${rows.length} files → calibration/measurements.json`);
