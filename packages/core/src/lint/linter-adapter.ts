import * as linter from '@plume/linter';
import type { DraftLinter, DraftLintResult } from './types.js';

interface LintReportShape {
  files: Array<{
    metrics: { words: number };
    diagnostics: DraftLintResult['diagnostics'];
    errorCount: number;
    warningCount: number;
  }>;
}
type LintText = (text: string, options: Record<string, unknown>) => Promise<LintReportShape>;

/**
 * Lints drafts with `@plume/linter` exactly as `plume lint` would lint the written file (same
 * config, same path for overrides), with the seed text as the faithfulness source.
 */
export function createLinterAdapter(options: { cwd: string; configPath: string | undefined }): DraftLinter {
  const lintText = (linter as Record<string, unknown>).lintText as LintText | undefined;
  return async (text, context) => {
    if (typeof lintText !== 'function') {
      throw new Error('@plume/linter does not export lintText: build packages/linter first');
    }
    const report = await lintText(text, {
      path: context.path,
      cwd: options.cwd,
      ...(options.configPath ? { configPath: options.configPath } : {}),
      source: context.sourceText,
    });
    const file = report.files[0];
    if (!file) throw new Error('@plume/linter returned no file result for a draft');
    return {
      words: file.metrics.words,
      diagnostics: file.diagnostics,
      errorCount: file.errorCount,
      warningCount: file.warningCount,
    };
  };
}
