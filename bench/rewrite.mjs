// Rewriter throughput against the local fake OpenAI server with injected latency (DESIGN §7):
// wall time for N seeds at concurrency c versus the ideal ⌈N/c⌉·L·attempts, requests per
// article, and the prompt tokens each article costs beyond its own seed text.
// Run alone: `node bench/rewrite.mjs` (after `pnpm build`); bench/run.mjs runs it too.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinterAdapter, loadProjectConfig, main, parseSeed, promptTokens } from '@plume/core';
import { completion, startFakeOpenAI } from '@plume/testkit';
import { CLEAN_DRAFT, draftFor, SEED, seedProject } from './lib/rewrite-project.mjs';

const LATENCY_MS = Number(process.env.PLUME_BENCH_LATENCY_MS ?? 400);
const SEEDS = Number(process.env.PLUME_BENCH_SEEDS ?? 16);

const silentIo = (cwd, env) => ({
  cwd,
  env,
  stdout: { write: (text) => (silentIo.out += text) },
  stderr: { write: () => {} },
});

/**
 * One run: `shortEvery` > 0 makes every k-th seed's first draft short (one repair), so the mean
 * attempts per article is 1 + 1/k.
 */
async function scenario({ concurrency, shortEvery, latencyMs }) {
  const draft = draftFor(await readFile(CLEAN_DRAFT, 'utf8'), shortEvery);
  const fake = await startFakeOpenAI({
    latencyMs,
    fallback: (request) => completion(draft(request.body?.messages)),
  });
  const cwd = await seedProject(SEEDS);
  try {
    silentIo.out = '';
    const started = performance.now();
    const code = await main(
      ['rewrite', '--concurrency', String(concurrency), '--format', 'json'],
      silentIo(cwd, { OPENAI_BASE_URL: fake.baseURL }),
    );
    const wallMs = performance.now() - started;
    const report = JSON.parse(silentIo.out);
    if (code !== 0)
      throw new Error(
        `plume rewrite exited ${code}: ${report.seeds
          .map((s) => s.error)
          .filter(Boolean)
          .join('; ')}`,
      );
    const attempts = report.seeds.reduce((n, s) => n + s.attempts, 0);
    const seedText = parseSeed(await readFile(join(cwd, 'seeds/s00.txt')), 'seeds/s00.txt').text;
    const seedTokens = promptTokens([{ role: 'user', content: seedText }]);
    const sentTokens = fake.requests.reduce((n, r) => n + promptTokens(r.body.messages), 0);
    // Ideal: every wave of c seeds costs L per attempt; repairs stretch the waves they land in.
    const idealMs = Math.ceil(SEEDS / concurrency) * latencyMs * (attempts / SEEDS);
    // The articles written, one per distinct body, for Yoast's scores (bench/yoast-scores.mjs).
    const articles = new Map();
    for (const name of await readdir(join(cwd, 'articles'))) {
      const text = await readFile(join(cwd, 'articles', name), 'utf8');
      const body = text.slice(text.indexOf('\n---', 3));
      if (![...articles.values()].some((a) => a.body === body)) articles.set(name, { name, text, body });
    }
    return {
      articles: [...articles.values()].map(({ name, text }) => ({ name, text })),
      concurrency,
      shortEvery,
      latencyMs,
      meanAttempts: attempts / SEEDS,
      wallMs,
      idealMs,
      requestsPerArticle: fake.requests.length / SEEDS,
      overheadTokens: (sentTokens - seedTokens * SEEDS) / SEEDS,
      maxInFlight: fake.maxInFlight,
    };
  } finally {
    await fake.close();
    await rm(cwd, { recursive: true, force: true });
  }
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Lint time per draft, warm: linting runs on the main thread, between network waits. */
async function lintMsPerDraft() {
  const cwd = await seedProject(1);
  try {
    const loaded = loadProjectConfig({ cwd });
    if (!loaded.ok) throw new Error(loaded.message);
    const lint = createLinterAdapter(loaded.config);
    const draft = await readFile(CLEAN_DRAFT, 'utf8');
    const source = await readFile(SEED, 'utf8');
    const context = { path: 'articles/s00.md', sourcePath: 'seeds/s00.txt', sourceText: source };
    await lint(draft, context);
    const runs = 5;
    const started = performance.now();
    for (let i = 0; i < runs; i++) await lint(draft, context);
    return (performance.now() - started) / runs;
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

/** The scenarios' figures and printable rows, for bench/run.mjs and for running this file alone. */
export async function benchRewrite() {
  const lintMs = await lintMsPerDraft();
  const rows = [
    `N=${SEEDS} seeds, ideal = ⌈N/c⌉·L·(mean attempts) for latency L per request`,
    `wall time also includes linting every draft: ${Math.round(lintMs)} ms per draft (warm), on the main thread, overlapping other seeds' network waits when c > 1`,
    'c   L        attempts/article  wall      ideal     wall/ideal  lint floor  requests/article  max in flight  prompt tokens/article beyond the seed',
  ];
  const scenarios = [];
  const articles = [];
  for (const [concurrency, shortEvery, latencyMs] of [
    [1, 0, LATENCY_MS],
    [4, 0, LATENCY_MS],
    [8, 0, LATENCY_MS],
    [4, 4, LATENCY_MS],
    [4, 0, 5 * LATENCY_MS],
  ]) {
    const { articles: written, ...r } = await scenario({ concurrency, shortEvery, latencyMs });
    for (const article of written) if (!articles.some((a) => a.text === article.text)) articles.push(article);
    scenarios.push({ ...r, lintFloorMs: SEEDS * r.meanAttempts * lintMs });
    rows.push(
      [
        String(r.concurrency).padEnd(3),
        `${r.latencyMs} ms`.padEnd(8),
        r.meanAttempts.toFixed(2).padEnd(17),
        fmt(r.wallMs).padEnd(9),
        fmt(r.idealMs).padEnd(9),
        `${(r.wallMs / r.idealMs).toFixed(2)}×`.padEnd(11),
        // Every draft is linted on the one main thread: no run can beat N·attempts·lint.
        fmt(SEEDS * r.meanAttempts * lintMs).padEnd(11),
        r.requestsPerArticle.toFixed(2).padEnd(17),
        String(r.maxInFlight).padEnd(14),
        Math.round(r.overheadTokens),
      ].join(' '),
    );
  }
  return { rows, scenarios, articles };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rows, scenarios, articles } = await benchRewrite();
  // `--json`: one document for bench/run.mjs, which grades the scenarios against the budgets.
  if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, scenarios, articles }));
  else for (const row of rows) console.log(row);
}
