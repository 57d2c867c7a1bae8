// Backfill through the Batch API against the local fake server, next to the synchronous path on
// the same seeds and the same drafts: requests per article, batches created, HTTP calls, and the
// wall time of the submit and collect steps (the provider's own turnaround, up to 24 h, is not
// Plume's and is not measured: the fake finishes a batch as soon as it is looked at three times).
// Run alone: `pnpm exec node bench/rewrite-batch.mjs` (after `pnpm build`).
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main } from '@plume/core';
import { completion, startFakeOpenAI } from '@plume/testkit';
import { CLEAN_DRAFT, draftFor, seedProject } from './lib/rewrite-project.mjs';

const SEEDS = Number(process.env.PLUME_BENCH_SEEDS ?? 200);
const LATENCY_MS = Number(process.env.PLUME_BENCH_LATENCY_MS ?? 400);
const CONCURRENCY = 4;
/** Every k-th seed's first draft is short: one repair round for a quarter of the seeds. */
const SHORT_EVERY = 4;
/** A 50 ms poll: the collect step's figures are Plume's work, not its waiting. */
const BATCH_CONFIG = { rewrite: { batchPollSeconds: 0.05 } };

async function rewrite(cwd, baseURL, argv) {
  let out = '';
  const io = {
    cwd,
    env: { OPENAI_BASE_URL: baseURL },
    stdout: { write: (text) => (out += text) },
    stderr: { write: () => {} },
  };
  const started = performance.now();
  const code = await main(['rewrite', '--format', 'json', ...argv], io);
  const wallMs = performance.now() - started;
  const report = JSON.parse(out);
  return { code, wallMs, report };
}

const count = (report, status) => report.seeds.filter((s) => s.status === status).length;

async function synchronous(clean) {
  const draft = draftFor(clean, SHORT_EVERY);
  const fake = await startFakeOpenAI({
    latencyMs: LATENCY_MS,
    fallback: (request) => completion(draft(request.body?.messages)),
  });
  const cwd = await seedProject(SEEDS, BATCH_CONFIG);
  try {
    const run = await rewrite(cwd, fake.baseURL, ['--concurrency', String(CONCURRENCY)]);
    if (count(run.report, 'written') !== SEEDS) throw new Error(`synchronous run: exit ${run.code}`);
    return { wallMs: run.wallMs, requests: fake.requests.length, http: fake.requests.length };
  } finally {
    await fake.close();
    await rm(cwd, { recursive: true, force: true });
  }
}

async function batch(clean) {
  const draft = draftFor(clean, SHORT_EVERY);
  const fake = await startFakeOpenAI({
    batches: { reply: (line) => ({ kind: 'completion', content: draft(line.body.messages) }) },
  });
  const cwd = await seedProject(SEEDS, BATCH_CONFIG);
  try {
    // Submit: what a scheduled job does before it ends (`--no-wait`).
    const submit = await rewrite(cwd, fake.baseURL, ['--batch', '--no-wait']);
    if (count(submit.report, 'submitted') !== SEEDS) throw new Error(`batch submit: exit ${submit.code}`);
    // Collect: a later run picks the batch up, sends the repairs as round 2 and collects them.
    const collect = await rewrite(cwd, fake.baseURL, ['--batch']);
    if (count(collect.report, 'written') !== SEEDS) throw new Error(`batch collect: exit ${collect.code}`);
    const lines = fake.batches.batches.reduce((n, b) => n + b.lines.length, 0);
    return {
      submitMs: submit.wallMs,
      collectMs: collect.wallMs,
      requests: lines,
      batches: fake.batches.batches.length,
      uploads: fake.batches.uploads,
      http: fake.batches.requests.length,
    };
  } finally {
    await fake.close();
    await rm(cwd, { recursive: true, force: true });
  }
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

export async function benchRewriteBatch() {
  const clean = await readFile(CLEAN_DRAFT, 'utf8');
  const sync = await synchronous(clean);
  const b = await batch(clean);
  const rows = [
    `N=${SEEDS} seeds, 1 first draft in ${SHORT_EVERY} repaired once; synchronous: concurrency ${CONCURRENCY}, ${LATENCY_MS} ms per request`,
    'path         model requests/article  HTTP calls/article  batches  files uploaded  wall',
    `synchronous  ${(sync.requests / SEEDS).toFixed(2).padEnd(22)}${(sync.http / SEEDS).toFixed(2).padEnd(20)}-        -               ${s(sync.wallMs)}`,
    `batch        ${(b.requests / SEEDS).toFixed(2).padEnd(22)}${(b.http / SEEDS).toFixed(3).padEnd(20)}${String(b.batches).padEnd(9)}${String(b.uploads).padEnd(16)}submit ${s(b.submitMs)} + collect ${s(b.collectMs)} (= ${((b.submitMs + b.collectMs) / sync.wallMs).toFixed(2)}× the synchronous wall, provider turnaround excluded)`,
  ];
  return { rows, sync, batch: b };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rows, sync, batch: b } = await benchRewriteBatch();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, sync, batch: b }));
  else for (const row of rows) console.log(row);
}
