import type { Diagnostic } from '../lint/types.js';
import type { Usage } from '../model/client.js';

export type SeedStatus =
  | 'written'
  | 'written-with-errors'
  | 'skipped-unchanged'
  | 'skipped-edited'
  | 'failed';

export interface DryRunEstimate {
  system: string;
  user: string;
  promptTokens: number;
  completionTokens: number;
  /** USD for one first draft; undefined when the model has no known price. */
  costUsd: number | undefined;
  /** USD if every repair is used. */
  maxCostUsd: number | undefined;
  /** The model also bills hidden reasoning tokens, which no estimate can count in advance. */
  reasoning: boolean;
}

export interface SeedResult {
  seed: string;
  article: string;
  status: SeedStatus | 'dry-run';
  attempts: number;
  usage: Usage;
  words: number | null;
  errorCount: number;
  warningCount: number;
  /** Why the seed failed or was skipped; null otherwise. */
  error: string | null;
  diagnostics: Diagnostic[];
  /** Non-fatal problems with the seed itself (encoding guessed, instruction parts ignored). */
  warnings: string[];
  estimate?: DryRunEstimate;
}

export interface RewriteReport {
  version: 1;
  model: string;
  seeds: SeedResult[];
}
