import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LocalServer, sendJson, startLocalServer } from '@plume/testkit';
import { describe, expect, it, type TestContext } from 'vitest';
import { BOT_IDENTITY, fetchBranch, isPlumeCommit, PLUME_TRAILER, pushFiles } from '../src/push.js';
import { createPullRequestRepo, type PullRequestRepo, sh } from './helpers/pr-repo.js';

/** A pull request of its own for each test (they run side by side), removed when the test ends. */
function setup(t: TestContext): PullRequestRepo {
  const repo = createPullRequestRepo({
    base: { 'README.md': '# Base\n' },
    head: { 'seeds/x.txt': 'Une dépêche.\n' },
  });
  t.onTestFinished(() => repo.cleanup());
  return repo;
}

function writeArticle(r: PullRequestRepo, text = '---\ntitle: X\n---\n\n## Titre\n\nTexte.\n'): void {
  mkdirSync(join(r.workspace, 'articles'), { recursive: true });
  writeFileSync(join(r.workspace, 'articles/x.md'), text);
}

const target = (r: PullRequestRepo) => ({ cwd: r.workspace, remote: 'origin', branch: r.headRef });

describe.concurrent('pushing rewritten articles to the pull request branch', () => {
  it('pushes exactly one bot commit on top of the head branch, leaving the merge checkout alone', async (t) => {
    const r = setup(t);
    const head = r.headSha();
    const merge = sh(r.workspace, 'rev-parse', 'HEAD');
    writeArticle(r);

    const outcome = await pushFiles(target(r), ['articles/x.md'], 'Plume: rewrite seeds/x.txt');

    expect(outcome).toMatchObject({ kind: 'pushed', attempts: 1 });
    const [top, parent] = r.log(r.headRef, '%H %P|%an <%ae>');
    expect(top).toBe(`${r.headSha()} ${head}|${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>`);
    expect(parent?.startsWith(head)).toBe(true);
    expect(r.show(r.headRef, 'articles/x.md')).toContain('## Titre');
    expect(r.show(r.headRef, 'seeds/x.txt')).toBe('Une dépêche.');
    expect(r.log(r.headRef, '%B')).toContain(PLUME_TRAILER);
    expect(sh(r.workspace, 'rev-parse', 'HEAD')).toBe(merge);
    expect(sh(r.workspace, 'status', '--porcelain')).toBe('?? articles/');
  });

  it('fetches and retries once when the writer pushed in between, without forcing', async (t) => {
    const r = setup(t);
    writeArticle(r);
    let writerSha = '';
    const outcome = await pushFiles(target(r), ['articles/x.md'], 'Plume: rewrite', {
      beforePush: (attempt) => {
        if (attempt === 1) writerSha = r.writerPush({ 'seeds/y.txt': 'Autre.\n' }, 'Second seed');
      },
    });
    expect(outcome).toMatchObject({ kind: 'pushed', attempts: 2 });
    const [top, second] = r.log(r.headRef, '%H %P');
    expect(top?.endsWith(writerSha)).toBe(true);
    expect(second?.startsWith(writerSha)).toBe(true);
    expect(r.show(r.headRef, 'seeds/y.txt')).toBe('Autre.');
  });

  it('gives up after a second rejection and leaves the writer commits in place', async (t) => {
    const r = setup(t);
    writeArticle(r);
    let last = '';
    const outcome = await pushFiles(target(r), ['articles/x.md'], 'Plume: rewrite', {
      beforePush: (attempt) => {
        last = r.writerPush({ [`seeds/race-${attempt}.txt`]: 'Course.\n' });
      },
    });
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/refused twice/);
    expect(r.headSha()).toBe(last);
  });

  it('pushes nothing when the branch already holds the same articles', async (t) => {
    const r = setup(t);
    writeArticle(r);
    const first = await pushFiles(target(r), ['articles/x.md'], 'Plume: rewrite');
    expect(first.kind).toBe('pushed');
    const second = await pushFiles(target(r), ['articles/x.md'], 'Plume: rewrite');
    expect(second).toEqual({ kind: 'unchanged', sha: r.headSha() });
  });

  it('refuses to commit a symlink or a path outside the repository', async (t) => {
    const r = setup(t);
    mkdirSync(join(r.workspace, 'articles'), { recursive: true });
    symlinkSync('/etc/hostname', join(r.workspace, 'articles/x.md'));
    const head = r.headSha();
    const outcome = await pushFiles(target(r), ['articles/x.md', '../outside.md'], 'Plume: rewrite');
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect(outcome.kind === 'failed' && outcome.message).toMatch(
      /not a regular file.*outside the repository/,
    );
    expect(r.headSha()).toBe(head);
  });

  it('reports a branch that cannot be fetched as a failure, not a crash', async (t) => {
    const r = setup(t);
    expect(await fetchBranch({ ...target(r), branch: 'deleted-branch' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/deleted-branch/),
    });
  });

  it("recognises Plume's own commit, and only it, for the loop guard", async (t) => {
    const r = setup(t);
    const head = await fetchBranch(target(r));
    expect(head.ok && (await isPlumeCommit(r.workspace, head.sha))).toBe(false);
    writeArticle(r);
    const pushed = await pushFiles(target(r), ['articles/x.md'], 'Plume: rewrite');
    expect(pushed.kind === 'pushed' && (await isPlumeCommit(r.workspace, pushed.sha))).toBe(true);
  });

  it('authenticates git with the github-token input, replacing the header actions/checkout persisted', async (t) => {
    const r = setup(t);
    const seen: (string | string[] | undefined)[] = [];
    const server: LocalServer = await startLocalServer((req, res) => {
      seen.push(req.headers.authorization);
      sendJson(res, 404, {});
    });
    try {
      sh(r.workspace, 'config', `http.${server.origin}/.extraheader`, 'AUTHORIZATION: basic checkout-token');
      sh(r.workspace, 'remote', 'add', 'github', `${server.origin}/acme/news.git`);
      const outcome = await fetchBranch({
        cwd: r.workspace,
        remote: 'github',
        branch: r.headRef,
        auth: { serverUrl: server.origin, token: 'app-token' },
      });
      expect(outcome.ok).toBe(false);
      const expected = `basic ${Buffer.from('x-access-token:app-token').toString('base64')}`;
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((h) => h === expected)).toBe(true);
      expect(sh(r.workspace, 'config', '--get-all', `http.${server.origin}/.extraheader`)).toBe(
        'AUTHORIZATION: basic checkout-token',
      );
    } finally {
      await server.close();
    }
  });
});
