import { resolve } from 'node:path';
import { loadConfig } from './config/load.js';
import { type ResolvedConfig, resolveConfig } from './config/resolve.js';
import type { ConfigFile } from './config/schema.js';
import { expandPatterns, shard } from './files.js';
import { fixDocument, lintDocument } from './lint-document.js';
import type { FileOutcome } from './lint-file.js';
import { runJobs } from './pool.js';
import { makeReport, withDiagnostics } from './report.js';
import type { SourceText } from './rule.js';
import { docsUrl } from './rules/index.js';
import { uniqueMetadataDiagnostics } from './rules/unique-metadata.js';
import type { LintReport } from './types.js';

/** A configuration error: the message names the file and the key. */
export class PlumeConfigError extends Error {
  override name = 'PlumeConfigError';
}

export interface LintTextOptions {
  /** Shown in the report and matched against `overrides`; default `<text>`. */
  path?: string;
  /** A loaded configuration (loadConfig) or a plain config object; default: built-in defaults. */
  config?: ResolvedConfig | ConfigFile;
  /** The source text for the faithfulness rules; default: the file named by `source:`. */
  source?: string | SourceText;
  /** Base directory for a plain config object and for a relative `path`; default process.cwd(). */
  cwd?: string;
}

const isResolved = (config: ResolvedConfig | ConfigFile): config is ResolvedConfig =>
  'baseDir' in config && 'rules' in config && 'overrides' in config && Array.isArray(config.extends);

function toResolved(
  config: ResolvedConfig | ConfigFile | undefined,
  cwd: string | undefined,
): ResolvedConfig {
  if (config && isResolved(config)) return config;
  const result = resolveConfig(config ?? {}, { baseDir: resolve(cwd ?? process.cwd()) });
  if (!result.ok) throw new PlumeConfigError(result.error);
  return result.config;
}

const documentPaths = (options: LintTextOptions) => ({
  path: options.path ?? '<text>',
  absolutePath: options.path === undefined ? undefined : resolve(options.cwd ?? process.cwd(), options.path),
});

/** Lints one Markdown text (DESIGN §4.6). Synchronous; reads only the `source` file if named. */
export function lintText(text: string, options: LintTextOptions = {}): LintReport {
  const config = toResolved(options.config, options.cwd);
  const output = lintDocument({ ...documentPaths(options), text, config, source: options.source });
  return makeReport([output.result]);
}

/** The text with every fixable problem fixed (french-typography, markdownlint fixes). */
export function fix(text: string, options: LintTextOptions = {}): string {
  const config = toResolved(options.config, options.cwd);
  return fixDocument({ ...documentPaths(options), text, config, source: options.source }).text;
}

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
}

export interface LintFilesResult extends LintReport {
  /** Files the patterns matched, before `shard` (0: nothing matched). */
  matchedFiles: number;
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
    const loaded = loadConfig({ cwd, configFile: options.configFile });
    if (!loaded.ok) throw new PlumeConfigError(loaded.error);
    config = loaded.config;
  }
  let jobs = await expandPatterns(patterns, config, cwd);
  const matchedFiles = jobs.length;
  if (options.shard) jobs = shard(jobs, options.shard.index, options.shard.count);
  const outcomes: FileOutcome[] = await runJobs(jobs, config, {
    fix: options.fix ?? false,
    cacheLocation: options.cacheLocation ? resolve(cwd, options.cacheLocation) : undefined,
    concurrency: options.concurrency,
  });
  const duplicates = uniqueMetadataDiagnostics(
    outcomes.map((outcome) => outcome.summary),
    docsUrl('unique-metadata'),
  );
  const files = outcomes.map((outcome) =>
    withDiagnostics(outcome.result, duplicates.get(outcome.result.path) ?? []),
  );
  const report: LintFilesResult = { ...makeReport(files), matchedFiles };
  const fixedFiles = outcomes.filter((outcome) => outcome.fixed).map((outcome) => outcome.result.path);
  if (options.fix) report.fixedFiles = fixedFiles;
  return report;
}
