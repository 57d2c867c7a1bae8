// The rewriter's throughput benchmark lives in rewrite.mjs; this runs it as a child process,
// keeps its printed rows for the combined report and grades its scenarios against the budgets.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchDir } from './lib/paths.mjs';

const script = fileURLToPath(new URL('./rewrite.mjs', import.meta.url));
const TIME_LIMIT_MS = 5 * 60_000;

/** DESIGN §7: ≤ 1.3 requests per article when first drafts are usually clean. */
export const MAX_REQUESTS_PER_ARTICLE = 1.3;
/** "≈ ⌈N/c⌉·L·attempts": judged at a real model's latency, where linting drafts is negligible. */
export const MAX_WALL_OVER_IDEAL = 1.1;
const REAL_LATENCY_MS = 2000;

/**
 * The rewrite budgets over bench/rewrite.mjs's scenarios: requests per article with clean first
 * drafts and with one draft in four repaired, and wall time against the ideal at a 2 s latency.
 */
export function rewriteBudgets(scenarios) {
  const budgets = [];
  const clean = scenarios.find((s) => s.shortEvery === 0 && s.concurrency > 1);
  const repaired = scenarios.find((s) => s.shortEvery > 0);
  const slow = scenarios.find((s) => s.shortEvery === 0 && s.latencyMs >= REAL_LATENCY_MS);
  for (const [label, s] of [
    ['first drafts clean', clean],
    [`1 draft in ${repaired?.shortEvery} repaired`, repaired],
  ]) {
    if (!s) continue;
    budgets.push({
      name: `rewrite: requests per article, ${label}`,
      figure: s.requestsPerArticle.toFixed(2),
      limit: `≤ ${MAX_REQUESTS_PER_ARTICLE}`,
      pass: s.requestsPerArticle <= MAX_REQUESTS_PER_ARTICLE,
    });
  }
  if (slow) {
    const ratio = slow.wallMs / slow.idealMs;
    budgets.push({
      name: `rewrite: wall vs ⌈N/c⌉·L·attempts, c=${slow.concurrency}, L=${slow.latencyMs / 1000} s`,
      figure: `${ratio.toFixed(2)}×`,
      limit: `≤ ${MAX_WALL_OVER_IDEAL}×`,
      pass: ratio <= MAX_WALL_OVER_IDEAL,
    });
  }
  return budgets;
}

export function rewriteThroughput() {
  if (!existsSync(script)) return Promise.resolve({ skipped: 'bench/rewrite.mjs does not exist yet' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, '--json'], {
      cwd: benchDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill(), TIME_LIMIT_MS);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (exitCode === 0) {
        const { rows, scenarios, articles } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
        resolve({ lines: rows, scenarios, articles });
        return;
      }
      const lines = stdout
        .trimEnd()
        .split('\n')
        .filter((line) => line !== '');
      const why = signal
        ? `was stopped (${signal}) after ${TIME_LIMIT_MS / 1000} s`
        : `exited with ${exitCode}`;
      resolve({
        lines,
        error: `bench/rewrite.mjs ${why}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
      });
    });
  });
}
