import { describe, expect, it } from 'vitest';
import { runLintCli } from '../../src/cli/run-cli.js';
import { shouldColor } from '../../src/format/color.js';
import { cli, goodArticle, project } from './helpers.js';

const ANSI = new RegExp(String.raw`${String.fromCharCode(27)}\[\d+m`, 'u');

async function lint(argv: string[], cwd: string, env: Record<string, string>, isTTY: boolean) {
  let stdout = '';
  const code = await runLintCli(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: () => true },
    cwd,
    env,
  });
  return { code, stdout };
}

describe('plume-lint usage', () => {
  it('exits 2 naming a path or glob that matches no file, and lints nothing', async () => {
    const root = project({ 'examples/a.md': goodArticle(), 'seeds/a.txt': 'Un texte.' });
    const dir = await cli(['examples/', 'seeds/'], root);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain('plume-lint: no file matched seeds/\n');
    expect(dir.stdout).toBe('');
    const globs = await cli(['examples/*.md', 'articles/**/*.md', 'nope.md'], root);
    expect(globs.code).toBe(2);
    expect(globs.stderr).toContain('no file matched articles/**/*.md, nope.md');
    // A file named explicitly is linted whatever its extension: found, so not a usage error.
    expect((await cli(['examples/', 'seeds/a.txt'], root)).code).toBe(1);
  });

  it('names itself as called in its help and messages', async () => {
    const root = project({});
    expect((await cli(['--help'], root)).stdout).toMatch(/^Usage: plume-lint \[options\]/);
    let help = '';
    await runLintCli(['--help'], {
      stdout: { write: (text: string) => (help += text) },
      stderr: { write: () => true },
      cwd: root,
      command: 'plume lint',
    });
    expect(help).toMatch(/^Usage: plume lint \[options\]/);
  });

  it('suggests the closest option for an unknown one', async () => {
    const root = project({});
    const typo = await cli(['--fromat', 'json'], root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'plume-lint: unknown option --fromat (did you mean --format?)\nRun plume-lint --help for usage.\n',
    );
    expect((await cli(['--no-colour'], root)).stderr).toContain('(did you mean --no-color?)');
    expect((await cli(['--frobnicate'], root)).stderr).toContain('unknown option --frobnicate\n');
  });

  it('colours as FORCE_COLOR, NO_COLOR, --color and --no-color say', async () => {
    const root = project({ 'a.md': goodArticle().replace(/^description:.*\n/mu, '') });
    const coloured = async (argv: string[], env: Record<string, string>, tty: boolean) =>
      ANSI.test((await lint(['a.md', ...argv], root, env, tty)).stdout);
    expect(await coloured([], {}, true)).toBe(true);
    expect(await coloured([], {}, false)).toBe(false);
    expect(await coloured([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await coloured([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await coloured([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await coloured(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await coloured(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
  });

  it('reads the colour environment as other tools do', () => {
    const decide = (env: Record<string, string>, toTerminal = true) =>
      shouldColor({ flag: undefined, env, toTerminal });
    expect(decide({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(decide({ FORCE_COLOR: 'false' })).toBe(false);
    expect(decide({ NO_COLOR: '' })).toBe(true);
    expect(decide({ TERM: 'dumb' })).toBe(false);
  });
});
