import { randomBytes } from 'node:crypto';
import { promptTokens } from '../cost.js';
import type { DraftFixer, DraftLinter } from '../lint/types.js';
import { type ModelProfile, outputBudget, profileFor } from '../model/profiles.js';
import { buildPrompt, type ChatMessage } from '../prompt/build-prompt.js';
import { buildRepairPrompt } from '../prompt/repair-prompt.js';
import { minimumReply } from '../rewrite/draft-loop.js';
import { better, judgeReply } from '../rewrite/judge-reply.js';
import type { PreparedSeed } from '../rewrite/prepare-seed.js';
import type { SeedResult } from '../rewrite/types.js';
import { writeBestDraft } from '../rewrite/write-best-draft.js';
import type { BatchReply } from './read-results.js';
import type { SeedState } from './state.js';

/** A seed of this run that needs the model, with its saved progress. */
export interface SeedJob {
  index: number;
  prepared: PreparedSeed;
  /** The seed's first request; repairs build on it. */
  prompt: ChatMessage[];
  state: SeedState;
}

export function newSeedState(
  prepared: PreparedSeed,
  model: string,
  profile: ModelProfile = profileFor(model),
  configuredBudget?: number,
): SeedState {
  return {
    sha256: prepared.seed.sha256,
    model,
    sourceId: randomBytes(8).toString('hex'),
    attempts: 0,
    usage: { promptTokens: 0, completionTokens: 0 },
    maxOutputTokens: outputBudget(prepared.spec.targetWords, profile, configuredBudget),
    best: null,
    basis: null,
    lastFailure: null,
    pending: null,
    reply: null,
  };
}

/** Saved progress belongs to this seed only if neither the seed nor the model changed since. */
export const stateFits = (
  state: SeedState | undefined,
  prepared: PreparedSeed,
  model: string,
): state is SeedState =>
  state !== undefined && state.sha256 === prepared.seed.sha256 && state.model === model;

export function seedJob(index: number, prepared: PreparedSeed, state: SeedState): SeedJob {
  return { index, prepared, state, prompt: buildPrompt(prepared.seed, prepared.spec, state.sourceId) };
}

export type Advance =
  /** Another request is due (a repair, or the same request with more room). */
  | 'again'
  /** No more requests: a clean draft, or the repairs are used up, or a fault that ends the seed. */
  | 'finished'
  /** The request never ran or met a transient fault: the next run sends it again. */
  | 'resend';

/**
 * One reply applied to a seed, as the synchronous draft loop applies it: judged (parsed, fixed,
 * linted), kept if it is the best draft, and the next repair prepared from it.
 */
export async function applyReply(
  job: SeedJob,
  reply: BatchReply,
  tools: {
    lint: DraftLinter;
    fix?: DraftFixer | undefined;
    model: string;
    maxRepairs: number;
    /** `rewrite.maxOutputTokens` is set: the user's ceiling, never raised after a cut-off. */
    fixedBudget?: boolean;
    secrets?: readonly (string | undefined)[] | undefined;
  },
): Promise<Advance> {
  const s = job.state;
  s.usage.promptTokens += reply.usage.promptTokens;
  s.usage.completionTokens += reply.usage.completionTokens;
  if (!reply.ok) {
    s.lastFailure = reply.reason;
    if (reply.resend) return 'resend';
    s.attempts++;
    if (!reply.redraft) return 'finished';
    // As in the synchronous draft loop: a configured budget would be cut off the same way again.
    if (reply.cutOff && tools.fixedBudget) return 'finished';
    if (reply.cutOff) s.maxOutputTokens = Math.ceil(s.maxOutputTokens * 1.5);
    return s.attempts > tools.maxRepairs ? 'finished' : 'again';
  }
  s.attempts++;
  const { seed, spec, file, articleAbs } = job.prepared;
  const judged = await judgeReply(reply.content, {
    seed,
    spec,
    provenance: { source: file.displayPath, sourceSha256: seed.sha256, model: tools.model },
    articlePath: articleAbs,
    lint: tools.lint,
    fix: tools.fix,
    prompt: job.prompt,
    secrets: tools.secrets,
  });
  if (judged.ok) {
    s.lastFailure = null;
    if (better(judged.draft, s.best ?? undefined)) s.best = judged.draft;
  } else {
    s.lastFailure = judged.failure;
  }
  if (!judged.basis) return 'finished';
  // Only the errors go into a repair request: the warnings need not be kept.
  s.basis = {
    previous: judged.basis.previous,
    diagnostics: judged.basis.diagnostics.filter((d) => d.severity === 'error'),
  };
  return s.attempts > tools.maxRepairs ? 'finished' : 'again';
}

/** The messages and token budget of the seed's next request, or why none fits the context. */
export function nextRequest(
  job: SeedJob,
  model: string,
  profile: ModelProfile = profileFor(model),
): { messages: ChatMessage[]; maxOutputTokens: number } | { problem: string } {
  const s = job.state;
  const messages = s.basis
    ? buildRepairPrompt(job.prompt, s.basis.previous, s.basis.diagnostics)
    : job.prompt;
  const { contextTokens } = profile;
  const sent = promptTokens(messages);
  const room = contextTokens - sent;
  if (room < minimumReply(job.prepared.spec)) {
    return {
      problem: `the prompt (${sent} tokens) leaves no room for an article in ${model}'s context of ${contextTokens} tokens`,
    };
  }
  return { messages, maxOutputTokens: Math.min(s.maxOutputTokens, room) };
}

/** The seed's result once no request is left: its best draft written, or why there is none. */
export async function finishSeed(job: SeedJob): Promise<SeedResult> {
  const s = job.state;
  const { result, file } = job.prepared;
  const base = { ...result, attempts: s.attempts, usage: { ...s.usage } };
  if (!s.best) {
    return {
      ...base,
      status: 'failed',
      error: `${file.displayPath}: no usable draft: ${s.lastFailure ?? 'unknown failure'}`,
    };
  }
  return writeBestDraft(
    job.prepared,
    base,
    s.best,
    `${s.best.errorCount} lint error(s) left after ${s.attempts} attempt(s)`,
  );
}
