import { recordOutcome } from './cache.js';
import type { Draft } from './judge-reply.js';
import type { PreparedSeed } from './prepare-seed.js';
import type { SeedResult } from './types.js';
import { writeArticleFor } from './write-atomic.js';

/**
 * A seed's result once its best draft is known, shared by the synchronous and the batch paths:
 * the article written with its outcome recorded (a draft left with errors is tried again next
 * run), or `failed` when the write is refused. `errorsLeft` says why a draft with errors stopped.
 */
export function writeBestDraft(
  prepared: PreparedSeed,
  base: SeedResult,
  best: Draft,
  errorsLeft: string,
): SeedResult {
  const written = writeArticleFor(prepared, recordOutcome(best.text, best.errorCount));
  if (!written.ok) return { ...base, status: 'failed', error: `${base.article}: ${written.message}` };
  const clean = best.errorCount === 0;
  return {
    ...base,
    status: clean ? 'written' : 'written-with-errors',
    words: best.words,
    errorCount: best.errorCount,
    warningCount: best.warningCount,
    diagnostics: best.diagnostics,
    error: clean ? null : errorsLeft,
  };
}
