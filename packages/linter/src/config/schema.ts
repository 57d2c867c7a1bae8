import { z } from 'zod';

export const severitySchema = z
  .enum(['error', 'warning', 'warn', 'off'])
  .describe('"error" fails the run, "warning" (or "warn") is reported, "off" turns the rule off.');
export type SeverityInput = z.infer<typeof severitySchema>;

/** `"error"`, `["warning"]` or `["error", { …options }]`, as in ESLint. */
export const ruleEntrySchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, z.record(z.string(), z.unknown())]),
]);
export type RuleEntry = z.infer<typeof ruleEntrySchema>;
export type RuleEntries = Record<string, RuleEntry>;

/** The presets `extends` may name (presets/). */
export const PRESET_NAMES = ['plume:recommended', 'plume:yoast'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
const presetSchema = z
  .enum(PRESET_NAMES)
  .describe(
    'plume:recommended: thresholds calibrated on real French articles. plume:yoast: the style and keyphrase rules at Yoast SEO’s thresholds.',
  );

const globs = z.array(z.string().min(1));

/** `plume.config.json` (DESIGN §4.4). Rule options are checked against each rule's own schema. */
export const configFileSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema editors complete this file from.'),
  extends: z
    .union([presetSchema, z.array(presetSchema)])
    .optional()
    .describe('The preset, or presets in order, the rules start from.')
    .meta({ default: 'plume:recommended' }),
  lang: z
    .string()
    .min(2)
    .optional()
    .describe('The articles’ language when their front matter has no `lang` (ISO 639-1).')
    .meta({ default: 'fr' }),
  articles: globs
    .optional()
    .describe('Globs of the articles `plume lint` lints when given no paths, relative to this file.')
    .meta({ default: ['articles/**/*.md'] }),
  seeds: globs
    .optional()
    .describe('Globs of the seed texts `plume rewrite` reads when given no paths, relative to this file.')
    .meta({ default: ['seeds/**/*.{txt,md}'] }),
  ignores: globs
    .optional()
    .describe('Globs never linted (node_modules and .git always are).')
    .meta({ default: [] }),
  rules: z
    .record(z.string(), ruleEntrySchema)
    .optional()
    .describe('Rule severities and options: "error", "warning", "off", or [severity, { options }].')
    .meta({ default: {} }),
  overrides: z
    .array(
      z.strictObject({
        files: globs.min(1).describe('Globs of the files this override applies to, relative to this file.'),
        lang: z.string().min(2).optional().describe('The language of these files.'),
        rules: z
          .record(z.string(), ruleEntrySchema)
          .optional()
          .describe('Rules for these files; a bare severity keeps the options set before.'),
      }),
    )
    .optional()
    .describe('Settings for some files, applied in order on top of the rest.')
    .meta({ default: [] }),
  markdownlint: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      'markdownlint’s own configuration, merged on top of the rules that matter for articles; { "default": true } gives markdownlint’s defaults.',
    )
    .meta({ default: {} }),
  words: z
    .array(z.string())
    .optional()
    .describe('Words every language rule accepts (names, jargon).')
    .meta({ default: [] }),
  /** The rewriter's settings: `@plume/core` owns and validates them; the linter passes them on. */
  rewrite: z
    .record(z.string(), z.unknown())
    .describe("The rewriter's settings (plume rewrite and the Action), validated by @plume/core.")
    .optional(),
});
export type ConfigFile = z.input<typeof configFileSchema>;
