/**
 * The linter's diagnostic and file-result shapes (DESIGN §4.5), as the rewriter reads them.
 * Structural copies so that the pure stages compile on their own; `@plume/linter` results
 * are assignable to them.
 */
export interface Diagnostic {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  url?: string;
}

export interface DraftLintResult {
  words: number;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

/** Lints one finalised draft; `sourceText` enables the faithfulness rules. */
export type DraftLinter = (
  text: string,
  context: { path: string; sourcePath: string; sourceText: string },
) => Promise<DraftLintResult>;
