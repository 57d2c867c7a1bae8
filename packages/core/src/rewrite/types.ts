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
  /** Words of the seed text (instruction line excluded). */
  seedWords: number;
  /** The first draft's request. */
  promptTokens: number;
  completionTokens: number;
  /** The ceiling: every request, repairs included, using its whole output allowance. */
  maxPromptTokens: number;
  maxCompletionTokens: number;
  /** USD for one first draft; undefined when the model has no known price. */
  costUsd: number | undefined;
  /** USD at the ceiling (maxPromptTokens, maxCompletionTokens). */
  maxCostUsd: number | undefined;
  /** The model also bills hidden reasoning tokens, which no estimate can count in advance. */
  reasoning: boolean;
}

export interface SeedResult {
  seed: string;
  article: string;
  /** `submitted`: in a provider batch not finished yet (`plume rewrite --batch --no-wait`). */
  status: SeedStatus | 'dry-run' | 'submitted';
  attempts: number;
  /** HTTP requests made, transport retries included (absent when none was made). */
  requests?: number;
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
  /** The provider batch holding the seed's latest request (`--batch`). */
  batch?: { id: string; status: string } | undefined;
}

/** A `--batch` run: the batches it created or collected, and what the tokens cost at batch prices. */
export interface BatchSummary {
  batches: Array<{ id: string; round: number; status: string; requests: number }>;
  /** Undefined when the model has no known price (and in a dry run, whose estimates carry it). */
  costUsd: number | undefined;
}

export interface RewriteReport {
  version: 1;
  model: string;
  seeds: SeedResult[];
  batch?: BatchSummary | undefined;
}

/** A seed's draft request starting: attempt 1 is the first draft, later ones repairs. */
export interface SeedProgress {
  seed: string;
  attempt: number;
}
