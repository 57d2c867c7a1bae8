import { type LintReport, lintFiles, loadConfig, type ResolvedConfig } from '@plume/linter';

export type LoadedConfig = { ok: true; config: ResolvedConfig } | { ok: false; error: string };

/** The linter's configuration: `configFile` when set (it must exist), else plume.config.json if present. */
export function loadLinterConfig(cwd: string, configFile: string | undefined): LoadedConfig {
  return loadConfig({ cwd, configFile });
}

export const EMPTY_REPORT: LintReport = { version: 1, files: [], errorCount: 0, warningCount: 0 };

/** Lints the given files (paths or globs from `cwd`); report paths are relative to `cwd`. */
export async function lintPaths(
  patterns: string[],
  cwd: string,
  config: ResolvedConfig,
): Promise<LintReport> {
  if (patterns.length === 0) return EMPTY_REPORT;
  const { fixedFiles: _, ...report } = await lintFiles(patterns, { cwd, config });
  return report;
}
