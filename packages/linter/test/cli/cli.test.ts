import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/report/types.js';
import { cli, goodArticle, project } from './helpers.js';

const shortArticle = '---\ntitle: Court\ndescription: Trop court.\n---\n\n## T\n\nTexte.\n';
const quiet = { rules: { spelling: 'off', 'language-match': 'off' } };

describe('plume-lint', () => {
  it('exits 0 on clean files and 1 when errors are found', async () => {
    const root = project({
      'plume.config.json': JSON.stringify(quiet),
      'a.md': goodArticle(),
      'b.md': shortArticle,
    });
    const clean = await cli(['--quiet', 'a.md'], root);
    expect(clean.stderr).toBe('');
    expect(clean.code, clean.stdout).toBe(0);
    const dirty = await cli(['b.md'], root);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain('word-count');
  });

  it('exits 2 on a bad flag, a bad config naming the key, a missing --config file, no matched file', async () => {
    const root = project({
      'a.md': shortArticle,
      'bad.json': JSON.stringify({ rules: { 'word-count': ['error', { min: 'x' }] } }),
    });
    expect((await cli(['--nope'], root)).code).toBe(2);
    expect((await cli(['--format', 'xml', 'a.md'], root)).code).toBe(2);
    const bad = await cli(['--config', 'bad.json', 'a.md'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('rules.word-count[1].min');
    const missing = await cli(['--config', 'missing.json', 'a.md'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.json');
    const none = await cli(['nothing/**/*.md'], root);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no file matched');
  });

  it('prints exactly one JSON document with the documented shape', async () => {
    const root = project({ 'a.md': shortArticle });
    const run = await cli(['--format', 'json', 'a.md'], root);
    const report = JSON.parse(run.stdout) as LintReport;
    expect(Object.keys(report)).toEqual(['version', 'files', 'errorCount', 'warningCount']);
    expect(report.files[0]?.path).toBe('a.md');
    expect(Object.keys(report.files[0]?.metrics ?? {})).toEqual([
      'words',
      'h2',
      'titleLength',
      'descriptionLength',
      'fleschFr',
      'sentences',
      'readingMinutes',
    ]);
  });

  it('lints the config’s articles when no path is given', async () => {
    const root = project({
      'plume.config.json': JSON.stringify({ articles: ['content/**/*.md'] }),
      'content/x.md': shortArticle,
      'other/y.md': shortArticle,
    });
    const report = JSON.parse((await cli(['-f', 'json'], root)).stdout) as LintReport;
    expect(report.files.map((file) => file.path)).toEqual(['content/x.md']);
  });

  it('respects ignores and shards the sorted files', async () => {
    const root = project({
      'plume.config.json': JSON.stringify({ ignores: ['drafts/**'] }),
      'a.md': shortArticle,
      'b.md': shortArticle,
      'c.md': shortArticle,
      'drafts/d.md': shortArticle,
    });
    const paths = async (args: string[]) =>
      (JSON.parse((await cli(['-f', 'json', ...args], root)).stdout) as LintReport).files.map(
        (file) => file.path,
      );
    expect(await paths(['.'])).toEqual(['a.md', 'b.md', 'c.md']);
    expect(await paths(['.', '--shard', '1/2'])).toEqual(['a.md', 'c.md']);
    expect(await paths(['.', '--shard', '2/2'])).toEqual(['b.md']);
    expect((await cli(['.', '--shard', '3/2'], root)).code).toBe(2);
  });

  it('--quiet reports errors only; --max-warnings turns too many warnings into exit 1', async () => {
    const root = project({
      'plume.config.json': JSON.stringify({
        rules: { ...quiet.rules, 'word-count': 'warning', 'meta-description': 'warning' },
      }),
      'a.md': shortArticle,
    });
    const run = await cli(['a.md', '-f', 'json'], root);
    expect(run.code).toBe(0);
    const warnings = (JSON.parse(run.stdout) as LintReport).warningCount;
    expect(warnings).toBeGreaterThan(0);
    expect((await cli(['a.md', '--max-warnings', String(warnings - 1)], root)).code).toBe(1);
    expect((await cli(['a.md', '--max-warnings', String(warnings)], root)).code).toBe(0);
    const onlyErrors = JSON.parse((await cli(['a.md', '-f', 'json', '--quiet'], root)).stdout) as LintReport;
    expect(onlyErrors.warningCount).toBe(0);
  });

  it('writes the report to --output-file', async () => {
    const root = project({ 'a.md': shortArticle });
    const run = await cli(['a.md', '-f', 'sarif', '-o', 'out/report.sarif'], root);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(join(root, 'out/report.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
  });

  it('lints standard input under --stdin-filename, matching overrides', async () => {
    const root = project({
      'plume.config.json': JSON.stringify({
        overrides: [{ files: ['breves/**'], rules: { 'word-count': ['error', { min: 1 }] } }],
      }),
    });
    const run = await cli(['--stdin', '--stdin-filename', 'breves/x.md', '-f', 'json'], root, shortArticle);
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.files[0]?.path).toBe('breves/x.md');
    expect(report.files[0]?.diagnostics.some((d) => d.ruleId === 'word-count')).toBe(false);
  });

  it('prints the settings that apply to a file', async () => {
    const root = project({
      'plume.config.json': JSON.stringify({
        overrides: [{ files: ['breves/**'], rules: { 'word-count': 'off' } }],
      }),
    });
    const run = await cli(['--print-config', 'breves/x.md'], root);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rules['word-count'].severity).toBe('off');
  });

  it('colours stylish output on a terminal only', async () => {
    const root = project({ 'a.md': shortArticle });
    expect((await cli(['a.md'], root, undefined, true)).stdout).toContain('\u001b[');
    expect((await cli(['a.md', '--no-color'], root, undefined, true)).stdout).not.toContain('\u001b[');
    expect((await cli(['a.md'], root)).stdout).not.toContain('\u001b[');
  });

  it('--fix rewrites fixable problems in place', async () => {
    const root = project({
      'plume.config.json': JSON.stringify({ markdownlint: { default: false, MD009: true } }),
      'a.md': `${shortArticle}Fin.   \n`,
    });
    await cli(['a.md', '--fix'], root);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toContain('Fin.\n');
  });
});
