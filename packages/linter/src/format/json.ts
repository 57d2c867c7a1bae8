import type { LintReport } from '../report/types.js';

/** Exactly the documented shape (DESIGN §4.5), nothing more: one JSON document. */
export function formatJson(report: LintReport): string {
  const clean: LintReport = {
    version: 1,
    files: report.files,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
  };
  return `${JSON.stringify(clean, null, 2)}\n`;
}
