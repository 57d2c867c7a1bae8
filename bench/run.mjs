// `pnpm bench`: every benchmark side by side in one run, as ratios against the budgets of
// DESIGN §7 and §4, printed and written to results/latest.json. A section whose inputs are
// missing (no corpus, linter not built, no rewrite benchmark) is skipped with the reason; a
// section that breaks is reported and the others still run (exit code 1 at the end).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fixSafety, fixSafetyTable } from './fix-safety.mjs';
import {
  keyphraseAgreement,
  keyphraseAgreementTable,
  MIN_KEYPHRASE_AGREEMENT_PERCENT,
} from './keyphrase-agreement.mjs';
import { corpusDir, corpusFiles, exampleFiles, fileKey, repoRoot, resultsDir } from './lib/paths.mjs';
import { linterApiMissing } from './lib/plume-linter.mjs';
import { plumeReport } from './lib/plume-report.mjs';
import { table } from './lib/table.mjs';
import { LINT_BUDGETS, LINT_ROUNDS, lintSpeed, lintSpeedTable } from './lint-speed.mjs';
import { benchRewriteBatch } from './rewrite-batch.mjs';
import { rewriteBudgets, rewriteThroughput } from './rewrite-throughput.mjs';
import {
  groupFlagsTable,
  MAX_FLAGGED_PERCENT,
  MIN_AGREEMENT_PERCENT,
  MUST_FLAG_NONE,
  ruleFlags,
  ruleFlagsTable,
  STYLE_RULES,
} from './rule-flags.mjs';
import { WORD_COUNT_TOLERANCE_PERCENT, wordCountAgreement, wordCountTable } from './word-count.mjs';
import { summaryTable, yoastReference } from './yoast-reference.mjs';
import { exampleArticles, MIN_YOAST_SCORE, yoastScores, yoastScoresTable } from './yoast-scores.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? LINT_ROUNDS);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`BENCH_ROUNDS must be a positive integer, got "${process.env.BENCH_ROUNDS}"`);
  process.exit(2);
}
const log = (line) => console.error(`· ${line}`);

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
  budgets: [],
  failures: [],
};
const budget = (name, figure, limit, pass) =>
  latest.budgets.push({ name, figure, limit, verdict: pass ? 'PASS' : 'FAIL' });

/** Runs one section; a section that breaks is reported and the others still run. */
async function section(title, body) {
  console.log(`\n## ${title}\n`);
  try {
    await body();
  } catch (error) {
    latest.failures.push({ section: title, error: error.message });
    console.log(`section failed: ${error.stack ?? error.message}`);
  }
}

console.log(
  `# Plume benchmarks — ${latest.date}, commit ${latest.commit}, Node ${latest.node}, ${latest.cpu}`,
);
const corpus = corpusFiles();
const examples = exampleFiles();
const corpusKeys = new Set(corpus.map(fileKey));
if (corpus.length === 0) console.log(`\nNo corpus at ${corpusDir}: the corpus sections are skipped.`);

let reference;
await section('Yoast SEO reference (yoastseo, fr_FR)', async () => {
  if (corpus.length + examples.length === 0) {
    console.log('skipped: neither the corpus nor examples/*.md is present');
    return;
  }
  reference = await yoastReference({ files: [...corpus, ...examples], log });
  console.log(
    `${Object.keys(reference.files).length} files (${corpus.length} corpus, ${examples.length} examples)`,
  );
  console.log(summaryTable(reference));
  latest.yoast = { generator: reference.generator, files: Object.keys(reference.files).length };
});

/** Plume's reports under both presets, or the reason there are none. */
async function plumeReports() {
  const missing = linterApiMissing();
  if (missing) return { skipped: missing };
  if (!reference) return { skipped: 'there is no Yoast reference to compare with' };
  const targets = [];
  if (corpus.length > 0) targets.push({ cwd: join(corpusDir, '..'), path: 'fr' });
  if (examples.length > 0) targets.push({ cwd: repoRoot, path: 'examples' });
  log('linting with plume:recommended and plume:yoast…');
  const recommended = await plumeReport(targets, 'plume:recommended');
  if (recommended.error) return { skipped: recommended.error };
  const yoast = await plumeReport(targets, 'plume:yoast');
  if (yoast.error) return { skipped: yoast.error };
  return { recommended: recommended.files, yoast: yoast.files };
}
let reports = {};
await section('Word count: Plume against Yoast (corpus and examples)', async () => {
  reports = await plumeReports();
  if (reports.skipped) {
    console.log(`skipped: ${reports.skipped}`);
    return;
  }
  const agreement = wordCountAgreement(reports.recommended, reference);
  console.log(wordCountTable(agreement));
  latest.wordCount = agreement;
  const limit = `≤ ${WORD_COUNT_TOLERANCE_PERCENT} % on every file`;
  budget(
    `word count within ${WORD_COUNT_TOLERANCE_PERCENT} % of Yoast`,
    `max ${agreement.maxPercent} %`,
    limit,
    agreement.pass,
  );
});

function ruleBudgets(row) {
  if (row.missing) {
    budget(`${row.rule}: rule exists`, 'not in the linter', 'registered', false);
  } else if (MUST_FLAG_NONE.includes(row.rule)) {
    budget(`${row.rule} flags no corpus file`, `${row.recommended} files`, '0', row.pass);
  } else if (STYLE_RULES.includes(row.rule)) {
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

await section('Rule flags on the corpus: files flagged per rule', async () => {
  if (reports.skipped || corpus.length === 0) {
    console.log(`skipped: ${reports.skipped ?? `no corpus at ${corpusDir}`}`);
    return;
  }
  const corpusOnly = (files) => new Map([...files].filter(([key]) => corpusKeys.has(key)));
  const { rules } = await import('@plume/linter');
  const flags = ruleFlags({
    recommended: corpusOnly(reports.recommended),
    yoast: corpusOnly(reports.yoast),
    reference,
    keys: [...corpusKeys],
    knownRules: new Set(rules.map((rule) => rule.meta.id)),
  });
  console.log(`${flags.files} corpus files; agreement = plume:yoast pass/fail equals Yoast green/not green`);
  console.log(ruleFlagsTable(flags));
  console.log('\nplume:recommended, share of files flagged per source and per half\n');
  console.log(groupFlagsTable(flags));
  latest.ruleFlags = flags;
  for (const row of flags.rows) ruleBudgets(row);
});

await section('--fix safety on the corpus: prose only', async () => {
  const missing = linterApiMissing();
  if (missing || corpus.length === 0) {
    console.log(`skipped: ${missing ?? `no corpus at ${corpusDir}`}`);
    return;
  }
  const safety = await fixSafety(corpus);
  console.log(fixSafetyTable(safety));
  latest.fixSafety = safety;
  budget(
    '--fix: non-prose regions changed',
    `${safety.nonProseChanged} files`,
    '0',
    safety.nonProseChanged === 0,
  );
  budget(
    '--fix: ’ turned into something else',
    `${safety.apostrophesLost}`,
    '0',
    safety.apostrophesLost === 0,
  );
});

await section('Keyphrase assessments: Plume against Yoast (corpus, keyphrase from each title)', async () => {
  const missing = linterApiMissing();
  if (missing || corpus.length === 0) {
    console.log(`skipped: ${missing ?? `no corpus at ${corpusDir}`}`);
    return;
  }
  const agreement = await keyphraseAgreement({ files: corpus, log });
  if (agreement.skipped) {
    console.log(`skipped: ${agreement.skipped}`);
    return;
  }
  console.log(
    `${agreement.articles} corpus articles, each given the title's first content word (or two, every other file) as keyphrase; agreement = plume:yoast pass/fail equals Yoast green/not green`,
  );
  console.log(keyphraseAgreementTable(agreement));
  latest.keyphraseAgreement = agreement.rows.map(({ disagreements, ...row }) => row);
  for (const row of agreement.rows) {
    budget(
      `${row.rule}: agreement with Yoast ${row.id} (plume:yoast)`,
      `${row.agreementPercent} %`,
      `≥ ${MIN_KEYPHRASE_AGREEMENT_PERCENT} %`,
      row.agreementPercent >= MIN_KEYPHRASE_AGREEMENT_PERCENT,
    );
  }
});

await section('Lint speed: plume lint against markdownlint-cli2 (corpus)', async () => {
  const speed = await lintSpeed({ rounds, log });
  latest.lintSpeed = speed;
  if (speed.skipped) {
    console.log(`skipped: ${speed.skipped}`);
    return;
  }
  console.log(`${speed.files} files, median of ${speed.rounds} interleaved rounds after a warm-up`);
  console.log(lintSpeedTable(speed));
  if (speed.plumeSkipped) {
    console.log(`Plume side skipped: ${speed.plumeSkipped}`);
    return;
  }
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
});

let rewrittenArticles = [];
await section('Rewrite throughput (bench/rewrite.mjs, fake server with injected latency)', async () => {
  const rewrite = await rewriteThroughput();
  latest.rewrite = rewrite;
  if (rewrite.skipped) console.log(`skipped: ${rewrite.skipped}`);
  for (const line of rewrite.lines ?? []) console.log(line);
  if (rewrite.error) throw new Error(rewrite.error);
  for (const b of rewriteBudgets(rewrite.scenarios ?? [])) budget(b.name, b.figure, b.limit, b.pass);
  rewrittenArticles = rewrite.articles ?? [];
});

await section('Backfill through the Batch API (bench/rewrite-batch.mjs, fake server)', async () => {
  const { rows, sync, batch } = await benchRewriteBatch();
  for (const row of rows) console.log(row);
  latest.rewriteBatch = { sync, batch };
  // The same drafts either way: a batch saves price and HTTP calls, never model requests.
  budget(
    'batch model requests per article vs synchronous',
    `${batch.requests} vs ${sync.requests}`,
    'equal',
    batch.requests === sync.requests,
  );
});

await section(
  'Yoast SEO and readability scores (examples/ and the rewrite benchmark’s articles)',
  async () => {
    const articles = [
      ...exampleArticles(),
      ...rewrittenArticles.map((a) => ({ label: `rewrite bench: articles/${a.name}`, markdown: a.text })),
    ];
    if (articles.length === 0) {
      console.log('skipped: no example article and no article written by the rewrite benchmark');
      return;
    }
    const scores = await yoastScores(articles);
    console.log(
      `Yoast rates a score above ${MIN_YOAST_SCORE} good; images and links are outside Plume's rules`,
    );
    console.log(yoastScoresTable(scores));
    latest.yoastScores = scores;
    for (const s of scores) {
      budget(
        `Yoast SEO / readability: ${s.label}`,
        `${s.seoScore} / ${s.readabilityScore}`,
        `> ${MIN_YOAST_SCORE} each`,
        s.pass,
      );
    }
  },
);

console.log('\n## Budgets\n');
console.log(
  latest.budgets.length === 0
    ? 'no budget could be measured (see the skipped sections above)'
    : table(
        ['budget', 'measured', 'limit', 'verdict'],
        latest.budgets.map((b) => [b.name, b.figure, b.limit, b.verdict]),
      ),
);
for (const failure of latest.failures) console.log(`section failed: ${failure.section}: ${failure.error}`);

mkdirSync(resultsDir, { recursive: true });
const latestFile = join(resultsDir, 'latest.json');
writeFileSync(latestFile, `${JSON.stringify(latest, null, 2)}\n`);
console.log(`\nWritten ${latestFile}`);
// Budgets that fail are findings, not errors; a section that could not run is an error.
process.exitCode = latest.failures.length > 0 ? 1 : 0;
