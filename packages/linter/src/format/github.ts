import type { LintReport } from '../report/types.js';

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands: one annotation per diagnostic. Columns only for
 * single-line diagnostics, as GitHub ignores (or misplaces) them otherwise.
 */
export function formatGithub(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const properties = [`file=${escapeProperty(file.path)}`, `line=${d.line}`];
      if (d.endLine === d.line) {
        properties.push(`col=${d.column}`, `endColumn=${Math.max(d.endColumn, d.column)}`);
      }
      properties.push(`endLine=${d.endLine}`, `title=${escapeProperty(`Plume ${d.ruleId}`)}`);
      lines.push(
        `::${d.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(d.message)}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
