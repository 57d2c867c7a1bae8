import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { argsErrorMessage, DEFAULT_SEEDS } from '@plume/linter';
import { BatchStateError } from '../batch/state.js';
import { loadProjectConfig } from '../config.js';
import { DEFAULT_PRICES, priceFor } from '../cost.js';
import { isLocalBaseURL } from '../model/local-server.js';
import { chooseModel } from '../model/server-models.js';
import { redact } from '../redact.js';
import { findSeeds } from '../rewrite/find-seeds.js';
import { DEFAULT_MODEL, rewriteSeeds } from '../rewrite/rewrite-seeds.js';
import type { RewriteReport, SeedResult } from '../rewrite/types.js';
import { DEFAULTS } from '../rewrite-config.js';
import { seedBlock, summaryLine, toJson } from './format.js';
import { type CliIo, envValue } from './io.js';
import { LiveView } from './live-view.js';

export const REWRITE_HELP = `Usage: plume rewrite [paths|globs|dirs...] [options]

Rewrites seeds into articles/<seed name>.md through an OpenAI-compatible endpoint,
lints every draft and asks the model to repair the errors.
Without paths: the config's "seeds" (default ${DEFAULT_SEEDS.join(', ')}).

Options:
  --model <name>         model (env PLUME_MODEL, config rewrite.model; default ${DEFAULT_MODEL},
                         or a local server's only model)
  --base-url <url>       endpoint base URL (env OPENAI_BASE_URL, config rewrite.baseURL)
  --out-dir <dir>        where articles go (default: articles, next to the config)
  --concurrency <n>      seeds rewritten at once (default ${DEFAULTS.concurrency})
  --max-repairs <n>      repair requests per seed after the first draft (default ${DEFAULTS.maxRepairs})
  --target-words <n>     length the prompt aims for (default ${DEFAULTS.targetWords})
  --force                rewrite even unchanged seeds and hand-edited articles
  --dry-run              no network, no key: per seed its words, prompt tokens, expected and
                         maximum cost, then the total (the same every run for the same input)
  --verbose              with --dry-run, also print each prompt
  --batch                through the provider's Batch API (half price, results within 24 h):
                         one batch per round, resumable from articles/.plume-batch.json
  --no-wait              with --batch: submit what is due, collect what is done, and exit
  --format <text|json>   output format (default text)
  --config <file>        plume.config.json to use (default: found upward from here)
  -h, --help             this help

The API key is read from OPENAI_API_KEY only. Exit codes: 0 all written clean or skipped,
1 some written with errors or failed, 2 usage or configuration error.
`;

const OPTIONS = {
  model: { type: 'string' },
  'base-url': { type: 'string' },
  'out-dir': { type: 'string' },
  concurrency: { type: 'string' },
  'max-repairs': { type: 'string' },
  'target-words': { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  batch: { type: 'boolean' },
  'no-wait': { type: 'boolean' },
  verbose: { type: 'boolean' },
  format: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function integer(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`--${flag} expects an integer ≥ ${min}, got "${value}"`);
  }
  return Number(value);
}

/** `plume rewrite …`: returns the exit code; never throws on user error. */
export async function runRewriteCli(argv: readonly string[], io: CliIo): Promise<number> {
  const apiKey = envValue(io.env, 'OPENAI_API_KEY');
  const fail = (message: string) => {
    io.stderr.write(`plume rewrite: ${redact(message, [apiKey])}\n`);
    return 2;
  };
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(
      `${argsErrorMessage(error, Object.keys(OPTIONS))}\nRun "plume rewrite --help" for the options.`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(REWRITE_HELP);
    return 0;
  }
  try {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format expects text or json, got "${format}"`);
    const concurrencyFlag = integer('concurrency', values.concurrency, 1);
    const maxRepairsFlag = integer('max-repairs', values['max-repairs'], 0);
    const targetWordsFlag = integer('target-words', values['target-words'], 1);
    if (values['no-wait'] && !values.batch) throw new UsageError('--no-wait goes with --batch');
    // The provider runs a batch's requests at its own pace: a number of seeds at once means nothing.
    if (values.batch && values.concurrency !== undefined)
      throw new UsageError('--concurrency has no effect with --batch (the provider runs the batch)');

    const loaded = loadProjectConfig({ cwd: io.cwd, configPath: values.config });
    if (!loaded.ok) return fail(loaded.message);
    const config = loaded.config;
    const configuredModel = values.model ?? envValue(io.env, 'PLUME_MODEL') ?? loaded.rewrite.model;
    const baseURL = values['base-url'] ?? envValue(io.env, 'OPENAI_BASE_URL') ?? loaded.rewrite.baseURL;
    const dryRun = values['dry-run'] ?? false;
    if (!dryRun && !apiKey && !baseURL) {
      return fail(
        'no endpoint: set OPENAI_API_KEY (and optionally --base-url), or --base-url for a local server that needs no key',
      );
    }
    if (baseURL !== undefined && !URL.canParse(baseURL))
      throw new UsageError(
        `the base URL (--base-url, OPENAI_BASE_URL or rewrite.baseURL) is not a URL: "${baseURL}"`,
      );

    const seeds =
      positionals.length > 0
        ? await findSeeds(positionals, io.cwd, config.baseDir)
        : await findSeeds(config.seeds, config.baseDir, config.baseDir);
    if (seeds.length === 0) {
      return fail(
        `no seed matched ${(positionals.length > 0 ? positionals : config.seeds).map((p) => `"${p}"`).join(', ')}`,
      );
    }
    const outDir = values['out-dir']
      ? resolve(io.cwd, values['out-dir'])
      : resolve(config.baseDir, 'articles');
    // A local server with no model configured is asked which it has (no network in a dry run).
    const chosen = await chooseModel({
      configured: configuredModel,
      fallback: DEFAULT_MODEL,
      baseURL,
      apiKey,
      localServer: !dryRun && (loaded.rewrite.localServer ?? isLocalBaseURL(baseURL)),
    });
    if (!chosen.ok) return fail(chosen.message);
    const model = chosen.model;
    const safe = (text: string) => redact(text, [apiKey]);
    const maxRepairs = maxRepairsFlag ?? loaded.rewrite.maxRepairs ?? 2;
    const text = format === 'text';
    const block = (result: SeedResult) => (text ? safe(seedBlock(result, { verbose: values.verbose })) : '');
    // A terminal gets the seeds in flight, redrawn in place; a pipe or a log, each seed once as it ends.
    // A batch has no requests in flight to show: its progress lines go to stderr as they come.
    const live =
      io.stderr.isTTY === true && !values.batch
        ? new LiveView(io.stderr, seeds.length, dryRun ? undefined : maxRepairs + 1)
        : undefined;
    // Results are printed in the seeds' order, each as soon as those before it are: the same
    // input gives the same output, and a slow seed never hides the ones done.
    const order = new Map(seeds.map((s, i) => [s.displayPath, i]));
    const finished: (SeedResult | undefined)[] = [];
    let printed = 0;
    const inOrder = (result: SeedResult): SeedResult[] => {
      finished[order.get(result.seed) ?? finished.length] = result;
      const ready: SeedResult[] = [];
      for (let r = finished[printed]; r !== undefined; r = finished[printed]) {
        ready.push(r);
        printed++;
      }
      return ready;
    };
    let report: RewriteReport;
    try {
      report = await rewriteSeeds({
        config,
        seeds,
        outDir,
        model,
        baseURL,
        apiKey,
        maxRepairs: maxRepairsFlag,
        concurrency: concurrencyFlag,
        targetWords: targetWordsFlag,
        force: values.force ?? false,
        dryRun,
        batch: values.batch ?? false,
        wait: !values['no-wait'],
        onBatchProgress: (message) => io.stderr.write(`plume: ${safe(message)}\n`),
        onProgress: live ? (event) => live.progress(event) : undefined,
        onResult: (result) => {
          const lines = inOrder(result).map(block).join('');
          if (live) live.finish(result.seed, lines, io.stdout);
          else io.stdout.write(lines);
        },
      });
    } finally {
      live?.stop();
    }
    // Seeds the run reported without a callback (a batch's submitted ones), and any held back behind them.
    io.stdout.write(report.seeds.slice(printed).map(block).join(''));
    const price = priceFor(
      model,
      loaded.rewrite.prices ? { [model]: loaded.rewrite.prices } : DEFAULT_PRICES,
    );
    io.stdout.write(
      text
        ? safe(`\n${summaryLine(report, price, dryRun ? maxRepairs : undefined)}\n`)
        : safe(toJson(report)),
    );
    if (format === 'json') {
      for (const s of report.seeds) for (const w of s.warnings) io.stderr.write(`warning: ${safe(w)}\n`);
    }
    const bad = report.seeds.some((s) => s.status === 'failed' || s.status === 'written-with-errors');
    return bad ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof BatchStateError) return fail(error.message);
    throw error;
  }
}

export function coreVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
