// Writes schema/plume.config.schema.json from the zod schemas of the built package
// (`pnpm --filter @plume/linter schema` builds first); test/config-schema.test.ts fails when the
// shipped file differs from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../dist/config/json-schema.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'plume.config.schema.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
