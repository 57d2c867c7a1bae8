import { z } from 'zod';

export const severitySchema = z.enum(['error', 'warning', 'warn', 'off']);
export type SeverityInput = z.infer<typeof severitySchema>;

/** `"error"`, `["warning"]` or `["error", { …options }]`, as in ESLint. */
export const ruleEntrySchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, z.record(z.string(), z.unknown())]),
]);
export type RuleEntry = z.infer<typeof ruleEntrySchema>;
export type RuleEntries = Record<string, RuleEntry>;

const globs = z.array(z.string().min(1));

export const rewriteSchema = z.strictObject({
  model: z.string().min(1).default('gpt-5-mini'),
  maxRepairs: z.number().int().min(0).max(10).default(2),
  concurrency: z.number().int().min(1).max(64).default(4),
  targetWords: z.number().int().positive().default(900),
  baseURL: z.url().optional(),
  /** One request's time limit; a local model on a small machine may need more. */
  requestTimeoutMs: z.number().int().positive().default(120_000),
  /** Retries of a failed request (429, 5xx, connection error, timeout), Retry-After capped at 30 s. */
  maxRetries: z.number().int().min(0).max(10).default(4),
  /** A seed with no article after this long fails, and frees its slot for the next seed. */
  seedTimeoutMs: z.number().int().positive().default(600_000),
  /** How often `plume rewrite --batch` asks the provider whether its batches are done. */
  batchPollSeconds: z.number().positive().max(3600).default(60),
  /** USD per million tokens, to report the cost of a run; `batch` defaults to half (the Batch API's discount). */
  prices: z
    .strictObject({
      input: z.number().nonnegative(),
      output: z.number().nonnegative(),
      batch: z.strictObject({ input: z.number().nonnegative(), output: z.number().nonnegative() }).optional(),
    })
    .optional(),
});
export type RewriteConfig = z.output<typeof rewriteSchema>;

/** `plume.config.json` (DESIGN §4.4). Rule options are checked against each rule's own schema. */
export const configFileSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: z.union([z.string(), z.array(z.string())]).optional(),
  lang: z.string().min(2).optional(),
  articles: globs.optional(),
  seeds: globs.optional(),
  ignores: globs.optional(),
  rules: z.record(z.string(), ruleEntrySchema).optional(),
  overrides: z
    .array(
      z.strictObject({
        files: globs.min(1),
        lang: z.string().min(2).optional(),
        rules: z.record(z.string(), ruleEntrySchema).optional(),
      }),
    )
    .optional(),
  markdownlint: z.record(z.string(), z.unknown()).optional(),
  words: z.array(z.string()).optional(),
  rewrite: rewriteSchema.optional(),
});
export type ConfigFile = z.input<typeof configFileSchema>;
