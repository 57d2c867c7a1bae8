// Threshold sweep for the default preset (issue: calibrate on the corpus, then check that a
// threshold holds on each source and on each half, not on the whole only). For every French
// style rule and candidate threshold, prints the share of articles flagged per source of the
// corpus (its first-level folders) and per half (files split by a hash of their name). Only
// numbers are printed. Run after `pnpm --filter @plume/linter build`:
//   node packages/linter/calibration/sweep.mjs
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleschCounts, roundedScore } from '../dist/french/flesch.js';
import { findPassive } from '../dist/french/passive.js';
import { findTransition } from '../dist/french/transitions.js';
import { judgedSentences } from '../dist/rules/style-scope.js';
import { articleOf } from './article-of.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const corpusRoot = resolve(process.env.PLUME_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
const corpus = join(corpusRoot, 'fr');
if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}: nothing to sweep.`);
  process.exit(0);
}
const minimum = {
  minSentences: Number(process.env.MIN_SENTENCES ?? 8),
  minWords: Number(process.env.MIN_WORDS ?? 150),
};

const rows = [];
for (const name of readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((n) => n.endsWith('.md'))
  .sort()) {
  const text = readFileSync(join(corpus, name), 'utf8').replace(/^\uFEFF/u, '');
  const article = articleOf(name, text);
  const judged = judgedSentences(article, { scope: 'prose', ...minimum }) ?? [];
  const transitionJudged =
    article.body.words.length >= 200
      ? (judgedSentences(article, { scope: 'prose', minSentences: minimum.minSentences, minWords: 0 }) ?? [])
      : [];
  const sentences = judged.map((i) => article.body.sentences[i]);
  const words = (s) => s.words.map((w) => w.text);
  rows.push({
    source: name.split(sep)[0],
    half:
      createHash('sha256')
        .update(`fr/${name.split(sep).join('/')}`)
        .digest()[0] %
        2 ===
      0
        ? 'half A'
        : 'half B',
    judged: sentences.length,
    lengths: sentences.map((s) => s.words.length),
    passives: sentences.filter((s) => findPassive(words(s))).length,
    transitionSentences: transitionJudged.length,
    transitions: transitionJudged.filter((i) => findTransition(words(article.body.sentences[i]))).length,
    flesch: sentences.length ? roundedScore(fleschCounts(sentences)) : undefined,
    worstSentence: Math.min(
      Infinity,
      ...sentences.filter((s) => s.words.length >= 8).map((s) => roundedScore(fleschCounts([s]))),
    ),
  });
}

const groups = [...new Set(rows.map((r) => r.source))].sort().concat(['half A', 'half B', 'all']);
const inGroup = (row, group) => group === 'all' || row.source === group || row.half === group;
const share = (flag, group) => {
  const members = rows.filter((row) => inGroup(row, group));
  return Math.round((1000 * members.filter(flag).length) / members.length) / 10;
};
function sweep(title, candidates, flagOf) {
  console.log(`\n### ${title}\n`);
  console.log(
    `| candidate | ${groups.map((g) => `${g} (${rows.filter((r) => inGroup(r, g)).length})`).join(' | ')} | max |`,
  );
  console.log(`|---|${groups.map(() => '---|').join('')}---|`);
  for (const candidate of candidates) {
    const shares = groups.map((g) => share(flagOf(candidate), g));
    console.log(
      `| ${JSON.stringify(candidate)} | ${shares.map((s) => `${s} %`).join(' | ')} | ${Math.max(...shares)} % |`,
    );
  }
}
console.log(
  `Minimum before a verdict: ${minimum.minSentences} prose sentences and ${minimum.minWords} words.`,
);
const longShare = (row, maxWords) => row.lengths.filter((n) => n > maxWords).length / row.lengths.length;
sweep(
  'sentence-length: maxWords, maxShare (%)',
  [
    [20, 25],
    [25, 30],
    [25, 35],
    [25, 40],
    [25, 45],
    [30, 25],
    [30, 30],
    [30, 35],
  ],
  ([maxWords, maxShare]) =>
    (row) =>
      row.judged > 0 && 100 * longShare(row, maxWords) > maxShare,
);
sweep(
  'passive-voice: maxShare (%)',
  [10, 15, 20, 25, 30],
  (maxShare) => (row) => row.judged > 0 && (100 * row.passives) / row.judged > maxShare,
);
sweep(
  'transition-words: minShare (%)',
  [15, 20, 25, 30],
  (minShare) => (row) =>
    row.transitionSentences > 0 && (100 * row.transitions) / row.transitionSentences < minShare,
);
sweep(
  'readability: minScore (whole text)',
  [30, 40, 45, 50, 55, 60],
  (min) => (row) => row.flesch !== undefined && row.flesch < min,
);
sweep(
  'readability: minSentenceScore (one sentence)',
  [-40, -30, -20, -10],
  (min) => (row) => row.worstSentence < min,
);
