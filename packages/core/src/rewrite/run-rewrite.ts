import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { Price } from '../cost.js';
import type { DraftFixer, DraftLinter } from '../lint/types.js';
import type { ModelClient } from '../model/client.js';
import type { ModelProfile } from '../model/profiles.js';
import type { SpecDefaults } from '../prompt/spec.js';
import { type AttemptFailure, runDraftLoop } from './draft-loop.js';
import { estimateSeed } from './estimate.js';
import { displayPath, type SeedFile } from './find-seeds.js';
import { articlePathFor, blankResult, prepareSeed } from './prepare-seed.js';
import type { RewriteReport, SeedProgress, SeedResult } from './types.js';
import { writeBestDraft } from './write-best-draft.js';

export { articlePathFor };

export interface RewriteRun {
  seeds: readonly SeedFile[];
  /** Where `source` and display paths are relative to. */
  baseDir: string;
  outDir: string;
  /** See PrepareOptions.writeRoot. */
  writeRoot?: string | undefined;
  /** Never written into an article: the api key, if the model echoes it back. */
  secrets?: readonly (string | undefined)[] | undefined;
  model: string;
  /** Undefined only for a dry run. */
  client: ModelClient | undefined;
  /** How requests to the model are shaped and sized (profiles.ts, `rewrite.profile`). */
  profile: ModelProfile;
  /** `rewrite.maxOutputTokens`: replaces the budget the profile suggests. */
  maxOutputTokens?: number | undefined;
  lint: DraftLinter;
  fix?: DraftFixer | undefined;
  /** Project defaults for one article (its path matters: config overrides can change them). */
  defaultsFor: (articlePath: string) => SpecDefaults;
  maxRepairs: number;
  concurrency: number;
  force: boolean;
  dryRun: boolean;
  seedDeadlineMs: number;
  prices: Readonly<Record<string, Price>>;
  onResult?: (result: SeedResult, done: number, total: number) => void;
  /** A seed's request starts (first draft or repair): for a live display. */
  onProgress?: (progress: SeedProgress) => void;
}

async function rewriteOne(
  file: SeedFile,
  run: RewriteRun,
  claimed: Map<string, string>,
): Promise<SeedResult> {
  const prepared = await prepareSeed(file, run, claimed);
  if ('done' in prepared) return prepared.done;
  const { seed, spec, articleAbs, result } = prepared.ready;
  if (run.dryRun || !run.client) {
    return {
      ...result,
      status: 'dry-run',
      estimate: estimateSeed(seed, spec, run, run.profile),
    };
  }

  const loop = await runDraftLoop({
    seed,
    spec,
    provenance: { source: file.displayPath, sourceSha256: seed.sha256, model: run.model },
    // Absolute: the linter matches config overrides on it, whatever the process's cwd.
    articlePath: articleAbs,
    client: run.client,
    maxOutputTokens: run.maxOutputTokens,
    lint: run.lint,
    fix: run.fix,
    maxRepairs: run.maxRepairs,
    deadline: Date.now() + run.seedDeadlineMs,
    onAttempt: (attempt) => run.onProgress?.({ seed: file.displayPath, attempt }),
    sourceId: randomBytes(8).toString('hex'),
    secrets: run.secrets ?? [],
  });
  const base = { ...result, attempts: loop.attempts, requests: loop.requests, usage: loop.usage };
  if (!loop.best) {
    return {
      ...base,
      error: `${file.displayPath}: no usable draft: ${loop.lastFailure ?? 'unknown failure'}`,
    };
  }
  return writeBestDraft(
    prepared.ready,
    base,
    loop.best,
    errorsLeft(loop.best.errorCount, loop.attempts, loop.failures),
  );
}

/** "2 lint error(s) left after 3 attempt(s); attempt 2 failed: …": why the repairs did not fix them. */
function errorsLeft(errors: number, attempts: number, failures: readonly AttemptFailure[]): string {
  const left = `${errors} lint error(s) left after ${attempts} attempt(s)`;
  return [left, ...failures.map((f) => `attempt ${f.attempt} failed: ${f.reason}`)].join('; ');
}

/**
 * Rewrites every seed, `concurrency` at a time. Each seed's problems end up in its own result;
 * one bad seed never stops the others. Results keep the order of `run.seeds`.
 */
export async function runRewrite(run: RewriteRun): Promise<RewriteReport> {
  const results: SeedResult[] = new Array(run.seeds.length);
  const claimed = new Map<string, string>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < run.seeds.length) {
      const index = next++;
      const file = run.seeds[index];
      if (!file) continue;
      let result: SeedResult;
      try {
        result = await rewriteOne(file, run, claimed);
      } catch (error) {
        // A bug must not cost the other seeds their articles; it is still reported, not hidden.
        const articlePath = displayPath(
          run.baseDir,
          resolve(run.outDir, articlePathFor(file.absolutePath, '.')),
        );
        result = {
          ...blankResult(file.displayPath, articlePath),
          // The message, not the stack: reports and PR comments are read by writers.
          error: `${file.displayPath}: internal error: ${String(error)}`,
        };
      }
      results[index] = result;
      done++;
      run.onResult?.(result, done, run.seeds.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(run.concurrency, run.seeds.length)) }, worker));
  return { version: 1, model: run.model, seeds: results };
}
