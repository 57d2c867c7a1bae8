import type { Diagnostic } from '@plume/linter';

export type { Diagnostic };

export interface DraftLintResult {
  words: number;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

/**
 * Lints one finalised draft; `sourceText` enables the faithfulness rules; `minWords`, the
 * seed's own minimum, replaces the project's `word-count` minimum.
 */
export type DraftLinter = (
  text: string,
  context: { path: string; sourcePath: string; sourceText: string; minWords?: number | undefined },
) => Promise<DraftLintResult>;

/** Applies the linter's automatic fixes (typography...) to a draft's Markdown body. */
export type DraftFixer = (body: string) => string;
