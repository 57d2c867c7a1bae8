import type { ResolvedConfig } from '@plume/linter';
import { createBatchApi } from '../batch/batch-api.js';
import { runBatchRewrite } from '../batch/run-batch.js';
import { type BatchLimits, OPENAI_BATCH_LIMITS } from '../batch/split-requests.js';
import { statePathFor } from '../batch/state.js';
import { thresholdsFor } from '../config.js';
import { batchPrices, DEFAULT_PRICES } from '../cost.js';
import { createDraftFixer, createLinterAdapter } from '../lint/linter-adapter.js';
import { createModelClient } from '../model/client.js';
import { isLocalBaseURL } from '../model/local-server.js';
import { profileFor } from '../model/profiles.js';
import { DEFAULTS, parseRewriteConfig, settingsFor } from '../rewrite-config.js';
import type { SeedFile } from './find-seeds.js';
import { runRewrite } from './run-rewrite.js';
import type { RewriteReport, SeedProgress, SeedResult } from './types.js';

export const DEFAULT_MODEL = DEFAULTS.model;

export interface RewriteSeedsOptions {
  /** The project's configuration, as the linter loaded it: rules, thresholds, rewrite defaults. */
  config: ResolvedConfig;
  seeds: readonly SeedFile[];
  outDir: string;
  /** Articles are written only inside this folder, through real folders (the Action: the workspace). */
  writeRoot?: string | undefined;
  /** Endpoint and model: the caller decides where they may come from (the Action: inputs only). */
  model: string;
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  /** Unset: the config's `rewrite` values, then the defaults (rewrite-config.ts). */
  maxRepairs?: number | undefined;
  concurrency?: number | undefined;
  targetWords?: number | undefined;
  force?: boolean;
  dryRun?: boolean;
  onResult?: (result: SeedResult, done: number, total: number) => void;
  /** Through the provider's Batch API (`--batch`): one batch per round, resumable. */
  batch?: boolean;
  /** With `batch`: false submits what is due and returns without waiting (`--no-wait`). */
  wait?: boolean;
  /** With `batch`: the provider's per-file limits (default OpenAI's). */
  batchLimits?: BatchLimits;
  /** With `batch`: a line per submitted batch and per look at an open one. */
  onBatchProgress?: (message: string) => void;
  onProgress?: (progress: SeedProgress) => void;
}

/** The `rewrite` section is invalid: the message names the file and the key. */
export class RewriteConfigError extends Error {}

/**
 * Rewrites seeds the one way `plume rewrite` and the Action share: the config's lint rules judge
 * every draft, its thresholds go into the prompt, its automatic fixes apply before judging.
 */
export async function rewriteSeeds(options: RewriteSeedsOptions): Promise<RewriteReport> {
  const { config, model } = options;
  const parsed = parseRewriteConfig(config.rewrite, config.configPath);
  if (!parsed.ok) return Promise.reject(new RewriteConfigError(parsed.message));
  const rw = parsed.rewrite;
  const settings = settingsFor(rw, rw.localServer ?? isLocalBaseURL(options.baseURL));
  const profile = profileFor(model, rw.profile);
  const dryRun = options.dryRun ?? false;
  const prices = rw.prices ? { [model]: rw.prices } : DEFAULT_PRICES;
  const defaultsFor = (articlePath: string) => {
    const thresholds = thresholdsFor(config, articlePath);
    return {
      ...thresholds,
      lang: config.lang,
      minWords: thresholds.minWords ?? DEFAULTS.minWords,
      targetWords: options.targetWords ?? settings.targetWords,
    };
  };
  const maxRepairs = options.maxRepairs ?? settings.maxRepairs;
  if (options.batch && !dryRun) {
    return runBatchRewrite(
      {
        seeds: options.seeds,
        baseDir: config.baseDir,
        outDir: options.outDir,
        writeRoot: options.writeRoot,
        model,
        profile,
        maxOutputTokens: rw.maxOutputTokens,
        api: createBatchApi({
          baseURL: options.baseURL,
          apiKey: options.apiKey,
          requestTimeoutMs: settings.requestTimeoutMs,
        }),
        lint: createLinterAdapter(config),
        fix: createDraftFixer(config),
        defaultsFor,
        maxRepairs,
        force: options.force ?? false,
        pollMs: settings.batchPollSeconds * 1000,
        wait: options.wait ?? true,
        limits: options.batchLimits ?? OPENAI_BATCH_LIMITS,
        prices,
        statePath: statePathFor(options.outDir),
        onProgress: options.onBatchProgress,
        onResult: options.onResult,
      },
      options.apiKey,
    );
  }
  const report = await runRewrite({
    seeds: options.seeds,
    baseDir: config.baseDir,
    outDir: options.outDir,
    writeRoot: options.writeRoot,
    secrets: [options.apiKey],
    model,
    client: dryRun
      ? undefined
      : createModelClient({
          model,
          profile,
          baseURL: options.baseURL,
          apiKey: options.apiKey,
          localServer: settings.localServer,
          requestTimeoutMs: settings.requestTimeoutMs,
          maxRetries: settings.maxRetries,
        }),
    profile,
    maxOutputTokens: rw.maxOutputTokens,
    lint: createLinterAdapter(config),
    fix: createDraftFixer(config),
    defaultsFor,
    maxRepairs,
    concurrency: options.concurrency ?? settings.concurrency,
    force: options.force ?? false,
    dryRun,
    seedDeadlineMs: settings.seedTimeoutMs,
    // A batch dry run estimates what the batches will cost.
    prices: options.batch ? batchPrices(prices) : prices,
    onResult: options.onResult,
    onProgress: options.onProgress,
  });
  return options.batch ? { ...report, batch: { batches: [], costUsd: undefined } } : report;
}
