import type { Diagnostic, FileResult, LintReport } from '../../src/report-types.js';

export const diag = (
  severity: Diagnostic['severity'],
  line: number,
  extra: Partial<Diagnostic> = {},
): Diagnostic => ({
  ruleId: severity === 'error' ? 'word-count' : 'paragraph-length',
  severity,
  message: `${severity} at ${line}`,
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  fixable: false,
  ...extra,
});

const METRICS: FileResult['metrics'] = {
  words: 0,
  h2: 0,
  titleLength: 0,
  descriptionLength: 0,
  fleschFr: 0,
  sentences: 0,
  readingMinutes: 0,
};

export function fileResult(
  path: string,
  diagnostics: Diagnostic[],
  metrics: Partial<FileResult['metrics']> = {},
): FileResult {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    path,
    metrics: { ...METRICS, ...metrics },
    diagnostics,
    errorCount: errors,
    warningCount: diagnostics.length - errors,
  };
}

export function lintReport(files: FileResult[] | Record<string, Diagnostic[]>): LintReport {
  const list = Array.isArray(files)
    ? files
    : Object.entries(files).map(([path, diagnostics]) => fileResult(path, diagnostics));
  return {
    version: 1,
    files: list,
    errorCount: list.reduce((n, f) => n + f.errorCount, 0),
    warningCount: list.reduce((n, f) => n + f.warningCount, 0),
  };
}
