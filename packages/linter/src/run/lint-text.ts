import { resolve } from 'node:path';
import { PlumeConfigError } from '../config/config-error.js';
import { type ResolvedConfig, resolveConfig } from '../config/resolve.js';
import type { ConfigFile } from '../config/schema.js';
import { crossFileDiagnostics } from '../lint/cross-file.js';
import { fixDocument, lintDocument } from '../lint/lint-document.js';
import { makeReport, withDiagnostics } from '../report/make-report.js';
import type { LintReport } from '../report/types.js';
import type { SourceText } from '../rules/rule.js';
import { readNamedSource } from './read-source.js';

export interface LintTextOptions {
  /** Shown in the report and matched against `overrides`; default `<text>`. */
  path?: string;
  /** A loaded configuration (loadConfig) or a plain config object; default: built-in defaults. */
  config?: ResolvedConfig | ConfigFile;
  /** The source text for the faithfulness rules; default: the file named by `source:`. */
  source?: string | SourceText;
  /** Base directory for a plain config object and for a relative `path`; default process.cwd(). */
  cwd?: string;
}

const isResolved = (config: ResolvedConfig | ConfigFile): config is ResolvedConfig =>
  'baseDir' in config && 'rules' in config && 'overrides' in config && Array.isArray(config.extends);

function toResolved(
  config: ResolvedConfig | ConfigFile | undefined,
  cwd: string | undefined,
): ResolvedConfig {
  if (config && isResolved(config)) return config;
  const result = resolveConfig(config ?? {}, { baseDir: resolve(cwd ?? process.cwd()) });
  if (!result.ok) throw new PlumeConfigError(result.error);
  return result.config;
}

const documentPaths = (options: LintTextOptions) => ({
  path: options.path ?? '<text>',
  absolutePath: options.path === undefined ? undefined : resolve(options.cwd ?? process.cwd(), options.path),
});

const sourceOf = (options: LintTextOptions, config: ResolvedConfig) =>
  options.source ?? readNamedSource(config.baseDir);

/** Lints one Markdown text (DESIGN §4.6). Synchronous; reads only the `source` file if named. */
export function lintText(text: string, options: LintTextOptions = {}): LintReport {
  const config = toResolved(options.config, options.cwd);
  const output = lintDocument({ ...documentPaths(options), text, config, source: sourceOf(options, config) });
  const crossFile = crossFileDiagnostics([{ path: output.result.path, crossFile: output.crossFile }]);
  return makeReport([withDiagnostics(output.result, crossFile.get(output.result.path) ?? [])]);
}

/** The text with every fixable problem fixed (french-typography, markdownlint fixes). */
export function fix(text: string, options: LintTextOptions = {}): string {
  const config = toResolved(options.config, options.cwd);
  return fixDocument({ ...documentPaths(options), text, config, source: sourceOf(options, config) }).text;
}
