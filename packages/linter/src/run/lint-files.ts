import { resolve } from 'node:path';
import { PlumeConfigError } from '../config/config-error.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { makeReport, withDiagnostics } from '../report/make-report.js';
import type { Diagnostic, LintReport } from '../report/types.js';
import { LintCache } from './cache.js';
import { expandPatterns, shard } from './find-files.js';
import type { FileJob, FileOutcome } from './lint-file.js';
import { runJobs } from './pool.js';
import { projectDiagnostics } from './project-phase.js';

// The linting engine (markdownlint, the rules, the configuration's validation) is loaded only
// when it has work: a file not in the cache, a project phase not cached, a configuration to
// validate. A run that finds everything cached starts and ends fast.

export interface LintFilesOptions {
  cwd?: string;
  /** A loaded configuration; default: found from `cwd` (throws PlumeConfigError when invalid). */
  config?: ResolvedConfig;
  configFile?: string;
  fix?: boolean;
  /** Cache directory; enables the cache. */
  cacheLocation?: string;
  shard?: { index: number; count: number };
  /** Worker threads; default: one per core when there are enough files, 0 = in this thread. */
  concurrency?: number;
  /**
   * Called with the files about to be linted afresh (not cached), before any is read: a CLI
   * tunes its process for them (the library never does).
   */
  beforeLint?: (jobs: readonly FileJob[]) => void;
  /**
   * Lint nothing when a pattern matches no file (the CLI's choice, as ESLint's: a typo or a wrong
   * directory is an error, not "no problems"); `unmatchedPatterns` names them either way.
   */
  requireMatches?: boolean;
}

export interface LintFilesResult extends LintReport {
  /** Files the patterns matched, before `shard` (0: nothing matched). */
  matchedFiles: number;
  /** The patterns given that matched no file (with `requireMatches`, nothing was linted). */
  unmatchedPatterns: string[];
  /** Files rewritten by `fix`. */
  fixedFiles?: string[];
}

/**
 * Lints files, directories and globs (default: the config's `articles`). The report's `files`
 * is empty when nothing matched; callers decide whether that is an error.
 */
export async function lintFiles(
  patterns: readonly string[],
  options: LintFilesOptions = {},
): Promise<LintFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  let config = options.config;
  if (!config) {
    const { loadConfig } = await import('../config/load.js');
    const loaded = loadConfig({ cwd, configFile: options.configFile });
    if (!loaded.ok) throw new PlumeConfigError(loaded.error);
    config = loaded.config;
  }
  const expanded = await expandPatterns(patterns, config, cwd);
  let jobs = expanded.jobs;
  const matchedFiles = jobs.length;
  const unmatchedPatterns = expanded.unmatched;
  if (options.requireMatches && unmatchedPatterns.length > 0)
    return { ...makeReport([]), matchedFiles, unmatchedPatterns };
  if (options.shard) jobs = shard(jobs, options.shard.index, options.shard.count);
  const cache = options.cacheLocation ? new LintCache(resolve(cwd, options.cacheLocation)) : undefined;
  const outcomes: FileOutcome[] = await runJobs(jobs, config, {
    fix: options.fix ?? false,
    cache,
    concurrency: options.concurrency,
    beforeLint: options.beforeLint,
  });
  let crossFile: Map<string, Diagnostic[]>;
  try {
    crossFile = await projectDiagnostics(
      outcomes.map((outcome) => ({ path: outcome.result.path, crossFile: outcome.crossFile })),
      cache,
    );
  } finally {
    // The files' results are kept even when the project phase fails.
    cache?.save();
  }
  const files = outcomes.map((outcome) =>
    withDiagnostics(outcome.result, crossFile.get(outcome.result.path) ?? []),
  );
  const report: LintFilesResult = { ...makeReport(files), matchedFiles, unmatchedPatterns };
  const fixedFiles = outcomes.filter((outcome) => outcome.fixed).map((outcome) => outcome.result.path);
  if (options.fix) report.fixedFiles = fixedFiles;
  return report;
}
