import type { LintReport } from '../report/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown, type MarkdownOptions } from './markdown.js';
import { formatSarif, type SarifOptions } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

export interface FormatOptions {
  /** ANSI colours (stylish only). */
  color?: boolean;
  markdown?: MarkdownOptions;
  /** Where the report's paths are (SARIF's artifact URIs are relative to the repository root). */
  sarif?: SarifOptions;
}

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
