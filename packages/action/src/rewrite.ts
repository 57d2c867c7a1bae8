import { relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { findSeeds, rewriteSeeds as rewriteWithCore } from '@plume/core';
import type { ResolvedConfig } from '@plume/linter';
import type { ActionInputs, RewriteInputs } from './inputs.js';
import type { RewriteReport } from './report-types.js';

/** Used when the `model` input is empty; the repository's config never chooses it. */
export { DEFAULT_MODEL } from '@plume/core';

export interface RewriteRequest {
  /** The checkout (`GITHUB_WORKSPACE`); seed and article paths are relative to it. */
  workspace: string;
  /** The repository's configuration, as the linter loaded it. */
  config: ResolvedConfig;
  seeds: string[];
  /** Endpoint and model: from the Action's inputs only (DESIGN §5.2). */
  model: string;
  /**
   * The output folder, endpoint, key, repairs and concurrency, and the budget and model profile
   * stated over the config's `rewrite` section.
   */
  inputs: Pick<ActionInputs, 'outputDir' | 'baseUrl' | 'apiKey' | 'maxRepairs' | 'concurrency' | 'rewrite'>;
  /** Through the provider's Batch API, never waiting: submit what is due, collect what is done. */
  batch?: boolean;
}

const toWorkspace = (workspace: string, baseDir: string, path: string) =>
  relative(workspace, resolve(baseDir, path)).split(sep).join('/');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The config's `rewrite` section with the inputs' settings on top. A section or profile that is
 * not an object is left as written, so core's validation names it rather than a merge hiding it.
 */
export function withOverrides(rewrite: unknown, overrides: RewriteInputs): Record<string, unknown> {
  if (!isRecord(rewrite)) return rewrite as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...rewrite };
  if (overrides.maxOutputTokens !== undefined) merged.maxOutputTokens = overrides.maxOutputTokens;
  if (
    Object.keys(overrides.profile).length > 0 &&
    (rewrite.profile === undefined || isRecord(rewrite.profile))
  )
    merged.profile = { ...rewrite.profile, ...overrides.profile };
  return merged;
}

/**
 * Rewrites the changed seeds with @plume/core. The repository's config supplies the language,
 * word count and length target, but never the endpoint or the model: a pull request that edits the
 * config must not be able to send the key to a server of its choosing.
 */
export async function rewriteSeeds(request: RewriteRequest): Promise<RewriteReport> {
  const { config, inputs } = request;
  const seeds = await findSeeds(request.seeds, request.workspace, config.baseDir);
  const report = await rewriteWithCore({
    config: { ...config, rewrite: withOverrides(config.rewrite, inputs.rewrite) },
    seeds,
    outDir: resolve(request.workspace, inputs.outputDir),
    // An output folder the pull request committed as a symlink must not send articles elsewhere.
    writeRoot: request.workspace,
    model: request.model,
    baseURL: inputs.baseUrl,
    apiKey: inputs.apiKey,
    maxRepairs: inputs.maxRepairs,
    concurrency: inputs.concurrency,
    ...(request.batch
      ? { batch: true, wait: false, onBatchProgress: (message: string) => core.info(message) }
      : {}),
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
