import { estimateCost, type Price, priceFor, promptTokens, textTokens } from '../cost.js';
import { type ModelProfile, outputBudget, REASONING_ALLOWANCE } from '../model/profiles.js';
import { buildPrompt } from '../prompt/build-prompt.js';
import type { ArticleSpec } from '../prompt/spec.js';
import type { Seed } from '../seed/types.js';
import type { DryRunEstimate } from './types.js';

/** Room a repair request adds for the list of errors, on top of the previous draft. */
const REPAIR_NOTE_TOKENS = 600;

/**
 * What a seed will cost: the expected first draft, and a true ceiling in which every request
 * (first draft and each repair) uses its whole output allowance, grown as a cut-off reply grows
 * it, within the model's context. The same seed gives the same figures every run: the source id,
 * random in a real request, is derived from the seed here.
 */
export function estimateSeed(
  seed: Seed,
  spec: ArticleSpec,
  run: {
    model: string;
    maxRepairs: number;
    prices: Readonly<Record<string, Price>>;
    /** `rewrite.maxOutputTokens`: a fixed budget, never grown. */
    maxOutputTokens?: number | undefined;
  },
  profile: ModelProfile,
): DryRunEstimate {
  const { model, maxRepairs, prices } = run;
  const messages = buildPrompt(seed, spec, seed.sha256.slice(0, 16));
  const prompt = promptTokens(messages);
  // Tokens per word measured on the seed itself, so the estimate follows its language.
  const seedWords = seed.text.split(/\s+/).filter((w) => w !== '').length;
  const completion = Math.ceil((textTokens(seed.text) / (seedWords || 1)) * spec.targetWords * 1.1) + 120;
  const price = priceFor(model, prices);
  const { contextTokens } = profile;
  const ceiling = { promptTokens: 0, completionTokens: 0 };
  let allowance = outputBudget(spec.targetWords, profile, run.maxOutputTokens);
  let sent = prompt;
  for (let attempt = 0; attempt <= maxRepairs; attempt++) {
    const reply = Math.max(0, Math.min(allowance, contextTokens - sent));
    ceiling.promptTokens += sent;
    ceiling.completionTokens += reply;
    sent = prompt + reply + REPAIR_NOTE_TOKENS;
    // The draft loop grows the budget after a cut-off reply, as far as a reasoning allowance.
    if (run.maxOutputTokens === undefined) {
      const grown = Math.ceil(allowance * 1.5);
      allowance = profile.reasoning ? Math.max(grown, allowance + REASONING_ALLOWANCE) : grown;
    }
  }
  return {
    system: messages[0]?.content ?? '',
    user: messages[1]?.content ?? '',
    seedWords,
    promptTokens: prompt,
    completionTokens: completion,
    maxPromptTokens: ceiling.promptTokens,
    maxCompletionTokens: ceiling.completionTokens,
    costUsd: estimateCost(price, { promptTokens: prompt, completionTokens: completion }),
    maxCostUsd: estimateCost(price, ceiling),
    reasoning: profile.reasoning,
  };
}
