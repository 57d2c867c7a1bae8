import { z } from 'zod';
import type { Rule } from './rule.js';

interface OptionSchema {
  default?: unknown;
  description?: string;
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * The options table of a rule's docs page, generated from its zod options: name, default and the
 * option's `.describe()` text. "None." for a rule without options.
 */
export function optionsTable(rule: Rule): string {
  const schema = z.toJSONSchema(rule.meta.options, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, OptionSchema>;
  };
  const options = Object.entries(schema.properties ?? {});
  if (options.length === 0) return 'None.';
  const rows = options.map(([name, option]) => {
    if (!option.description) throw new Error(`${rule.meta.id}: option ${name} has no .describe() text`);
    const fallback = 'default' in option ? `\`${cell(shown(option.default))}\`` : 'none';
    return `| \`${name}\` | ${fallback} | ${cell(option.description)} |`;
  });
  return ['| option | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The comments around the generated table in docs/rules/<id>.md. */
export const OPTIONS_START =
  '<!-- options: generated from the zod options by `pnpm --filter @plume/linter docs` -->';
export const OPTIONS_END = '<!-- /options -->';
