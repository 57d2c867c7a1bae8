import { promptTokens } from '../cost.js';
import type { DraftFixer, DraftLinter } from '../lint/types.js';
import type { ModelClient, Usage } from '../model/client.js';
import { profileFor } from '../model/profiles.js';
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
}

export interface DraftLoopInput {
  seed: Seed;
  spec: ArticleSpec;
  provenance: Provenance;
  /** The article's path, for the linter's config overrides. */
  articlePath: string;
  client: ModelClient;
  lint: DraftLinter;
  fix?: DraftFixer | undefined;
  maxRepairs: number;
  deadline: number;
  sourceId: string;
}

/** Room for the article's tokens (French runs about 1.6 tokens a word) plus front matter. */
export function outputBudget(spec: ArticleSpec, model: string): number {
  const article = Math.ceil(spec.targetWords * 2.5) + 600;
  // Reasoning models spend hidden tokens from the same budget before writing a word.
  return profileFor(model).reasoning ? article + 12_000 : article;
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
  let maxOutputTokens = outputBudget(spec, client.model);

  for (let attempt = 0; attempt <= input.maxRepairs; attempt++) {
    if (Date.now() >= input.deadline) {
      lastFailure = 'the per-seed deadline passed';
      break;
    }
    // Fit the reply into the model's context window, or fail clearly instead of a provider 400.
    const { contextTokens } = profileFor(client.model);
    const sent = promptTokens(messages);
    const room = contextTokens - sent;
    if (room < minimumReply(spec)) {
      lastFailure = `the prompt (${sent} tokens) leaves no room for an article in ${client.model}'s context of ${contextTokens} tokens`;
      break;
    }
    attempts++;
    const reply = await client.complete(messages, {
      maxOutputTokens: Math.min(maxOutputTokens, room),
      deadline: input.deadline,
    });
    requests += reply.requests;
    usage.promptTokens += reply.usage.promptTokens;
    usage.completionTokens += reply.usage.completionTokens;
    if (!reply.ok) {
      lastFailure = reply.reason;
      if (!reply.redraft) break;
      // A cut-off reply gets more room; an empty one simply gets asked again.
      if (reply.cutOff) maxOutputTokens = Math.ceil(maxOutputTokens * 1.5);
      continue;
    }
    const judged = await judgeReply(reply.content, { ...input, prompt });
    if (!judged.ok) {
      lastFailure = judged.failure;
      messages = judged.repair;
      continue;
    }
    lastFailure = undefined;
    if (better(judged.draft, best)) best = judged.draft;
    if (!judged.repair) break;
    messages = judged.repair;
  }
  return { best, attempts, requests, usage, lastFailure };
}
