// The report shapes the Action reads: the linter's (DESIGN §4.5) and the rewriter's (§5.3), as
// the Action shows them (paths relative to the repository root, no per-draft diagnostics).
import type { SeedStatus } from '@plume/core';

export type { Diagnostic, FileResult, LintReport, Severity } from '@plume/linter';

export interface SeedOutcome {
  seed: string;
  article: string | null;
  /** `submitted`: in a provider batch not finished yet (`batch: true`). */
  status: SeedStatus | 'submitted';
  attempts: number;
  usage: { promptTokens: number; completionTokens: number };
  words: number | null;
  errorCount: number;
  warningCount: number;
  error: string | null;
  /** Problems with the seed that did not stop it (encoding guessed, instruction parts ignored). */
  warnings: string[];
}

export interface RewriteReport {
  version: 1;
  model: string;
  seeds: SeedOutcome[];
}
