import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, goodArticle, project } from './helpers.js';

// The installed `plume-lint` (dist/bin/cli.js, bundled) starts worker threads before it parses
// its arguments; these tests run it as users do. `pnpm test` builds first (turbo: test dependsOn build).
const dist = join(import.meta.dirname, '..', '..', 'dist');
const bin = join(dist, 'bin', 'cli.js');
const run = promisify(execFile);

/** How many workers the CLI's prestart leaves for the pool to take, for these arguments. */
async function prestarted(args: string[]): Promise<number> {
  const module = (path: string) => JSON.stringify(pathToFileURL(join(dist, path)).href);
  const script = `
    const { prestartForLintArgs } = await import(${module('cli/prestart.js')});
    const { takePrestartedWorkers } = await import(${module('run/spawn-worker.js')});
    prestartForLintArgs(${JSON.stringify(args)});
    const workers = takePrestartedWorkers(8);
    console.log(workers.length);
    await Promise.all(workers.map((worker) => worker.terminate()));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', script]);
  return Number(stdout.trim());
}

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
  it('prestarts a worker per core, up to two, for a lint that is not cached, and none otherwise', async () => {
    expect(await prestarted(['articles/'])).toBe(Math.min(2, availableParallelism()));
    expect(await prestarted(['--cache', 'articles/'])).toBe(0);
    expect(await prestarted(['--version'])).toBe(0);
  }, 60_000);

  it('lints across its worker threads exactly as the library does in-process', async () => {
    expect(existsSync(bin), 'run `pnpm --filter @plume/linter build` first').toBe(true);
    // Enough files for the pool to use a worker (16).
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
