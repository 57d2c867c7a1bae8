import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withOptionsTable } from '../src/rules/docs-page.js';
import { rules } from '../src/rules/index.js';

const docs = join(import.meta.dirname, '..', 'docs', 'rules');

describe('the rules docs pages', () => {
  it.each(rules.map((rule) => [rule.meta.id, rule] as const))(
    '%s lists the options its zod definition has (regenerate with `pnpm --filter @plume/linter docs`)',
    (id, rule) => {
      const page = readFileSync(join(docs, `${id}.md`), 'utf8');
      const generated = withOptionsTable(page, rule);
      expect(generated, `docs/rules/${id}.md has no generated options block`).toBeDefined();
      expect(page).toBe(generated);
    },
  );
});
