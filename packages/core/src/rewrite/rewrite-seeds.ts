import type { ResolvedConfig } from '@plume/linter';
import { thresholdsFor } from '../config.js';
import { DEFAULT_PRICES } from '../cost.js';
import { createDraftFixer, createLinterAdapter } from '../lint/linter-adapter.js';
import { createModelClient } from '../model/client.js';
import type { SeedFile } from './find-seeds.js';
import { runRewrite } from './run-rewrite.js';
import type { RewriteReport, SeedResult } from './types.js';

export const DEFAULT_MODEL = 'gpt-5-mini';

export interface RewriteSeedsOptions {
  /** The project's configuration, as the linter loaded it: rules, thresholds, rewrite defaults. */
  config: ResolvedConfig;
  seeds: readonly SeedFile[];
  outDir: string;
  /** Endpoint and model: the caller decides where they may come from (the Action: inputs only). */
  model: string;
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  /** Unset: the config's `rewrite` values, then the defaults of DESIGN §5. */
  maxRepairs?: number | undefined;
  concurrency?: number | undefined;
  targetWords?: number | undefined;
  force?: boolean;
  dryRun?: boolean;
  onResult?: (result: SeedResult, done: number, total: number) => void;
}

/**
 * Rewrites seeds the one way `plume rewrite` and the Action share: the config's lint rules judge
 * every draft, its thresholds go into the prompt, its automatic fixes apply before judging.
 */
export function rewriteSeeds(options: RewriteSeedsOptions): Promise<RewriteReport> {
  const { config, model } = options;
  const rw = config.rewrite;
  const dryRun = options.dryRun ?? false;
  return runRewrite({
    seeds: options.seeds,
    baseDir: config.baseDir,
    outDir: options.outDir,
    model,
    client: dryRun
      ? undefined
      : createModelClient({
          model,
          baseURL: options.baseURL,
          apiKey: options.apiKey,
          requestTimeoutMs: rw.requestTimeoutMs,
          maxRetries: rw.maxRetries,
        }),
    lint: createLinterAdapter(config),
    fix: createDraftFixer(config),
    defaultsFor: (articlePath) => {
      const thresholds = thresholdsFor(config, articlePath);
      return {
        ...thresholds,
        lang: config.lang,
        minWords: thresholds.minWords ?? 700,
        targetWords: options.targetWords ?? rw.targetWords ?? 900,
      };
    },
    maxRepairs: options.maxRepairs ?? rw.maxRepairs ?? 2,
    concurrency: options.concurrency ?? rw.concurrency ?? 4,
    force: options.force ?? false,
    dryRun,
    seedDeadlineMs: rw.seedTimeoutMs,
    prices: rw.prices ? { [model]: rw.prices } : DEFAULT_PRICES,
    onResult: options.onResult,
  });
}
