import * as linter from '@plume/linter';
import type { LintReport } from './report-types.js';

// TODO(integration): import these directly once @plume/linter's index exports them; until then a
// missing export is a clear error rather than a type error that would block the Action's build.
interface LinterConfig {
  baseDir: string;
  articles: string[];
  seeds: string[];
}
type LoadConfig = (options: {
  cwd?: string;
  configFile?: string | undefined;
}) => { ok: true; config: LinterConfig } | { ok: false; error: string };
type LintFiles = (patterns: string[], options: Record<string, unknown>) => LintReport | Promise<LintReport>;
type FormatReport = (report: LintReport, format: 'markdown') => string;

function api<T>(name: string): T {
  const fn = (linter as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`@plume/linter does not export ${name}`);
  return fn as T;
}

export type LoadedConfig = { ok: true; config: LinterConfig } | { ok: false; error: string };

/** The linter's configuration: `configFile` when set (it must exist), else plume.config.json if present. */
export function loadLinterConfig(cwd: string, configFile: string | undefined): LoadedConfig {
  return api<LoadConfig>('loadConfig')({ cwd, configFile });
}

export const EMPTY_REPORT: LintReport = { version: 1, files: [], errorCount: 0, warningCount: 0 };

/** Lints the given files (paths or globs from `cwd`) with the repository's configuration. */
export async function lintPaths(
  patterns: string[],
  cwd: string,
  configFile: string | undefined,
): Promise<LintReport> {
  if (patterns.length === 0) return EMPTY_REPORT;
  return await api<LintFiles>('lintFiles')(patterns, { cwd, ...(configFile ? { configFile } : {}) });
}

/** The linter's Markdown report, the body of the comment and summary (DESIGN §6.3). */
export function markdownReport(report: LintReport): string {
  return api<FormatReport>('formatReport')(report, 'markdown');
}
