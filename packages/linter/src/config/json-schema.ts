import { z } from 'zod';
import { rules } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { configFileSchema, severitySchema } from './schema.js';

/** Where the schema is published (SchemaStore points at it); the package ships the same file. */
export const SCHEMA_ID = 'https://unpkg.com/@plume/linter/schema/plume.config.schema.json';

const severityOf = (rule: Rule) => rule.meta.defaultSeverity;

/** One rule's entry: a severity, or a list of a severity and the rule's own (strict) options. */
function ruleEntry(rule: Rule): z.ZodType {
  const options = rule.meta.options as z.ZodType;
  return z
    .union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, options])])
    .optional()
    .describe(`${rule.meta.description}. Default: "${severityOf(rule)}".`)
    .meta({ default: severityOf(rule) });
}

const markdownlintEntry = z
  .union([severitySchema, z.tuple([severitySchema])])
  .describe('A markdownlint rule (MD001…MD060): a severity only; its options go in "markdownlint".');

/**
 * The JSON Schema of `plume.config.json` (shipped as schema/plume.config.schema.json for editor
 * completion and SchemaStore), generated from the zod schemas that validate the file, with every
 * rule's id, description, default severity and options. Draft 7, which every editor reads.
 */
export function configJsonSchema(): Record<string, unknown> {
  const ruleShape: Record<string, z.ZodType> = {};
  for (const rule of rules) ruleShape[rule.meta.id] = ruleEntry(rule);
  const ruleEntries = (description: string) =>
    z.object(ruleShape).catchall(markdownlintEntry).optional().describe(description);
  const overrides = configFileSchema.shape.overrides.unwrap();
  const schema = configFileSchema.extend({
    rules: ruleEntries(configFileSchema.shape.rules.description ?? '').meta({ default: {} }),
    overrides: z
      .array(
        overrides.element.extend({
          rules: ruleEntries(overrides.element.shape.rules.description ?? ''),
        }),
      )
      .optional()
      .describe(configFileSchema.shape.overrides.description ?? '')
      .meta({ default: [] }),
  });
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Plume configuration (plume.config.json)',
    description:
      'Configuration of Plume, the content linter and rewriter for French SEO articles (JSON with comments).',
    ...rest,
  };
}
