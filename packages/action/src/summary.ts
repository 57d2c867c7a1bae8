import * as core from '@actions/core';
import { type RunView, renderSummary } from './render.js';
import { utf8Bytes } from './truncate.js';

export type SummaryOutcome =
  | { kind: 'written'; bytes: number }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; message: string };

/**
 * Appends the full report to the job summary (kept under the 1 MiB a step may write), after
 * whatever earlier steps wrote. Outside a runner there is no summary file: that is not an error.
 */
export async function writeJobSummary(view: RunView): Promise<SummaryOutcome> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    return { kind: 'skipped', reason: 'GITHUB_STEP_SUMMARY is not set: no job summary.' };
  }
  const markdown = renderSummary(view);
  try {
    await core.summary.addRaw(markdown, true).write();
    return { kind: 'written', bytes: utf8Bytes(markdown) };
  } catch (error) {
    core.summary.emptyBuffer();
    return { kind: 'failed', message: `Could not write the job summary: ${(error as Error).message}` };
  }
}
