import type { ProfileOverride } from '../rewrite-config.js';

/** How one family of models wants its Chat Completions request shaped. */
export interface ModelProfile {
  /** Which parameter caps the reply's length. */
  tokenParam: 'max_completion_tokens' | 'max_tokens';
  /** GPT-5 and the o-series reject any temperature but the default. */
  temperature: boolean;
  /** Reasoning models spend hidden tokens out of the same completion budget. */
  reasoning: boolean;
  contextTokens: number;
}

const profile = (
  tokenParam: ModelProfile['tokenParam'],
  temperature: boolean,
  reasoning: boolean,
  contextTokens: number,
): ModelProfile => ({ tokenParam, temperature, reasoning, contextTokens });

/**
 * First match wins; the name is matched without any `provider/` prefix (OpenRouter's
 * `deepseek/deepseek-r1`) or `:tag` suffix (Ollama's `qwen3:8b`). A name this table does not know
 * (an Azure deployment, a local alias) gets FALLBACK unless `rewrite.profile` says otherwise.
 */
const PROFILES: ReadonlyArray<readonly [RegExp, ModelProfile]> = [
  [/^gpt-5/, profile('max_completion_tokens', false, true, 400_000)],
  [/^o[134](?:-|$)/, profile('max_completion_tokens', false, true, 200_000)],
  [/^gpt-4\.1/, profile('max_completion_tokens', true, false, 1_047_576)],
  [/^(?:gpt-4o|chatgpt-4o)/, profile('max_completion_tokens', true, false, 128_000)],
  // Open-weight OpenAI models: reasoning always on, served by Groq, Ollama, vLLM, llama.cpp.
  [/^gpt-oss/, profile('max_tokens', true, true, 131_072)],
  // Gemini 2.5 and later think by default, and the thinking counts against max_tokens.
  [/^gemini-(?:2\.5|[3-9])/, profile('max_tokens', true, true, 1_048_576)],
  [/^gemini/, profile('max_tokens', true, false, 1_048_576)],
  [/^(?:deepseek-reasoner|deepseek-r1)/, profile('max_tokens', true, true, 128_000)],
  [/^deepseek/, profile('max_tokens', true, false, 128_000)],
  // Distills of R1 and the Qwen3 family write a <think> block before answering (hybrid by default).
  [/(?:-r1-distill|r1-distill-|^qwq|^qwen3)/, profile('max_tokens', true, true, 32_768)],
  [/^magistral/, profile('max_tokens', true, true, 128_000)],
  [
    /^(?:mistral|ministral|open-mistral|codestral|pixtral|devstral)/,
    profile('max_tokens', true, false, 128_000),
  ],
  [/^grok-(?:3-mini|4)/, profile('max_tokens', true, true, 256_000)],
  [/(?:thinking|reasoning|reasoner)/, profile('max_tokens', true, true, 32_768)],
];

/** Ollama, vLLM, LM Studio and other compatible servers all accept the classic parameters. */
const FALLBACK = profile('max_tokens', true, false, 32_768);

export function modelName(model: string): string {
  return model
    .toLowerCase()
    .replace(/^.*\//, '')
    .replace(/:[^:]*$/, '');
}

/** The model's profile: the table's guess from its name, then what `rewrite.profile` states. */
export function profileFor(model: string, override: ProfileOverride = {}): ModelProfile {
  const name = modelName(model);
  const guessed = PROFILES.find(([pattern]) => pattern.test(name))?.[1] ?? FALLBACK;
  return {
    tokenParam: override.tokenParam ?? guessed.tokenParam,
    temperature: override.temperature ?? guessed.temperature,
    reasoning: override.reasoning ?? guessed.reasoning,
    contextTokens: override.contextTokens ?? guessed.contextTokens,
  };
}

/** Tokens a reasoning model may think for before it writes: Gemini's default budget is 8,192. */
export const REASONING_ALLOWANCE = 12_000;

/**
 * The reply's token budget: room for the article (French runs about 1.6 tokens a word, plus the
 * front matter), and for the reasoning a reasoning model does first. `rewrite.maxOutputTokens`
 * replaces the guess.
 */
export function outputBudget(targetWords: number, profile: ModelProfile, configured?: number): number {
  if (configured !== undefined) return configured;
  const article = Math.ceil(targetWords * 2.5) + 600;
  return profile.reasoning ? article + REASONING_ALLOWANCE : article;
}
