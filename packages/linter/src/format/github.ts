import { githubAnnotation } from '../report/github-annotation.js';
import type { LintReport } from '../report/types.js';

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per diagnostic. */
export function formatGithub(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const at = githubAnnotation(file.path, d);
      const properties = [`file=${escapeProperty(at.file)}`, `line=${at.startLine}`];
      if (at.startColumn !== undefined) properties.push(`col=${at.startColumn}`, `endColumn=${at.endColumn}`);
      properties.push(`endLine=${at.endLine}`, `title=${escapeProperty(at.title)}`);
      lines.push(`::${d.severity} ${properties.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
