import { createColors } from 'picocolors';
import type { LintReport, SeoSummary } from '../report/types.js';

const VERDICTS: Record<SeoSummary['verdict'], string> = {
  good: 'good',
  'needs-work': 'needs work',
  poor: 'poor',
  'no-keyphrase': 'no focus keyphrase',
};

/** `SEO: needs work · keyphrase « coopération militaire » (keyphrase-density)` */
export function seoLine(seo: SeoSummary): string {
  const keyphrase = seo.keyphrase === null ? '' : ` · keyphrase « ${seo.keyphrase} »`;
  const problems = seo.problems.length > 0 ? ` (${seo.problems.join(', ')})` : '';
  return `SEO: ${VERDICTS[seo.verdict]}${keyphrase}${problems}`;
}

/** The human format, like ESLint's stylish: one block per file, a summary line. */
export function formatStylish(report: LintReport, color: boolean): string {
  const c = createColors(color);
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) {
      // A clean article with a keyphrase still gets its SEO verdict: good.
      if (file.seo?.keyphrase) lines.push(`${c.underline(file.path)}  ${c.green(seoLine(file.seo))}`, '');
      continue;
    }
    lines.push(c.underline(file.path));
    if (file.seo) {
      const seo = seoLine(file.seo);
      lines.push(`  ${file.seo.verdict === 'good' ? c.green(seo) : c.yellow(seo)}`);
    }
    const width = Math.max(...file.diagnostics.map((d) => `${d.line}:${d.column}`.length));
    for (const d of file.diagnostics) {
      const where = `${d.line}:${d.column}`.padEnd(width);
      const severity = d.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      lines.push(`  ${c.dim(where)}  ${severity}  ${d.message}  ${c.dim(d.ruleId)}`);
    }
    lines.push('');
  }
  const total = report.errorCount + report.warningCount;
  if (total === 0) {
    lines.push(c.green(`✔ ${report.files.length} file(s) linted, no problems`));
  } else {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${report.errorCount} error${report.errorCount === 1 ? '' : 's'}, ${report.warningCount} warning${report.warningCount === 1 ? '' : 's'}) in ${report.files.length} file(s)`;
    lines.push(report.errorCount > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    const fixable = report.files.reduce((n, file) => n + file.diagnostics.filter((d) => d.fixable).length, 0);
    if (fixable > 0) lines.push(c.dim(`  ${fixable} fixable with --fix`));
  }
  return `${lines.join('\n')}\n`;
}
