// Regenerates the options table of every docs/rules/<id>.md from the rules' zod options (of the
// built package: `pnpm --filter @plume/linter docs` builds first). test/rule-docs.test.ts fails
// when a page differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withOptionsTable } from '../dist/rules/docs-page.js';
import { rules } from '../dist/rules/index.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
for (const rule of rules) {
  const file = join(docs, `${rule.meta.id}.md`);
  const page = readFileSync(file, 'utf8');
  const next = withOptionsTable(page, rule);
  if (next === undefined) {
    console.error(
      `${file}: no generated options block; put the two markers of src/rules/options-table.ts under "## Options"`,
    );
    process.exitCode = 1;
  } else if (next !== page) {
    writeFileSync(file, next);
    console.log(`wrote ${file}`);
  }
}
