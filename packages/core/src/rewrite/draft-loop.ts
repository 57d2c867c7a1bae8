import { promptTokens } from '../cost.js';
import type { DraftFixer, DraftLinter } from '../lint/types.js';
import type { ModelClient, Usage } from '../model/client.js';
import { outputBudget, REASONING_ALLOWANCE } from '../model/profiles.js';
import { buildPrompt } from '../prompt/build-prompt.js';
import type { ArticleSpec } from '../prompt/spec.js';
import type { Provenance } from '../reply/finalise.js';
import type { Seed } from '../seed/types.js';
import { better, type Draft, judgeReply } from './judge-reply.js';

export type { Draft };

export interface DraftLoopResult {
  /** The best draft (fewest errors, then fewest warnings); undefined when none parsed. */
  best: Draft | undefined;
  /** Drafts requested (first draft + repairs), not counting transport retries. */
  attempts: number;
  requests: number;
  usage: Usage;
  /** Why the last attempt failed, when it did. */
  lastFailure: string | undefined;
  /** Every attempt that gave no draft, and why (a provider error on a repair, a cut-off reply). */
  failures: AttemptFailure[];
}

export interface AttemptFailure {
  /** 1 is the first draft, 2 the first repair. */
  attempt: number;
  reason: string;
}

export interface DraftLoopInput {
  seed: Seed;
  spec: ArticleSpec;
  provenance: Provenance;
  /** The article's path, for the linter's config overrides. */
  articlePath: string;
  client: ModelClient;
  /** `rewrite.maxOutputTokens`: a fixed budget, not grown after a cut-off. */
  maxOutputTokens?: number | undefined;
  lint: DraftLinter;
  fix?: DraftFixer | undefined;
  maxRepairs: number;
  deadline: number;
  sourceId: string;
  /** Called as each draft request starts, with its 1-based number. */
  onAttempt?: (attempt: number) => void;
  /** The api key: removed from any reply that echoes it before the reply is used or written. */
  secrets?: readonly (string | undefined)[] | undefined;
}

/** The fewest tokens in which an article of `minWords` fits. */
export const minimumReply = (spec: ArticleSpec) => Math.ceil(spec.minWords * 1.8) + 300;

/**
 * First draft, then up to `maxRepairs` repairs, each linted (faithfulness against the seed
 * included). Stops at the first clean draft; keeps the best one otherwise.
 */
export async function runDraftLoop(input: DraftLoopInput): Promise<DraftLoopResult> {
  const { seed, spec, client } = input;
  const prompt = buildPrompt(seed, spec, input.sourceId);
  const usage: Usage = { promptTokens: 0, completionTokens: 0 };
  let messages = prompt;
  let best: Draft | undefined;
  let attempts = 0;
  let requests = 0;
  let lastFailure: string | undefined;
  const failures: AttemptFailure[] = [];
  const { profile } = client;
  let maxOutputTokens = outputBudget(spec.targetWords, profile, input.maxOutputTokens);

  for (let attempt = 0; attempt <= input.maxRepairs; attempt++) {
    if (Date.now() >= input.deadline) {
      lastFailure = 'the per-seed deadline passed';
      break;
    }
    // Fit the reply into the model's context window, or fail clearly instead of a provider 400.
    const { contextTokens } = profile;
    const sent = promptTokens(messages);
    const room = contextTokens - sent;
    if (room < minimumReply(spec)) {
      lastFailure = `the prompt (${sent} tokens) leaves no room for an article in ${client.model}'s context of ${contextTokens} tokens (rewrite.profile.contextTokens)`;
      failures.push({ attempt: attempts + 1, reason: lastFailure });
      break;
    }
    attempts++;
    input.onAttempt?.(attempts);
    const budget = Math.min(maxOutputTokens, room);
    const reply = await client.complete(messages, { maxOutputTokens: budget, deadline: input.deadline });
    requests += reply.requests;
    usage.promptTokens += reply.usage.promptTokens;
    usage.completionTokens += reply.usage.completionTokens;
    if (!reply.ok) {
      lastFailure = reply.reason;
      failures.push({ attempt: attempts, reason: reply.reason });
      if (!reply.redraft) break;
      if (reply.cutOff) {
        // A budget the config set is the user's ceiling: asking again would be cut off the same way.
        if (input.maxOutputTokens !== undefined) break;
        // The context window, not the budget, was the limit: more budget cannot be sent.
        if (budget < maxOutputTokens) {
          lastFailure = `${reply.reason}; the context of ${contextTokens} tokens (rewrite.profile.contextTokens) leaves no more room`;
          failures[failures.length - 1] = { attempt: attempts, reason: lastFailure };
          break;
        }
        // More room; and reasoning that ate the budget gets a reasoning model's allowance at once.
        const grown = Math.ceil(maxOutputTokens * 1.5);
        maxOutputTokens = reply.reasoning ? Math.max(grown, maxOutputTokens + REASONING_ALLOWANCE) : grown;
      }
      continue;
    }
    const judged = await judgeReply(reply.content, { ...input, prompt });
    if (!judged.ok) {
      lastFailure = judged.failure;
      failures.push({ attempt: attempts, reason: lastFailure });
      messages = judged.repair;
      continue;
    }
    lastFailure = undefined;
    if (better(judged.draft, best)) best = judged.draft;
    if (!judged.repair) break;
    messages = judged.repair;
  }
  return { best, attempts, requests, usage, lastFailure, failures };
}
