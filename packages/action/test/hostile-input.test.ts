import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInputs } from '../src/inputs.js';
import { truncationNotice } from '../src/pr-files.js';
import { pushFiles } from '../src/push.js';
import { createPullRequestRepo, type PullRequestRepo } from './helpers/pr-repo.js';

/** Issue 15's attacks on the Action's own modules (the bundle runs them end to end in e2e). */

let repo: PullRequestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
  vi.unstubAllEnvs();
});

describe('output-dir', () => {
  it.each(['.git/hooks', '.git', 'docs/../.git/hooks', '.GIT/hooks', 'sub/.git'])('refuses %s', (dir) => {
    vi.stubEnv('INPUT_OUTPUT-DIR', dir);
    const read = readInputs();
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.join('\n')).toMatch(/Input "output-dir" must not be inside \.git/);
  });

  it('accepts an ordinary folder whose name merely contains git', () => {
    vi.stubEnv('INPUT_OUTPUT-DIR', 'articles/.github-notes');
    expect(readInputs().ok).toBe(true);
  });
});

describe('committing articles', () => {
  it('refuses a file reached through an output folder committed as a symlink', async () => {
    repo = createPullRequestRepo({
      base: { 'README.md': '# Base\n' },
      head: { 'seeds/x.txt': 'Dépêche.\n' },
    });
    const outside = mkdtempSync(join(tmpdir(), 'plume-outside-'));
    writeFileSync(join(outside, 'x.md'), '---\ntitle: X\n---\n\nTexte.\n');
    symlinkSync(outside, join(repo.workspace, 'articles'));
    mkdirSync(join(repo.workspace, 'seeds'), { recursive: true });
    const head = repo.headSha();
    const outcome = await pushFiles(
      { cwd: repo.workspace, remote: 'origin', branch: repo.headRef },
      ['articles/x.md'],
      'Plume: rewrite',
    );
    expect(outcome).toEqual({
      kind: 'failed',
      message: 'Refusing to commit: articles/x.md is inside a symlinked folder (articles).',
    });
    expect(repo.headSha()).toBe(head);
    expect(readdirSync(outside)).toEqual(['x.md']);
  });
});

describe('a pull request of more than 3,000 files', () => {
  it('says how many files went unchecked, from the payload’s true count', () => {
    expect(truncationNotice(5_000)).toBe(
      'This pull request changes 5,000 files and GitHub lists at most 3,000: the other 2,000 were not checked.',
    );
    expect(truncationNotice(undefined)).toBe(
      'GitHub lists at most 3,000 files of a pull request: files past the first 3,000 were not checked.',
    );
  });
});
