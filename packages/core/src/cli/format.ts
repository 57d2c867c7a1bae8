import type { RewriteReport, SeedResult } from '../rewrite/types.js';

/** The `--format json` document of DESIGN §5.3, with exactly its keys. */
export function toJson(report: RewriteReport): string {
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
                promptTokens: s.estimate.promptTokens,
                completionTokens: s.estimate.completionTokens,
                costUsd: s.estimate.costUsd ?? null,
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
    },
    null,
    2,
  )}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const usd = (value: number | undefined) => (value === undefined ? 'price unknown' : `$${value.toFixed(4)}`);

export function seedLine(s: SeedResult): string {
  const head = `${s.status.padEnd(20)} ${s.seed}`;
  switch (s.status) {
    case 'written':
    case 'written-with-errors':
      return `${head} → ${s.article}  (${plural(s.attempts, 'attempt')}, ${s.words ?? 0} words, ${plural(s.errorCount, 'error')}, ${plural(s.warningCount, 'warning')})`;
    case 'skipped-unchanged':
      return `${head}  (${s.article} is up to date)`;
    case 'dry-run':
      return `${head} → ${s.article}`;
    case 'submitted':
      return `${head} → ${s.article}  (in batch ${s.batch?.id ?? '?'}, ${s.batch?.status ?? 'submitted'}; run again to collect it)`;
    default: {
      // Errors name their file for the JSON report; the line already does.
      const error = s.error ?? '';
      return `${head}  ${error.startsWith(`${s.seed}: `) ? error.slice(s.seed.length + 2) : error}`;
    }
  }
}

/** Human output: one line per seed, the remaining errors under it, then the totals. */
export function toText(report: RewriteReport): string {
  const lines: string[] = [];
  for (const s of report.seeds) {
    lines.push(seedLine(s));
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
    if (s.estimate) {
      lines.push(
        '    ----- system -----',
        ...s.estimate.system.split('\n').map((l) => `    ${l}`),
        '    ----- user -----',
        ...s.estimate.user.split('\n').map((l) => `    ${l}`),
        '    ------------------',
        `    estimate (${report.model}${report.batch ? ', Batch API price' : ''}): ${s.estimate.promptTokens} prompt + ~${s.estimate.completionTokens} completion tokens, ${usd(s.estimate.costUsd)} per first draft, up to ${usd(s.estimate.maxCostUsd)} with every repair${s.estimate.reasoning ? ', plus the hidden reasoning tokens this model bills as output' : ''}`,
      );
    }
  }
  const counts = new Map<string, number>();
  for (const s of report.seeds) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  const prompt = report.seeds.reduce((n, s) => n + s.usage.promptTokens, 0);
  const completion = report.seeds.reduce((n, s) => n + s.usage.completionTokens, 0);
  lines.push(
    '',
    `${plural(report.seeds.length, 'seed')}: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}; model ${report.model}; ${prompt} prompt + ${completion} completion tokens`,
  );
  if (report.batch && report.batch.batches.length > 0) {
    lines.push(
      `${report.batch.batches.length} batch${report.batch.batches.length === 1 ? '' : 'es'}: ${report.batch.batches.map((b) => `${b.id} (round ${b.round}, ${plural(b.requests, 'request')}, ${b.status})`).join(', ')}; ${usd(report.batch.costUsd)} at the Batch API price`,
    );
  }
  return `${lines.join('\n')}\n`;
}
