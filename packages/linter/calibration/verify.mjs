// The calibration check of DESIGN §4.3, through the real linter: lints the French corpus with
// `plume:recommended` and with `plume:yoast`, and prints per style rule how many files it flags
// and, under `plume:yoast`, how often Plume's pass/fail agrees with Yoast's green/not green
// (calibration/yoast-verdicts.json, from yoast-verdicts.mjs). Run after the build:
//   node packages/linter/calibration/verify.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFiles } from '../dist/api.js';
import { resolveConfig } from '../dist/config/resolve.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const corpusRoot = resolve(process.env.PLUME_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
const corpus = join(corpusRoot, 'fr');
if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}: nothing to verify.`);
  process.exit(0);
}
const verdictsPath = join(here, 'yoast-verdicts.json');
const verdicts = existsSync(verdictsPath) ? JSON.parse(readFileSync(verdictsPath, 'utf8')) : {};

const RULES = {
  readability: 'fleschReadingEase',
  'sentence-length': 'textSentenceLength',
  'passive-voice': 'passiveVoice',
  'transition-words': 'textTransitionWords',
  'consecutive-sentences': 'sentenceBeginnings',
  'paragraph-length': 'textParagraphTooLong',
  'language-match': undefined,
  spelling: undefined,
  'french-typography': undefined,
};

async function flagged(preset) {
  const resolved = resolveConfig({ extends: preset }, { baseDir: corpus });
  if (!resolved.ok) throw new Error(resolved.error);
  const report = await lintFiles(['**/*.md'], { cwd: corpus, config: resolved.config });
  const byFile = new Map();
  for (const file of report.files) {
    const key = relative(corpusRoot, resolve(corpus, file.path));
    byFile.set(key, new Set(file.diagnostics.map((d) => d.ruleId)));
  }
  return byFile;
}

const started = performance.now();
const recommended = await flagged('plume:recommended');
const yoast = await flagged('plume:yoast');
const files = [...recommended.keys()];
const pct = (n, d) => `${d === 0 ? 0 : Math.round((1000 * n) / d) / 10} %`;
console.log(
  `${files.length} files of ${corpus}, linted twice in ${Math.round(performance.now() - started)} ms\n`,
);
console.log(
  '| rule | flagged (plume:recommended) | flagged (plume:yoast) | Yoast not green | agreement with Yoast |',
);
console.log('|---|---|---|---|---|');
for (const [rule, check] of Object.entries(RULES)) {
  const rec = files.filter((f) => recommended.get(f)?.has(rule)).length;
  const yo = files.filter((f) => yoast.get(f)?.has(rule)).length;
  let notGreen = '–';
  let agreement = '–';
  if (check) {
    const judged = files.filter((f) => verdicts[f]?.checks?.[check]);
    const red = judged.filter((f) => verdicts[f].checks[check].rating !== 'green');
    const agree = judged.filter(
      (f) => (verdicts[f].checks[check].rating !== 'green') === yoast.get(f)?.has(rule),
    );
    notGreen = `${red.length} (${pct(red.length, judged.length)})`;
    agreement =
      judged.length === 0 ? '–' : `${agree.length} of ${judged.length} (${pct(agree.length, judged.length)})`;
  }
  console.log(
    `| ${rule} | ${rec} (${pct(rec, files.length)}) | ${yo} (${pct(yo, files.length)}) | ${notGreen} | ${agreement} |`,
  );
}
