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
  /** The rewriter's settings: `@plume/core` owns and validates them; the linter passes them on. */
  rewrite: z
    .record(z.string(), z.unknown())
    .describe("The rewriter's settings (plume rewrite and the Action), validated by @plume/core.")
    .optional(),
});
export type ConfigFile = z.input<typeof configFileSchema>;
