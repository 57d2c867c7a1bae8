import { z } from 'zod';
import { rules } from '../rules/index.js';
import { configFileSchema, severitySchema } from './schema.js';

/**
 * The JSON Schema of `plume.config.json` (shipped as schema/plume.config.schema.json for editor
 * completion), generated from the same zod schemas that validate it, with each rule's options.
 */
export function configJsonSchema(): Record<string, unknown> {
  const entry = (options: z.ZodType) =>
    z.union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, options])]);
  const ruleShape: Record<string, z.ZodType> = {};
  for (const rule of rules) {
    ruleShape[rule.meta.id] = entry(rule.meta.options as z.ZodType)
      .describe(rule.meta.description)
      .optional();
  }
  const ruleEntries = z
    .object(ruleShape)
    .catchall(z.union([severitySchema, z.tuple([severitySchema])]))
    .describe('Rule severities and options; markdownlint rules by id (MD033) take a severity only.');
  const schema = configFileSchema.extend({
    rules: ruleEntries.optional(),
    overrides: z
      .array(
        z.strictObject({
          files: z.array(z.string().min(1)).min(1),
          lang: z.string().min(2).optional(),
          rules: ruleEntries.optional(),
        }),
      )
      .optional(),
  });
  return {
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title: 'Plume configuration (plume.config.json)',
  };
}
