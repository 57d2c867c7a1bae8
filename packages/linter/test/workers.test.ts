import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { lintFiles as LintFiles } from '../src/api.js';

// Worker threads run the compiled code; `pnpm test` builds first (turbo: test dependsOn build).
const dist = join(import.meta.dirname, '..', 'dist', 'index.js');
const fixtures = join(import.meta.dirname, 'fixtures');

describe('lintFiles across worker threads', () => {
  it('gives the same report as linting in this thread', async () => {
    expect(existsSync(dist), 'run `pnpm --filter @plume/linter build` first').toBe(true);
    const { lintFiles } = (await import(pathToFileURL(dist).href)) as { lintFiles: typeof LintFiles };
    const options = { cwd: fixtures, configFile: undefined };
    const threads = await lintFiles(['.'], { ...options, concurrency: 2 });
    const inline = await lintFiles(['.'], { ...options, concurrency: 0 });
    expect(threads.files.length).toBeGreaterThan(20);
    expect(threads).toEqual(inline);
  }, 120_000);
});
