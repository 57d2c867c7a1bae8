import { countDiagnostics, sortDiagnostics } from './diagnostic.js';
import type { Diagnostic, FileMetrics, FileResult, LintReport } from './types.js';

/** A file's result: its diagnostics in report order, counted. */
export function fileResult(
  path: string,
  metrics: FileMetrics,
  diagnostics: readonly Diagnostic[],
): FileResult {
  const sorted = sortDiagnostics(diagnostics);
  return { path, metrics, diagnostics: sorted, ...countDiagnostics(sorted) };
}

/** The result with more diagnostics (cross-file ones), sorted in and counted again. */
export function withDiagnostics(result: FileResult, extra: readonly Diagnostic[]): FileResult {
  if (extra.length === 0) return result;
  return keepSeo(result, fileResult(result.path, result.metrics, [...result.diagnostics, ...extra]));
}

/** The result keeping only the diagnostics `keep` accepts (`--quiet`: errors only). */
export function filterDiagnostics(result: FileResult, keep: (diagnostic: Diagnostic) => boolean): FileResult {
  return keepSeo(result, fileResult(result.path, result.metrics, result.diagnostics.filter(keep)));
}

/** The SEO verdict is the engine's, made from the file's own diagnostics: it is carried over. */
const keepSeo = (from: FileResult, to: FileResult): FileResult => (from.seo ? { ...to, seo: from.seo } : to);

export function makeReport(files: FileResult[]): LintReport {
  let errorCount = 0;
  let warningCount = 0;
  for (const file of files) {
    errorCount += file.errorCount;
    warningCount += file.warningCount;
  }
  return { version: 1, files, errorCount, warningCount };
}
