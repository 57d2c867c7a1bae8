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

/** First match wins; the model name is matched without any `provider/` prefix. */
const PROFILES: ReadonlyArray<readonly [RegExp, ModelProfile]> = [
  [
    /^gpt-5/,
    { tokenParam: 'max_completion_tokens', temperature: false, reasoning: true, contextTokens: 400_000 },
  ],
  [
    /^o[134](?:-|$)/,
    { tokenParam: 'max_completion_tokens', temperature: false, reasoning: true, contextTokens: 200_000 },
  ],
  [
    /^gpt-4\.1/,
    { tokenParam: 'max_completion_tokens', temperature: true, reasoning: false, contextTokens: 1_047_576 },
  ],
  [
    /^(?:gpt-4o|chatgpt-4o)/,
    { tokenParam: 'max_completion_tokens', temperature: true, reasoning: false, contextTokens: 128_000 },
  ],
  [
    /^(?:mistral|magistral|ministral|open-mistral|codestral)/,
    { tokenParam: 'max_tokens', temperature: true, reasoning: false, contextTokens: 128_000 },
  ],
];

/** Ollama, vLLM, LM Studio and other compatible servers all accept the classic parameters. */
const FALLBACK: ModelProfile = {
  tokenParam: 'max_tokens',
  temperature: true,
  reasoning: false,
  contextTokens: 32_768,
};

export function profileFor(model: string): ModelProfile {
  const name = model.toLowerCase().replace(/^.*\//, '');
  return PROFILES.find(([pattern]) => pattern.test(name))?.[1] ?? FALLBACK;
}
