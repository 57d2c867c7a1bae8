// `pnpm bench`: every benchmark side by side in one run, as ratios against the budgets of
// DESIGN §7 and §4, printed and written to results/latest.json. A section whose inputs are
// missing (no corpus, linter not built, no rewrite benchmark) is skipped with the reason.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { corpusDir, corpusFiles, exampleFiles, fileKey, repoRoot, resultsDir } from './lib/paths.mjs';
import { linterApiMissing } from './lib/plume-linter.mjs';
import { plumeReport } from './lib/plume-report.mjs';
import { table } from './lib/table.mjs';
import { LINT_BUDGETS, lintSpeed, lintSpeedTable } from './lint-speed.mjs';
import { rewriteThroughput } from './rewrite-throughput.mjs';
import {
  MAX_FLAGGED_PERCENT,
  MIN_AGREEMENT_PERCENT,
  MUST_FLAG_NONE,
  ruleFlags,
  ruleFlagsTable,
  STYLE_RULES,
} from './rule-flags.mjs';
import { wordCountAgreement, wordCountTable } from './word-count.mjs';
import { summaryTable, yoastReference } from './yoast-reference.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`BENCH_ROUNDS must be a positive integer, got "${process.env.BENCH_ROUNDS}"`);
  process.exit(2);
}
const log = (line) => console.error(`· ${line}`);
const section = (title) => console.log(`\n## ${title}\n`);

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const latest = {
  date: new Date().toISOString(),
  commit: gitCommit(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  command: 'pnpm bench',
};
const budgets = [];
const budget = (name, figure, limit, pass) =>
  budgets.push({ name, figure, limit, verdict: pass ? 'PASS' : 'FAIL' });

console.log(
  `# Plume benchmarks — ${latest.date}, commit ${latest.commit}, Node ${latest.node}, ${latest.cpu}`,
);

const corpus = corpusFiles();
const examples = exampleFiles();
const keys = { corpus: corpus.map(fileKey), all: [...corpus, ...examples].map(fileKey) };
if (corpus.length === 0) console.log(`\nNo corpus at ${corpusDir}: the corpus sections are skipped.`);

section('Yoast SEO reference (yoastseo, fr_FR)');
let reference;
if (corpus.length + examples.length === 0) {
  console.log('skipped: neither the corpus nor examples/*.md is present');
} else {
  reference = await yoastReference({ files: [...corpus, ...examples], log });
  console.log(
    `${Object.keys(reference.files).length} files (${corpus.length} corpus, ${examples.length} examples)`,
  );
  console.log(summaryTable(reference));
  latest.yoast = { generator: reference.generator, files: Object.keys(reference.files).length };
}

const missing = linterApiMissing();
let reports;
if (missing) {
  console.log(`\nPlume's word count and rule flags skipped: ${missing}`);
} else if (reference) {
  const targets = [];
  if (corpus.length > 0) targets.push({ cwd: join(corpusDir, '..'), path: 'fr' });
  if (examples.length > 0) targets.push({ cwd: repoRoot, path: 'examples' });
  log('linting with plume:recommended and plume:yoast…');
  reports = {
    recommended: await plumeReport(targets, 'plume:recommended'),
    yoast: await plumeReport(targets, 'plume:yoast'),
  };
  const failed = [reports.recommended.error, reports.yoast.error].filter(Boolean);
  if (failed.length > 0) {
    for (const error of failed) console.log(`\nPlume's word count and rule flags skipped: ${error}`);
    reports = undefined;
  }
}

if (reports) {
  section('Word count: Plume against Yoast (corpus and examples)');
  const agreement = wordCountAgreement(reports.recommended.files, reference);
  console.log(wordCountTable(agreement));
  latest.wordCount = agreement;
  budget(
    'word count within 1 % of Yoast',
    `max ${agreement.maxPercent} %`,
    '≤ 1 % on every file',
    agreement.pass,
  );

  if (corpus.length > 0) {
    section('Rule flags on the corpus: files flagged per rule');
    const corpusOnly = (files) => new Map([...files].filter(([key]) => keys.corpus.includes(key)));
    const flags = ruleFlags({
      recommended: corpusOnly(reports.recommended.files),
      yoast: corpusOnly(reports.yoast.files),
      reference,
      keys: keys.corpus,
      knownRules: new Set((await import('@plume/linter')).rules.map((rule) => rule.meta.id)),
    });
    console.log(
      `${flags.files} corpus files; agreement = plume:yoast pass/fail equals Yoast green/not green`,
    );
    console.log(ruleFlagsTable(flags));
    latest.ruleFlags = flags;
    for (const row of flags.rows.filter(
      (r) => STYLE_RULES.includes(r.rule) || MUST_FLAG_NONE.includes(r.rule),
    )) {
      if (row.missing) {
        budget(`${row.rule}: rule exists`, 'not in the linter', 'registered', false);
      } else if (MUST_FLAG_NONE.includes(row.rule)) {
        budget(`${row.rule} flags no corpus file`, `${row.recommended} files`, '0', row.pass);
      } else {
        budget(
          `${row.rule}: files flagged (recommended)`,
          `${row.recommendedPercent} %`,
          `≤ ${MAX_FLAGGED_PERCENT} %`,
          row.recommendedPercent <= MAX_FLAGGED_PERCENT,
        );
        budget(
          `${row.rule}: agreement with Yoast (plume:yoast)`,
          `${row.agreementPercent} %`,
          `≥ ${MIN_AGREEMENT_PERCENT} %`,
          row.agreementPercent >= MIN_AGREEMENT_PERCENT,
        );
      }
    }
  }
}

section('Lint speed: plume lint against markdownlint-cli2 (corpus)');
const speed = await lintSpeed({ rounds, log });
latest.lintSpeed = speed;
if (speed.skipped) console.log(`skipped: ${speed.skipped}`);
else {
  console.log(`${speed.files} files, median of ${speed.rounds} interleaved rounds after a warm-up`);
  console.log(lintSpeedTable(speed));
  if (speed.plumeSkipped) console.log(`Plume side skipped: ${speed.plumeSkipped}`);
  else {
    const { wall, memory, cache } = speed.ratios;
    budget(
      'lint wall time vs markdownlint-cli2',
      `${wall}×`,
      `≤ ${LINT_BUDGETS.wall}×`,
      wall <= LINT_BUDGETS.wall,
    );
    budget(
      'lint peak memory vs markdownlint-cli2',
      `${memory}×`,
      `≤ ${LINT_BUDGETS.memory}× (issue: 1.0×)`,
      memory <= LINT_BUDGETS.memory,
    );
    budget(
      '--cache re-run vs cold (no-cache) lint',
      `${cache}×`,
      `≤ ${LINT_BUDGETS.cache}×`,
      cache <= LINT_BUDGETS.cache,
    );
  }
}

section('Rewrite throughput (bench/rewrite.mjs, fake server with injected latency)');
const rewrite = await rewriteThroughput();
latest.rewrite = rewrite;
if (rewrite.skipped) console.log(`skipped: ${rewrite.skipped}`);
else {
  for (const line of rewrite.lines) console.log(line);
  if (rewrite.error) console.log(`error: ${rewrite.error}`);
}

section('Budgets');
console.log(
  budgets.length === 0
    ? 'no budget could be measured (see the skipped sections above)'
    : table(
        ['budget', 'measured', 'limit', 'verdict'],
        budgets.map((b) => [b.name, b.figure, b.limit, b.verdict]),
      ),
);
latest.budgets = budgets;

mkdirSync(resultsDir, { recursive: true });
const latestFile = join(resultsDir, 'latest.json');
writeFileSync(latestFile, `${JSON.stringify(latest, null, 2)}\n`);
console.log(`\nWritten ${latestFile}`);
