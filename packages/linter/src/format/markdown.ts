import type { FileResult, LintReport } from '../report/types.js';

/** GitHub's limit on a comment body. */
export const COMMENT_LIMIT = 65_536;

/**
 * Text from articles and seeds rendered inert in GitHub Markdown: no HTML, no images or links,
 * no @mentions or #references that ping, no table breaks.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': '&#64;',
  '#': '&#35;',
};

export function escapeMarkdown(text: string): string {
  // One pass, so the entities written are not escaped again.
  return text.replace(/[&<>@#\\`*_{}[\]()!|~]|\r?\n|\r/g, (char) => {
    if (char.startsWith('\r') || char === '\n') return ' ';
    return ENTITIES[char] ?? `\\${char}`;
  });
}

export interface MarkdownOptions {
  /** First line of the comment, e.g. a hidden marker and a heading. */
  header?: string;
  /** Appended after the files, e.g. the model and tokens used. */
  footer?: string;
  /** Maximum length; default GitHub's 65,536. */
  limit?: number;
}

const SEO_LABEL: Record<NonNullable<FileResult['seo']>['verdict'], string> = {
  good: '✅ good',
  'needs-work': '⚠️ needs work',
  poor: '❌ poor',
  'no-keyphrase': '❌ no keyphrase',
};

/** The keyphrase and SEO verdict cells of a file's row. */
const seoCells = (file: FileResult): string =>
  file.seo
    ? `${file.seo.keyphrase === null ? '—' : `« ${escapeMarkdown(file.seo.keyphrase)} »`} | ${SEO_LABEL[file.seo.verdict]}`
    : '— | —';

const status = (file: FileResult): string =>
  file.errorCount > 0 ? '❌' : file.warningCount > 0 ? '⚠️' : '✅';

function details(file: FileResult): string {
  if (file.diagnostics.length === 0) return '';
  const rows = file.diagnostics.map(
    (d) => `| ${d.line}:${d.column} | ${d.severity} | \`${d.ruleId}\` | ${escapeMarkdown(d.message)} |`,
  );
  return [
    `<details><summary>${escapeMarkdown(file.path)} — ${file.errorCount} error(s), ${file.warningCount} warning(s)</summary>`,
    '',
    '| line | severity | rule | message |',
    '|---|---|---|---|',
    ...rows,
    '',
    '</details>',
    '',
  ].join('\n');
}

/** The PR comment body (DESIGN §6.3): a summary table, then one collapsible section per file. */
export function formatMarkdown(report: LintReport, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const head: string[] = [];
  if (options.header) head.push(options.header, '');
  head.push(
    `**Plume lint**: ${report.files.length} file(s), ${report.errorCount} error(s), ${report.warningCount} warning(s).`,
    '',
    '| file | words | H2s | description | keyphrase | SEO | errors | warnings | status |',
    '|---|---:|---:|---:|---|---|---:|---:|:---:|',
    ...report.files.map(
      (file) =>
        `| ${escapeMarkdown(file.path)} | ${file.metrics.words} | ${file.metrics.h2} | ${file.metrics.descriptionLength} | ${seoCells(file)} | ${file.errorCount} | ${file.warningCount} | ${status(file)} |`,
    ),
    '',
  );
  const footer = options.footer ? `\n${options.footer}\n` : '';
  let body = `${head.join('\n')}\n`;
  if (body.length + footer.length > limit) {
    // Even the table is too long: keep as many rows as fit.
    const note = '\n_The table was truncated to fit in a comment; the full report is in the job summary._\n';
    body = `${body.slice(0, Math.max(0, limit - footer.length - note.length)).replace(/\n[^\n]*$/, '')}${note}`;
    return `${body}${footer}`.slice(0, limit);
  }
  const sections = report.files.map(details).filter(Boolean);
  let shown = 0;
  for (const section of sections) {
    const note = `\n_${sections.length - shown} file(s) not shown: the comment is limited to ${limit} characters; see the job summary._\n`;
    if (body.length + section.length + footer.length + note.length > limit) {
      body += note;
      break;
    }
    body += section;
    shown++;
  }
  return `${body}${footer}`;
}
