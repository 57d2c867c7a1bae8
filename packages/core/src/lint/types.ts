import type { Diagnostic } from '@plume/linter';

export type { Diagnostic };

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

/** Applies the linter's automatic fixes (typography...) to a draft's Markdown body. */
export type DraftFixer = (body: string) => string;
