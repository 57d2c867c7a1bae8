export {
  fix,
  type LintFilesOptions,
  type LintFilesResult,
  type LintTextOptions,
  lintFiles,
  lintText,
  PlumeConfigError,
} from './api.js';
export type {
  Article,
  FrontMatter,
  Heading,
  Paragraph,
  Position,
  Section,
  Sentence,
  Span,
  TextSpan,
} from './article.js';
export { type CliIo, runLintCli, USAGE } from './cli-run.js';
export { findConfigFile, loadConfig } from './config/load.js';
export type { ConfigResult, ResolvedConfig, RuleSetting } from './config/resolve.js';
export type { ConfigFile, RuleEntry } from './config/schema.js';
export { FORMATS, type Format, type FormatOptions, formatReport } from './format/index.js';
export { escapeMarkdown, type MarkdownOptions } from './format/markdown.js';
export {
  defineRule,
  type Fix,
  type Project,
  type Report,
  type Rule,
  type RuleContext,
  type SourceText,
} from './rule.js';
export { docsUrl, rules } from './rules/index.js';
export { MAX_SLUG_LENGTH, slugify } from './text/normalize.js';
export { splitSentences } from './text/sentences.js';
export { countWords, tokenizeWords } from './text/words.js';
export type { Diagnostic, FileMetrics, FileResult, LintReport, Severity } from './types.js';
export { VERSION } from './version.js';
