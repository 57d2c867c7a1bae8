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
} from './article/article.js';
export { argsErrorMessage } from './cli/options-error.js';
export { prestartForLintArgs } from './cli/prestart.js';
export { type CliIo, lintUsage, runLintCli, USAGE } from './cli/run-cli.js';
export { findConfigFile } from './config/config-file.js';
export { loadConfig } from './config/load.js';
export {
  type ConfigResult,
  DEFAULT_ARTICLES,
  DEFAULT_SEEDS,
  type ResolvedConfig,
  type RuleSetting,
  settingsFor,
} from './config/resolve.js';
export type { ConfigFile, RuleEntry } from './config/schema.js';
export { closestName, didYouMean } from './config/suggest.js';
export { FORMATS, type Format, type FormatOptions, formatReport } from './format/index.js';
export { escapeMarkdown, type MarkdownOptions } from './format/markdown.js';
export { type Keyphrase, parseKeyphrase } from './french/keyphrase-forms.js';
export { keyphraseSlug } from './french/keyphrase-slug.js';
export { VERSION } from './package/version.js';
export {
  compareDiagnostics,
  countDiagnostics,
  type DiagnosticFields,
  makeDiagnostic,
  type Place,
  sortDiagnostics,
} from './report/diagnostic.js';
export { type GithubAnnotation, githubAnnotation } from './report/github-annotation.js';
export type { Diagnostic, FileMetrics, FileResult, LintReport, Severity } from './report/types.js';
export { docsUrl, rules } from './rules/index.js';
export { densityBounds } from './rules/keyphrase-density.js';
export {
  type CollectContext,
  type Collected,
  defineRule,
  type FileContext,
  type FileProblem,
  type Fix,
  type ProjectContext,
  type Report,
  type Rule,
  type RuleContext,
  type SourceText,
} from './rules/rule.js';
export { DEFAULT_MIN_WORDS } from './rules/word-count.js';
export { arialWidth } from './text/arial-width.js';
export { MAX_SLUG_LENGTH, slugify } from './text/normalize.js';
export { splitSentences } from './text/sentences.js';
export { countWords, tokenizeWords } from './text/words.js';
