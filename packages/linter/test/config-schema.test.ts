import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config/json-schema.js';

const file = join(import.meta.dirname, '..', 'schema', 'plume.config.schema.json');
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

describe('the shipped JSON Schema', () => {
  it('matches the zod schemas (regenerate with `pnpm --filter @plume/linter schema`)', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes every rule with its options', () => {
    const schema = JSON.parse(generated);
    const wordCount = JSON.stringify(schema.properties.rules.properties['word-count']);
    expect(wordCount).toContain('"min"');
    expect(schema.additionalProperties).toBe(false);
  });
});
