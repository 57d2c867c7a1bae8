// Rewrites this repository's seeds with a real model and reports how good the drafts are:
// `pnpm eval` with OPENAI_BASE_URL and/or OPENAI_API_KEY set, and PLUME_MODEL holding one or
// more comma-separated models. Without an endpoint it says so and exits 0 (CI stays offline).

import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_PRICES,
  estimateCost,
  findSeeds,
  loadProjectConfig,
  priceFor,
  rewriteSeeds,
} from '@plume/core';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const env = (name) => process.env[name]?.trim() || undefined;

/** Rules that judge the article against its source, plus the rewriter's own link/HTML checks. */
const FAITHFULNESS = /^(faithful-|source-links$|source-html$)/;

async function evaluate(model, endpoint) {
  const dir = await mkdtemp(join(tmpdir(), 'plume-eval-'));
  try {
    await cp(join(repoRoot, 'seeds'), join(dir, 'seeds'), { recursive: true });
    const config = join(repoRoot, 'plume.config.json');
    if (existsSync(config)) await cp(config, join(dir, 'plume.config.json'));
    else await writeFile(join(dir, 'plume.config.json'), '{}\n');
    const loaded = loadProjectConfig({ cwd: dir });
    if (!loaded.ok) throw new Error(loaded.message);
    const seeds = await findSeeds(loaded.config.seeds, dir, dir);
    const started = performance.now();
    // Exactly what `plume rewrite --force` does with this repository's config.
    const report = await rewriteSeeds({
      config: loaded.config,
      seeds,
      outDir: join(dir, 'articles'),
      model,
      ...endpoint,
      force: true,
    });
    return { report, seconds: (performance.now() - started) / 1000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function summarise(model, { report, seconds }) {
  const seeds = report.seeds;
  const n = seeds.length;
  const share = (count) => `${count}/${n} (${Math.round((100 * count) / n)} %)`;
  const sum = (f) => seeds.reduce((total, s) => total + f(s), 0);
  const usage = {
    promptTokens: sum((s) => s.usage.promptTokens),
    completionTokens: sum((s) => s.usage.completionTokens),
  };
  const cost = estimateCost(priceFor(model, DEFAULT_PRICES), usage);
  const lines = [
    `model ${model}: ${n} seeds in ${seconds.toFixed(1)} s`,
    `  clean on first draft:  ${share(seeds.filter((s) => s.status === 'written' && s.attempts === 1).length)}`,
    `  clean after repairs:   ${share(seeds.filter((s) => s.status === 'written').length)}`,
    `  written with errors:   ${share(seeds.filter((s) => s.status === 'written-with-errors').length)}`,
    `  failed:                ${share(seeds.filter((s) => s.status === 'failed').length)}`,
    `  attempts per seed:     ${(sum((s) => s.attempts) / n).toFixed(2)}`,
    `  words per article:     ${
      seeds
        .filter((s) => s.words !== null)
        .map((s) => s.words)
        .join(', ') || 'none'
    }`,
    `  tokens:                ${usage.promptTokens} prompt + ${usage.completionTokens} completion`,
    `  estimated cost:        ${cost === undefined ? 'no price for this model in the table' : `$${cost.toFixed(4)}`}`,
  ];
  for (const s of seeds) {
    if (s.status === 'failed') lines.push(`  ${s.seed}: failed: ${s.error}`);
    for (const d of s.diagnostics.filter((x) => FAITHFULNESS.test(x.ruleId))) {
      lines.push(`  ${s.article}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
    }
    for (const d of s.diagnostics.filter((x) => x.severity === 'error' && !FAITHFULNESS.test(x.ruleId))) {
      lines.push(`  ${s.article}:${d.line}:${d.column} error ${d.ruleId} ${d.message}`);
    }
  }
  return lines;
}

const baseURL = env('OPENAI_BASE_URL');
const apiKey = env('OPENAI_API_KEY');
if (!baseURL && !apiKey) {
  console.log(
    'eval skipped: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (any compatible endpoint) and PLUME_MODEL=model[,model…]',
  );
  process.exit(0);
}
const models = (env('PLUME_MODEL') ?? 'gpt-5-mini')
  .split(',')
  .map((m) => m.trim())
  .filter(Boolean);
let failed = false;
for (const model of models) {
  try {
    for (const line of summarise(model, await evaluate(model, { baseURL, apiKey }))) console.log(line);
  } catch (error) {
    failed = true;
    console.log(
      `model ${model}: eval could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
