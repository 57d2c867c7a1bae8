import { estimateCost, type Price } from '../cost.js';
import type { RewriteReport, SeedResult } from '../rewrite/types.js';

/** Sum of the dry run's estimates: what the whole run will cost. */
export interface EstimateTotal {
  seeds: number;
  seedWords: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number | undefined;
  maxCostUsd: number | undefined;
  reasoning: boolean;
}

export function estimateTotal(report: RewriteReport): EstimateTotal | undefined {
  const estimates = report.seeds.flatMap((s) => (s.estimate ? [s.estimate] : []));
  if (estimates.length === 0) return undefined;
  const sum = (pick: (e: (typeof estimates)[number]) => number | undefined) =>
    estimates.some((e) => pick(e) === undefined)
      ? undefined
      : estimates.reduce((n, e) => n + (pick(e) ?? 0), 0);
  return {
    seeds: estimates.length,
    seedWords: sum((e) => e.seedWords) ?? 0,
    promptTokens: sum((e) => e.promptTokens) ?? 0,
    completionTokens: sum((e) => e.completionTokens) ?? 0,
    costUsd: sum((e) => e.costUsd),
    maxCostUsd: sum((e) => e.maxCostUsd),
    reasoning: estimates.some((e) => e.reasoning),
  };
}

/** The `--format json` document of DESIGN §5.3, with exactly its keys (and a dry run's estimates). */
export function toJson(report: RewriteReport): string {
  const total = estimateTotal(report);
  return `${JSON.stringify(
    {
      version: report.version,
      model: report.model,
      seeds: report.seeds.map((s) => ({
        seed: s.seed,
        article: s.article,
        status: s.status,
        attempts: s.attempts,
        usage: { promptTokens: s.usage.promptTokens, completionTokens: s.usage.completionTokens },
        words: s.words,
        errorCount: s.errorCount,
        warningCount: s.warningCount,
        error: s.error,
        ...(s.batch ? { batch: { id: s.batch.id, status: s.batch.status } } : {}),
        ...(s.estimate
          ? {
              estimate: {
                seedWords: s.estimate.seedWords,
                promptTokens: s.estimate.promptTokens,
                completionTokens: s.estimate.completionTokens,
                costUsd: s.estimate.costUsd ?? null,
                maxPromptTokens: s.estimate.maxPromptTokens,
                maxCompletionTokens: s.estimate.maxCompletionTokens,
                maxCostUsd: s.estimate.maxCostUsd ?? null,
              },
            }
          : {}),
      })),
      ...(report.batch
        ? {
            batch: {
              batches: report.batch.batches.map((b) => ({
                id: b.id,
                round: b.round,
                status: b.status,
                requests: b.requests,
              })),
              costUsd: report.batch.costUsd ?? null,
            },
          }
        : {}),
      ...(total
        ? {
            estimate: {
              seeds: total.seeds,
              seedWords: total.seedWords,
              promptTokens: total.promptTokens,
              completionTokens: total.completionTokens,
              costUsd: total.costUsd ?? null,
              maxCostUsd: total.maxCostUsd ?? null,
            },
          }
        : {}),
    },
    null,
    2,
  )}\n`;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const usd = (value: number | undefined) => (value === undefined ? 'price unknown' : `$${value.toFixed(4)}`);

/** One line per seed: its outcome, where the article went, and what it cost in attempts. */
export function seedLine(s: SeedResult): string {
  const head = `${s.status.padEnd(20)} ${s.seed}`;
  switch (s.status) {
    case 'written':
    case 'written-with-errors':
      return `${head} → ${s.article}  (${plural(s.attempts, 'attempt')}, ${s.words ?? 0} words, ${plural(s.errorCount, 'error')}, ${plural(s.warningCount, 'warning')})`;
    case 'skipped-unchanged':
      return `${head}  (${s.article} is up to date)`;
    case 'submitted':
      return `${head} → ${s.article}  (in batch ${s.batch?.id ?? '?'}, ${s.batch?.status ?? 'submitted'}; run again to collect it)`;
    case 'dry-run': {
      const e = s.estimate;
      if (!e) return `${head} → ${s.article}`;
      return `${head} → ${s.article}  (${plural(e.seedWords, 'word')}, ${plural(e.promptTokens, 'prompt token')}, expected ${usd(e.costUsd)}, at most ${usd(e.maxCostUsd)})`;
    }
    default: {
      // Errors name their file for the JSON report; the line already does.
      const error = s.error ?? '';
      return `${head}  ${error.startsWith(`${s.seed}: `) ? error.slice(s.seed.length + 2) : error}`;
    }
  }
}

export interface TextOptions {
  /** Print the prompts of a dry run. */
  verbose?: boolean;
}

/** A seed's line and what goes under it: its warnings, remaining errors, and (verbose) its prompts. */
export function seedBlock(s: SeedResult, options: TextOptions = {}): string {
  const lines = [seedLine(s)];
  for (const w of s.warnings) lines.push(`    warning: ${w}`);
  if (s.status === 'written-with-errors') {
    // Why the repairs did not fix the errors ("attempt 2 failed: …"), when an attempt failed.
    const failed = s.error?.split(/; (?=attempt \d+ failed: )/).slice(1) ?? [];
    for (const reason of failed) lines.push(`    ${reason}`);
    for (const d of s.diagnostics.filter((x) => x.severity === 'error')) {
      lines.push(`    ${s.article}:${d.line}:${d.column}  ${d.ruleId}  ${d.message}`);
    }
  }
  if (s.status === 'skipped-edited' && s.error) lines.push(`    ${s.error}`);
  if (s.estimate && options.verbose) {
    lines.push(
      '    ----- system -----',
      ...s.estimate.system.split('\n').map((l) => `    ${l}`),
      '    ----- user -----',
      ...s.estimate.user.split('\n').map((l) => `    ${l}`),
      '    ------------------',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The closing line of a dry run: the run's expected cost and its ceiling. */
function estimateLine(report: RewriteReport, total: EstimateTotal, maxRepairs: number | undefined): string {
  const reasoning = total.reasoning ? ' (before the hidden reasoning tokens this model bills as output)' : '';
  const ceiling =
    maxRepairs === undefined
      ? 'every request using its whole output allowance'
      : `${plural(maxRepairs, 'repair')} per seed, every request using its whole output allowance`;
  const batch = report.batch ? ' at the Batch API price' : '';
  return `${plural(total.seeds, 'seed')} to rewrite with ${report.model}${batch}: ${plural(total.seedWords, 'word')}, ${plural(total.promptTokens, 'prompt token')} for the first drafts; expected ${usd(total.costUsd)}${reasoning}, at most ${usd(total.maxCostUsd)} (${ceiling})`;
}

/** The run's one summary line: outcomes, requests, tokens and cost. */
export function summaryLine(
  report: RewriteReport,
  price: Price | undefined,
  maxRepairs?: number | undefined,
): string {
  const total = estimateTotal(report);
  const count = (...statuses: SeedResult['status'][]) =>
    report.seeds.filter((s) => statuses.includes(s.status)).length;
  const submitted = count('submitted');
  const outcomes = `${count('written')} written, ${count('written-with-errors')} with errors, ${count('skipped-unchanged', 'skipped-edited')} skipped, ${count('failed')} failed${submitted > 0 ? `, ${submitted} in a batch` : ''}`;
  if (total) {
    const skipped = report.seeds.length - total.seeds;
    return `${estimateLine(report, total, maxRepairs)}${skipped > 0 ? `; ${plural(skipped, 'seed')} skipped` : ''}`;
  }
  const usage = report.seeds.reduce(
    (n, s) => ({
      promptTokens: n.promptTokens + s.usage.promptTokens,
      completionTokens: n.completionTokens + s.usage.completionTokens,
    }),
    { promptTokens: 0, completionTokens: 0 },
  );
  const requests = report.seeds.reduce((n, s) => n + (s.requests ?? s.attempts), 0);
  const batches = report.batch?.batches ?? [];
  if (report.batch) {
    // A batch bills at its own price; the summary says which batches carry the seeds.
    const list = batches.map(
      (b) => `${b.id} (round ${b.round}, ${plural(b.requests, 'request')}, ${b.status})`,
    );
    return `${plural(report.seeds.length, 'seed')}: ${outcomes} · ${usage.promptTokens.toLocaleString('en-US')} prompt + ${usage.completionTokens.toLocaleString('en-US')} completion tokens · ${usd(report.batch.costUsd)} at the Batch API price${list.length > 0 ? `\n${list.length} batch${list.length === 1 ? '' : 'es'}: ${list.join(', ')}` : ''}`;
  }
  const cost = estimateCost(price, usage);
  return `${plural(report.seeds.length, 'seed')}: ${outcomes} · ${plural(requests, 'request')} · ${usage.promptTokens.toLocaleString('en-US')} prompt + ${usage.completionTokens.toLocaleString('en-US')} completion tokens · ${cost === undefined ? `cost unknown for ${report.model}` : `${usd(cost)} with ${report.model}`}`;
}

/** Human output when nothing was streamed: every seed's block, then the summary. */
export function toText(
  report: RewriteReport,
  price: Price | undefined,
  options: TextOptions & { maxRepairs?: number } = {},
): string {
  const blocks = report.seeds.map((s) => seedBlock(s, options)).join('');
  return `${blocks}\n${summaryLine(report, price, options.maxRepairs)}\n`;
}
