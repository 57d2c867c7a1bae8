import type { LintReport } from '../report/types.js';
import type { Format, FormatOptions } from './formats.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { FORMATS, type Format, type FormatOptions, isFormat } from './formats.js';

/** A lint report in one of the CLI's formats (DESIGN §4.5). */
export function formatReport(report: LintReport, format: Format, options: FormatOptions = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, options.color ?? false);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options.sarif);
    case 'github':
      return formatGithub(report);
    case 'markdown':
      return formatMarkdown(report, options.markdown);
  }
}
