import type { LintReport } from '../report/types.js';
import type { MarkdownOptions } from './markdown.js';
import type { SarifOptions } from './sarif.js';

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

export type Formatter = (report: LintReport, options: FormatOptions) => string;

/**
 * The formatter of one format, its module loaded now: SARIF describes each rule from its docs,
 * and a CLI run that found every file cached has not loaded the rules.
 */
export async function loadFormatter(format: Format): Promise<Formatter> {
  switch (format) {
    case 'stylish': {
      const { formatStylish } = await import('./stylish.js');
      return (report, options) => formatStylish(report, options.color ?? false);
    }
    case 'json': {
      const { formatJson } = await import('./json.js');
      return (report) => formatJson(report);
    }
    case 'sarif': {
      const { formatSarif } = await import('./sarif.js');
      return (report, options) => formatSarif(report, options.sarif);
    }
    case 'github': {
      const { formatGithub } = await import('./github.js');
      return (report) => formatGithub(report);
    }
    case 'markdown': {
      const { formatMarkdown } = await import('./markdown.js');
      return (report, options) => formatMarkdown(report, options.markdown);
    }
  }
}
