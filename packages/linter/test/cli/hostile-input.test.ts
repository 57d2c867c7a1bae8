import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LintReport } from '../../src/index.js';
import { goodArticle, project } from './helpers.js';

/** Issue 15's attacks on the linter, each as the review ran it, through the CLI. */

// A full disk and a concurrent editor, as the review met them: every write fails with `disk.code`
// (ENOSPC) once `disk.full` is set, and `disk.onWrite` runs (an editor saving the file) before the first write.
const disk = vi.hoisted(() => ({
  full: false,
  code: 'ENOSPC',
  onWrite: undefined as (() => void) | undefined,
}));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
    const hook = disk.onWrite;
    disk.onWrite = undefined;
    hook?.();
    if (disk.full) {
      const error = new Error(`${disk.code}: write failed`) as NodeJS.ErrnoException;
      error.code = disk.code;
      throw error;
    }
    return (fs.writeSync as (...a: unknown[]) => number)(...args);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

// Test files share one module graph (isolate: false): the CLI is loaded afresh, after the
// stand-in for node:fs is in place.
vi.resetModules();
const { runLintCli } = await import('../../src/cli/run-cli.js');

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runLintCli(argv, {
    stdout: { write: (text: string | Uint8Array) => (stdout += text.toString()) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

afterEach(() => {
  disk.full = false;
  disk.code = 'ENOSPC';
  disk.onWrite = undefined;
});

const fm = (extra = '') => `---\ntitle: Un titre\ndescription: Une description.\n${extra}---\n\n`;
const config = JSON.stringify({ rules: { spelling: 'off', 'language-match': 'off' } });

async function lintJson(root: string, args: string[] = ['.']) {
  const run = await cli([...args, '-f', 'json'], root);
  const report = JSON.parse(run.stdout) as LintReport;
  const messages = (path: string) =>
    report.files.find((file) => file.path === path)?.diagnostics.map((d) => `${d.ruleId}: ${d.message}`) ??
    [];
  return { run, report, messages };
}

describe('an article’s source: path', () => {
  it('never reads /dev/zero, a FIFO, /proc or a file outside the project', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'plume-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'PATH=/usr/bin\n');
    const quoting = (source: string) => `${fm(`source: ${source}\n`)}## T\n\n« PATH=/usr/bin », dit-il.\n`;
    const root = project({
      'plume.config.json': config,
      'zero.md': quoting('/dev/zero'),
      'fifo.md': quoting('seeds/pipe.txt'),
      'environ.md': quoting('/proc/self/environ'),
      'outside.md': quoting(join(outside, 'secret.txt')),
      'link.md': quoting('seeds/link.txt'),
    });
    mkdirSync(join(root, 'seeds'));
    execFileSync('mkfifo', [join(root, 'seeds/pipe.txt')]);
    symlinkSync(join(outside, 'secret.txt'), join(root, 'seeds/link.txt'));
    const { run, messages } = await lintJson(root);
    expect(run.stderr).toBe('');
    for (const path of ['zero.md', 'fifo.md', 'environ.md', 'outside.md', 'link.md']) {
      // Refused before reading: the quotation is never compared with the file (no oracle).
      expect(messages(path).filter((m) => m.startsWith('faithful-quotes'))).toEqual([]);
      expect(
        messages(path).some(
          (m) => m.startsWith('faithful-source') && /source file .* could not be read/.test(m),
        ),
        messages(path).join('\n'),
      ).toBe(true);
    }
  });
});

describe('--fix', () => {
  const fixable = `${fm()}## T\n\nIl a dit "bonjour" : oui.\n\n${'Élection à Lyon. '.repeat(20)}\n`;

  it('leaves the article whole on a full disk and says it was left unchanged', async () => {
    const root = project({ 'plume.config.json': config, 'a.md': fixable });
    disk.full = true;
    const { run, messages } = await lintJson(root, ['a.md', '--fix']);
    disk.full = false;
    expect(run.code).toBe(1);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(fixable);
    expect(messages('a.md').join('\n')).toMatch(/ENOSPC.*left unchanged/);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('does not overwrite an edit saved while it ran', async () => {
    const root = project({ 'plume.config.json': config, 'a.md': fixable });
    const edited = `${fixable}\nUn paragraphe ajouté par une personne.\n`;
    disk.onWrite = () => writeFileSync(join(root, 'a.md'), edited);
    const { messages } = await lintJson(root, ['a.md', '--fix']);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(edited);
    expect(messages('a.md').join('\n')).toMatch(/changed since it was read/);
  });

  it('refuses to fix a file with an invalid UTF-8 byte instead of writing mojibake', async () => {
    const bytes = Buffer.concat([Buffer.from(fixable, 'utf8'), Buffer.from([0xff, 0x0a])]);
    const root = project({ 'plume.config.json': config, 'a.md': bytes });
    const { messages } = await lintJson(root, ['a.md', '--fix']);
    expect(Buffer.compare(readFileSync(join(root, 'a.md')), bytes)).toBe(0);
    expect(messages('a.md').join('\n')).toMatch(/not valid UTF-8.*not fixed/);
  });

  it('with --stdin, prints invalid UTF-8 input unchanged instead of replacing its bytes', async () => {
    const root = project({ 'plume.config.json': config });
    const input = Buffer.concat([Buffer.from(fixable, 'utf8'), Buffer.from([0xe9, 0x0a])]);
    let stdout = Buffer.alloc(0);
    let stderr = '';
    const code = await runLintCli(['--stdin', '--fix', '-f', 'json'], {
      stdout: {
        write: (text: string | Uint8Array) => {
          stdout = Buffer.concat([stdout, Buffer.from(text)]);
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: root,
      env: {},
      readStdin: async () => input,
    });
    expect(Buffer.compare(stdout, input)).toBe(0);
    expect(stderr).toMatch(/not valid UTF-8.*not fixed/);
    expect(code).toBe(1);
  });

  it('still shows the diagnostics of a read-only file it cannot fix', async () => {
    const root = project({ 'plume.config.json': config, 'a.md': fixable });
    // A read-only file or folder refuses the write with EACCES (root ignores modes, so the
    // refusal is played by the file system stand-in).
    disk.full = true;
    disk.code = 'EACCES';
    const { messages } = await lintJson(root, ['a.md', '--fix']);
    expect(messages('a.md')).toContain(
      'file-encoding: Fixes could not be written: the file cannot be written (EACCES); it was left unchanged.',
    );
    expect(messages('a.md').some((m) => m.startsWith('word-count'))).toBe(true);
    expect(messages('a.md').some((m) => m.startsWith('french-typography'))).toBe(true);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(fixable);
  });
});

describe('per-file budget', () => {
  it('gives a 100,000-deep blockquote or list a clear diagnostic at once and lints the others', async () => {
    const root = project({
      'plume.config.json': config,
      'good.md': goodArticle(),
      'quote.md': `${fm()}## T\n\n${'> '.repeat(100_000)}x\n`,
      'list.md': `${fm()}## T\n\n${'- '.repeat(100_000)}x\n`,
      'quotes.md': `${fm()}## T\n\n${'> citation\n\n'.repeat(5_000)}`,
    });
    const { report, messages } = await lintJson(root);
    for (const path of ['quote.md', 'list.md'])
      expect(messages(path)).toEqual([
        expect.stringMatching(/^file-encoding: .*nest.*100000 levels.*not linted/),
      ]);
    expect(messages('quotes.md')).toEqual([
      'file-encoding: More than 1000 blockquote and list levels in all (the limit); it was not linted.',
    ]);
    expect(report.files.find((f) => f.path === 'good.md')?.errorCount).toBe(0);
  });

  it('refuses a file over the size limit without reading it whole', async () => {
    const root = project({
      'plume.config.json': config,
      'big.md': `${fm()}## T\n\n${'mot '.repeat(3_000_000)}`,
    });
    const { messages } = await lintJson(root);
    expect(messages('big.md')).toEqual([
      expect.stringMatching(/^file-encoding: .*bytes; the limit is .*not linted/),
    ]);
  });
});

describe('decoding', () => {
  it('decodes UTF-16 with a byte-order mark instead of calling it binary', async () => {
    const text = goodArticle();
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).swap16());
    const root = project({ 'plume.config.json': config, 'le.md': le, 'be.md': be, 'utf8.md': text });
    const { report, messages } = await lintJson(root);
    const words = (path: string) => report.files.find((f) => f.path === path)?.metrics.words;
    expect(words('le.md')).toBe(words('utf8.md'));
    expect(words('be.md')).toBe(words('utf8.md'));
    expect(messages('le.md').filter((m) => /binary/.test(m))).toEqual([]);
  });
});

describe('the lint cache', () => {
  it('starts afresh on entries with bad contents instead of crashing', async () => {
    const root = project({ 'plume.config.json': config, 'a.md': goodArticle() });
    const first = await cli(['a.md', '--cache'], root);
    expect(first.code).toBe(0);
    const file = join(root, '.plumecache/lint-cache.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { outcome: unknown }> };
    for (const entry of Object.values(data.entries)) entry.outcome = null;
    writeFileSync(file, JSON.stringify(data));
    const second = await cli(['a.md', '--cache'], root);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
  });

  it('never writes through a symlink planted where its temporary file goes', async () => {
    const root = project({ 'plume.config.json': config, 'a.md': goodArticle() });
    const victim = join(mkdtempSync(join(tmpdir(), 'plume-victim-')), 'victim.txt');
    writeFileSync(victim, 'intact');
    mkdirSync(join(root, '.plumecache'));
    for (let pid = process.pid - 50; pid < process.pid + 50; pid++)
      symlinkSync(victim, join(root, `.plumecache/lint-cache.json.${pid}.tmp`));
    symlinkSync(victim, join(root, '.plumecache/lint-cache.json'));
    await cli(['a.md', '--cache'], root);
    expect(readFileSync(victim, 'utf8')).toBe('intact');
    expect(statSync(victim).size).toBe(6);
  });
});

describe('per-file time budget', () => {
  it('skips the rules left when a file runs out of time, and says which', async () => {
    const { lintDocument } = await import('../../src/lint/lint-document.js');
    const { resolveConfig } = await import('../../src/config/resolve.js');
    const resolved = resolveConfig({}, { baseDir: tmpdir() });
    if (!resolved.ok) throw new Error(resolved.error);
    const output = lintDocument({
      path: 'a.md',
      text: goodArticle(),
      config: resolved.config,
      deadline: Date.now() - 1,
    });
    const messages = output.result.diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^file-encoding: The file took too long to lint: \d+ rule\(s\) were skipped \(front-matter, /,
      ),
    ]);
    expect(output.result.errorCount).toBe(1);
  });
});
