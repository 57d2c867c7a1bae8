import type { Diagnostic, FileResult, LintReport } from './types.js';

export function withDiagnostics(result: FileResult, extra: readonly Diagnostic[]): FileResult {
  if (extra.length === 0) return result;
  const diagnostics = [...result.diagnostics, ...extra].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { ...result, diagnostics, errorCount, warningCount: diagnostics.length - errorCount };
}

export function makeReport(files: FileResult[]): LintReport {
  let errorCount = 0;
  let warningCount = 0;
  for (const file of files) {
    errorCount += file.errorCount;
    warningCount += file.warningCount;
  }
  return { version: 1, files, errorCount, warningCount };
}
