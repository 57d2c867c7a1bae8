import { DEFAULT_MIN_WORDS } from '@plume/linter';
import { z } from 'zod';

/**
 * What name-matching guesses about a model, stated instead: an Azure deployment called
 * `articles-prod` is a GPT-5 all the same, and a local `my-qwen` is a reasoning model.
 */
const profileSchema = z.strictObject({
  /** `max_completion_tokens` (OpenAI, Azure, Groq) or `max_tokens` (Mistral and most servers). */
  tokenParam: z.enum(['max_completion_tokens', 'max_tokens']).optional(),
  /** `false` for models that reject a temperature (GPT-5, o-series). */
  temperature: z.boolean().optional(),
  /** Reasoning models spend hidden tokens from the output budget before writing a word. */
  reasoning: z.boolean().optional(),
  /** The context window, prompt and reply together. */
  contextTokens: z.number().int().min(1_024).optional(),
});
export type ProfileOverride = z.output<typeof profileSchema>;

/** The `rewrite` section of `plume.config.json`: `@plume/core` owns and validates it. */
export const rewriteConfigSchema = z.strictObject({
  /** Unset: the server's only model on a local server, else DEFAULTS.model. */
  model: z.string().min(1).optional(),
  baseURL: z.url().optional(),
  maxRepairs: z.number().int().min(0).max(10).optional(),
  concurrency: z.number().int().min(1).max(64).optional(),
  targetWords: z.number().int().positive().optional(),
  /** The reply's token budget per request, reasoning included; unset: sized from the model's profile. */
  maxOutputTokens: z.number().int().min(256).optional(),
  profile: profileSchema.optional(),
  /** Unset: true when the base URL is a loopback or private address. */
  localServer: z.boolean().optional(),
  /** One request's time limit. */
  requestTimeoutMs: z.number().int().positive().optional(),
  /** Retries of a failed request (429, 5xx, connection cut, timeout), waits capped at 30 s. */
  maxRetries: z.number().int().min(0).max(10).optional(),
  /** A seed with no article after this long fails, and frees its slot for the next seed. */
  seedTimeoutMs: z.number().int().positive().optional(),
  /** `--batch`: seconds between looks at an open batch (issue 14's setting, validated here). */
  batchPollSeconds: z.number().positive().max(3600).optional(),
  /** USD per million tokens, to report the cost of a run; `batch` defaults to half (the Batch API's discount). */
  prices: z
    .strictObject({
      input: z.number().nonnegative(),
      output: z.number().nonnegative(),
      batch: z.strictObject({ input: z.number().nonnegative(), output: z.number().nonnegative() }).optional(),
    })
    .optional(),
});
export type RewriteConfig = z.output<typeof rewriteConfigSchema>;

/** Every default of the rewriter, written once. */
export const DEFAULTS = {
  model: 'gpt-5-mini',
  maxRepairs: 2,
  concurrency: 4,
  targetWords: 900,
  /** The linter's word-count minimum: the prompt asks for what the linter will check. */
  minWords: DEFAULT_MIN_WORDS,
  requestTimeoutMs: 120_000,
  maxRetries: 4,
  seedTimeoutMs: 600_000,
  batchPollSeconds: 60,
} as const;

/**
 * A server on this machine or network (Ollama, llama.cpp, LM Studio, vLLM) usually generates one
 * reply at a time: a second request queues behind the first, and a client that times the queued
 * request out and sends it again only lengthens the queue. One seed at a time, and time enough
 * for a CPU to write a long article with its reasoning.
 */
export const LOCAL_SERVER_DEFAULTS = {
  concurrency: 1,
  requestTimeoutMs: 900_000,
  seedTimeoutMs: 3_600_000,
} as const;

export type RewriteConfigResult = { ok: true; rewrite: RewriteConfig } | { ok: false; message: string };

/** Validates the `rewrite` section, naming the file and the key in the error. */
export function parseRewriteConfig(raw: unknown, configPath?: string): RewriteConfigResult {
  const parsed = rewriteConfigSchema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, rewrite: parsed.data };
  const issue = parsed.error.issues[0];
  const key = ['rewrite', ...(issue?.path ?? []).map(String)].join('.');
  const where = configPath ? `${configPath}: ` : '';
  return { ok: false, message: `${where}${key}: ${issue?.message ?? 'invalid setting'}` };
}

export interface RewriteSettings {
  maxRepairs: number;
  concurrency: number;
  targetWords: number;
  requestTimeoutMs: number;
  maxRetries: number;
  seedTimeoutMs: number;
  batchPollSeconds: number;
  localServer: boolean;
}

/** The settings in force: the config's values, else the defaults for this kind of server. */
export function settingsFor(rewrite: RewriteConfig, localServer: boolean): RewriteSettings {
  const local = localServer ? LOCAL_SERVER_DEFAULTS : undefined;
  return {
    maxRepairs: rewrite.maxRepairs ?? DEFAULTS.maxRepairs,
    concurrency: rewrite.concurrency ?? local?.concurrency ?? DEFAULTS.concurrency,
    targetWords: rewrite.targetWords ?? DEFAULTS.targetWords,
    requestTimeoutMs: rewrite.requestTimeoutMs ?? local?.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    maxRetries: rewrite.maxRetries ?? DEFAULTS.maxRetries,
    seedTimeoutMs: rewrite.seedTimeoutMs ?? local?.seedTimeoutMs ?? DEFAULTS.seedTimeoutMs,
    batchPollSeconds: rewrite.batchPollSeconds ?? DEFAULTS.batchPollSeconds,
    localServer,
  };
}
