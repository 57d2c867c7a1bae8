export { PlumeConfigError } from './config/config-error.js';
export { type LintFilesOptions, type LintFilesResult, lintFiles } from './run/lint-files.js';
export { fix, type LintTextOptions, lintText } from './run/lint-text.js';
