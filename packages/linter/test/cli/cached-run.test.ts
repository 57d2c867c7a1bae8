import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/package/version.js';
import { cli, goodArticle, project } from './helpers.js';

const run = promisify(execFile);
const dist = join(import.meta.dirname, '..', '..', 'dist');

/**
 * Runs the CLI as built (dist/, one module per source file) in a child process and returns the
 * URLs of the modules it loaded, as Node's module hooks saw them resolved.
 */
async function loadedModules(args: string[], cwd: string): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'plume-trace-'));
  const log = join(scratch, 'loaded.txt');
  const hooks = join(scratch, 'hooks.mjs');
  const main = join(scratch, 'main.mjs');
  writeFileSync(log, '');
  writeFileSync(
    main,
    `const { runLintCli } = await import(${JSON.stringify(pathToFileURL(join(dist, 'cli', 'run-cli.js')).href)});
process.exitCode = await runLintCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: {},
});
`,
  );
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    appendFileSync(${JSON.stringify(log)}, resolved.url + '\\n');
    return resolved;
  },
});
`,
  );
  try {
    const exit = await run(process.execPath, ['--import', pathToFileURL(hooks).href, main, ...args], {
      cwd,
    }).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => error,
    );
    // A lint that finished: no problems (0) or errors found (1), and nothing said on stderr.
    expect(exit.code === 0 || exit.code === 1).toBe(true);
    expect(exit.stderr).toBe('');
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const HEAVY =
  /\/dist\/(?:rules\/|lint\/|config\/(?:schema|resolve|load)\.js)|\/node_modules\/(?:\.pnpm\/)?(?:zod|yaml|markdownlint)[@/]/u;

describe('a --cache re-run', () => {
  it('loads neither the rules, the engine nor the configuration’s validation when every file is cached', async () => {
    const root = project({ 'a.md': goodArticle(), 'b.md': goodArticle('Un autre titre correct') });
    const first = await loadedModules(['.', '--cache'], root);
    // The first run lints, so the check below can fail.
    expect(first.filter((url) => HEAVY.test(url)).length).toBeGreaterThan(10);
    const second = await loadedModules(['.', '--cache'], root);
    expect(second.filter((url) => HEAVY.test(url))).toEqual([]);
    // SARIF describes each rule: asking for it loads the rules, and the report is the same.
    const sarif = await loadedModules(['.', '--cache', '-f', 'sarif'], root);
    expect(sarif.some((url) => url.includes('/dist/rules/index.js'))).toBe(true);
  }, 60_000);

  it('takes the configuration an earlier run resolved only while the config file is unchanged', async () => {
    const config = (rules: unknown) => JSON.stringify({ articles: ['*.md'], rules });
    const root = project({ 'a.md': goodArticle(), 'plume.config.json': config({}) });
    const wordCount = async () => {
      const result = await cli(['--cache', '-f', 'json'], root);
      const report = JSON.parse(result.stdout) as { files: { diagnostics: { ruleId: string }[] }[] };
      return {
        code: result.code,
        flagged: report.files[0]?.diagnostics.some((d) => d.ruleId === 'word-count'),
      };
    };
    expect(await wordCount()).toEqual({ code: 0, flagged: false });
    expect(await wordCount()).toEqual({ code: 0, flagged: false });
    writeFileSync(join(root, 'plume.config.json'), config({ 'word-count': ['error', { min: 5000 }] }));
    expect(await wordCount()).toEqual({ code: 1, flagged: true });
    // An invalid config is reported as such, whatever the cache holds.
    writeFileSync(join(root, 'plume.config.json'), config({ 'word-count': 'loud' }));
    const invalid = await cli(['--cache'], root);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('configuration error');
    // A damaged memo is resolved again, whether it no longer parses or its configuration lost keys.
    writeFileSync(join(root, 'plume.config.json'), config({}));
    await cli(['--cache'], root);
    const memoFile = join(root, '.plumecache', 'config.json');
    const memo = JSON.parse(readFileSync(memoFile, 'utf8'));
    writeFileSync(memoFile, '{"key": ');
    expect(await wordCount()).toEqual({ code: 0, flagged: false });
    writeFileSync(memoFile, JSON.stringify({ key: memo.key, config: { baseDir: root, articles: ['*.md'] } }));
    expect(await wordCount()).toEqual({ code: 0, flagged: false });
  }, 60_000);

  it('keeps no configuration that JSON cannot give back whole', async () => {
    // jsonc-parser reads 1e400 as Infinity, which JSON would write as null (then MD013's default, 80).
    const long = `## Le vote\n\n${'mot '.repeat(60)}`;
    const root = project({
      'a.md': goodArticle().replace('## Le vote', long),
      'plume.config.json': '{ "articles": ["*.md"], "markdownlint": { "MD013": { "line_length": 1e400 } } }',
    });
    const md013 = async () => {
      const result = await cli(['--cache', '-f', 'json'], root);
      const report = JSON.parse(result.stdout) as { files: { diagnostics: { ruleId: string }[] }[] };
      return report.files[0]?.diagnostics.filter((d) => d.ruleId === 'MD013').length;
    };
    expect(await md013()).toBe(0);
    writeFileSync(join(root, 'a.md'), `${readFileSync(join(root, 'a.md'), 'utf8')}\nUne ligne de plus.\n`);
    expect(await md013()).toBe(0);
  }, 60_000);

  it('empties the caches with each build of the CLI, as with each version', async () => {
    const root = project({ 'a.md': goodArticle() });
    await run(process.execPath, [join(dist, 'bin', 'cli.js'), '.', '--cache'], { cwd: root }).catch(
      () => undefined,
    );
    const buildId = readFileSync(join(dist, 'bin', 'build-id.txt'), 'utf8').trim();
    expect(buildId).toMatch(/^[0-9a-f]{16}$/u);
    const cache = JSON.parse(readFileSync(join(root, '.plumecache', 'lint-cache.json'), 'utf8'));
    expect(cache.version).toBe(`${VERSION}+${buildId}/4`);
  }, 60_000);
});
