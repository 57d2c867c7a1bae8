import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, goodArticle, project } from './helpers.js';

// The installed `plume-lint` (dist/bin/cli.js, bundled) starts a worker thread before it parses
// its arguments; these tests run it as users do. `pnpm test` builds first (turbo: test dependsOn build).
const bin = join(import.meta.dirname, '..', '..', 'dist', 'bin', 'cli.js');
const run = promisify(execFile);

async function plumeLint(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the plume-lint binary', () => {
  it('lints with its prestarted worker exactly as the library does in-process', async () => {
    expect(existsSync(bin), 'run `pnpm --filter @plume/linter build` first').toBe(true);
    // Enough files for the pool to use a worker (16): the prestarted one is taken first.
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) {
      const article = goodArticle(`Un titre correct numéro ${i}`);
      files[`a${i}.md`] = i % 2 === 0 ? article : article.replace(/^description:.*\n/mu, '');
    }
    const root = project(files);
    const binary = await plumeLint(['.', '--format', 'json'], root);
    const library = await cli(['.', '--format', 'json'], root);
    expect(library.code).toBe(1);
    expect(binary.code).toBe(library.code);
    expect(JSON.parse(binary.stdout)).toEqual(JSON.parse(library.stdout));
  }, 60_000);

  it('exits with 2 when nothing matches, its unused worker does not keep it running', async () => {
    const root = project({ 'notes.txt': 'rien' });
    const result = await plumeLint(['missing/*.md'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no file matched missing/*.md');
  }, 60_000);

  it('answers --version and usage errors without linting', async () => {
    const root = project({});
    expect((await plumeLint(['--version'], root)).code).toBe(0);
    const bad = await plumeLint(['--frobnicate'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--frobnicate');
  }, 60_000);
});
