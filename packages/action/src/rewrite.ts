import { relative, resolve, sep } from 'node:path';
import {
  createDraftFixer,
  createLinterAdapter,
  createModelClient,
  DEFAULT_PRICES,
  findSeeds,
  minWordsFor,
  runRewrite,
} from '@plume/core';
import type { ResolvedConfig } from '@plume/linter';
import type { RewriteReport } from './report-types.js';

/** Used when the `model` input is empty; the repository's config never chooses it. */
export const DEFAULT_MODEL = 'gpt-5-mini';

export interface RewriteRequest {
  /** The checkout (`GITHUB_WORKSPACE`); seed and article paths are relative to it. */
  workspace: string;
  /** The repository's configuration, as the linter loaded it. */
  config: ResolvedConfig;
  seeds: string[];
  outputDir: string;
  /** Endpoint and model: from the Action's inputs only (DESIGN §5.2). */
  model: string;
  baseUrl: string | undefined;
  apiKey: string | undefined;
  maxRepairs: number;
  concurrency: number;
}

/** A seed's whole budget, repairs and retries included. */
const SEED_DEADLINE_MS = 10 * 60_000;

const toWorkspace = (workspace: string, baseDir: string, path: string) =>
  relative(workspace, resolve(baseDir, path)).split(sep).join('/');

/**
 * Rewrites the changed seeds with @plume/core. The repository's config supplies the language,
 * word count and length target, but never the endpoint or the model: a pull request that edits the
 * config must not be able to send the key to a server of its choosing.
 */
export async function rewriteSeeds(request: RewriteRequest): Promise<RewriteReport> {
  const { config } = request;
  const rw = config.rewrite;
  const seeds = await findSeeds(request.seeds, request.workspace, config.baseDir);
  const report = await runRewrite({
    seeds,
    baseDir: config.baseDir,
    outDir: resolve(request.workspace, request.outputDir),
    model: request.model,
    client: createModelClient({ model: request.model, baseURL: request.baseUrl, apiKey: request.apiKey }),
    lint: createLinterAdapter(config),
    // As `plume rewrite` does: mechanical fixes (typography) before a draft is judged.
    fix: createDraftFixer(config),
    defaultsFor: (articlePath) => ({
      lang: config.lang,
      minWords: minWordsFor(config, articlePath) ?? 700,
      targetWords: rw.targetWords,
    }),
    maxRepairs: request.maxRepairs,
    concurrency: request.concurrency,
    force: false,
    dryRun: false,
    seedDeadlineMs: SEED_DEADLINE_MS,
    prices: rw.prices ? { [request.model]: rw.prices } : DEFAULT_PRICES,
  });
  return {
    version: 1,
    model: report.model,
    seeds: report.seeds.map((s) => ({
      seed: toWorkspace(request.workspace, config.baseDir, s.seed),
      // A failed seed has no article, whatever path it would have had.
      article:
        s.status !== 'failed' && s.article ? toWorkspace(request.workspace, config.baseDir, s.article) : null,
      // The Action never asks for a dry run.
      status: s.status === 'dry-run' ? 'failed' : s.status,
      attempts: s.attempts,
      usage: s.usage,
      words: s.words,
      errorCount: s.errorCount,
      warningCount: s.warningCount,
      error: s.error,
      warnings: s.warnings,
    })),
  };
}
