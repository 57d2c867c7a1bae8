import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';

const PERSON = {
  GIT_AUTHOR_NAME: 'Writer',
  GIT_AUTHOR_EMAIL: 'writer@example.com',
  GIT_COMMITTER_NAME: 'Writer',
  GIT_COMMITTER_EMAIL: 'writer@example.com',
};

export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...PERSON, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, LC_ALL: 'C' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/**
 * A pull request as a runner sees it: a bare `origin`, a base branch `main`, a head branch with
 * the writer's commit, `refs/pull/<n>/merge`, and a workspace that is a shallow detached checkout
 * of the merge ref, as `actions/checkout` leaves it on `pull_request`.
 */
export interface PullRequestRepo {
  root: string;
  origin: string;
  /** `file://` URL of the bare remote. */
  originUrl: string;
  /** A normal clone where the "writer" works (and where tests push competing commits). */
  dev: string;
  workspace: string;
  number: number;
  headRef: string;
  headSha(): string;
  /** The merge commit the workspace has checked out (`GITHUB_SHA`). */
  checkoutSha: string;
  /** Recomputes `refs/pull/<n>/merge` from the current branches and checks it out afresh. */
  checkoutMerge(): string;
  /** Commits files on the head branch as the writer and pushes them. */
  writerPush(files: Record<string, string>, message?: string): string;
  /** `git log` in the bare remote. */
  log(ref: string, format?: string): string[];
  /** A file as committed in the bare remote. */
  show(ref: string, path: string): string;
  cleanup(): void;
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

interface RepoOptions {
  base: Record<string, string>;
  head: Record<string, string>;
  number?: number;
  headRef?: string;
}

/**
 * Repositories built once per set of options in this test process. Building one takes some 25 git
 * processes; a copy takes none, and the copy is the same repository (same objects, refs and SHAs).
 */
const templates = new Map<string, { root: string; checkoutSha: string }>();

/** The remotes of `dev` and `workspace` are absolute `file://` URLs: point them at the copy's origin. */
function copyRepo(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  for (const clone of ['dev', 'workspace']) {
    for (const file of ['config', 'FETCH_HEAD']) {
      const path = join(to, clone, '.git', file);
      if (existsSync(path)) writeFileSync(path, readFileSync(path, 'utf8').split(from).join(to));
    }
  }
}

export function createPullRequestRepo(options: RepoOptions): PullRequestRepo {
  const key = JSON.stringify([options.base, options.head, options.number, options.headRef]);
  let template = templates.get(key);
  if (!template || !existsSync(template.root)) {
    const built = buildPullRequestRepo(options);
    template = { root: mkdtempSync(join(inject('repoTemplates'), 'repo-')), checkoutSha: built.checkoutSha };
    copyRepo(built.root, template.root);
    templates.set(key, template);
    return built;
  }
  const root = mkdtempSync(join(tmpdir(), 'plume-pr-'));
  copyRepo(template.root, root);
  const repo = pullRequestRepo(root, options);
  repo.checkoutSha = template.checkoutSha;
  return repo;
}

function buildPullRequestRepo(options: RepoOptions): PullRequestRepo {
  const repo = pullRequestRepo(mkdtempSync(join(tmpdir(), 'plume-pr-')), options);
  const { root, dev, headRef } = repo;
  sh(root, 'init', '--quiet', '--bare', '--initial-branch=main', repo.origin);
  sh(root, 'clone', '--quiet', repo.originUrl, dev);
  writeFiles(dev, options.base);
  sh(dev, 'add', '-A');
  sh(dev, 'commit', '--quiet', '-m', 'Base');
  sh(dev, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  sh(dev, 'checkout', '--quiet', '-b', headRef);
  writeFiles(dev, options.head);
  sh(dev, 'add', '-A');
  sh(dev, 'commit', '--quiet', '-m', 'Add a seed');
  sh(dev, 'push', '--quiet', 'origin', `HEAD:refs/heads/${headRef}`);
  repo.checkoutMerge();
  return repo;
}

/** The handle on a pull request repository under `root`, built or copied. */
function pullRequestRepo(root: string, options: RepoOptions): PullRequestRepo {
  const origin = join(root, 'origin.git');
  const originUrl = `file://${origin}`;
  const dev = join(root, 'dev');
  const workspace = join(root, 'workspace');
  const number = options.number ?? 1;
  const headRef = options.headRef ?? 'writer/new-seed';
  const repo: PullRequestRepo = {
    root,
    origin,
    originUrl,
    dev,
    workspace,
    number,
    headRef,
    checkoutSha: '',
    headSha: () => sh(dev, 'ls-remote', 'origin', `refs/heads/${headRef}`).split('\t')[0] ?? '',
    writerPush(files, message = 'Add a seed') {
      sh(dev, 'fetch', '--quiet', 'origin', `+refs/heads/${headRef}:refs/remotes/origin/${headRef}`);
      sh(dev, 'checkout', '--quiet', '-B', headRef, `origin/${headRef}`);
      writeFiles(dev, files);
      sh(dev, 'add', '-A');
      sh(dev, 'commit', '--quiet', '-m', message);
      sh(dev, 'push', '--quiet', 'origin', `HEAD:refs/heads/${headRef}`);
      return sh(dev, 'rev-parse', 'HEAD');
    },
    checkoutMerge() {
      sh(dev, 'fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*');
      sh(dev, 'checkout', '--quiet', '--detach', 'origin/main');
      sh(dev, 'merge', '--quiet', '--no-ff', '-m', `Merge ${headRef} into main`, `origin/${headRef}`);
      const merge = sh(dev, 'rev-parse', 'HEAD');
      sh(dev, 'push', '--quiet', '--force', 'origin', `HEAD:refs/pull/${number}/merge`);
      sh(dev, 'checkout', '--quiet', '-B', headRef, `origin/${headRef}`);
      // actions/checkout: init, add origin, shallow fetch of the merge ref, detached checkout.
      rmSync(workspace, { recursive: true, force: true });
      mkdirSync(workspace);
      sh(workspace, 'init', '--quiet');
      sh(workspace, 'remote', 'add', 'origin', originUrl);
      sh(
        workspace,
        'fetch',
        '--quiet',
        '--no-tags',
        '--depth=1',
        'origin',
        `+refs/pull/${number}/merge:refs/remotes/pull/${number}/merge`,
      );
      sh(workspace, 'checkout', '--quiet', '--detach', `refs/remotes/pull/${number}/merge`);
      repo.checkoutSha = merge;
      return merge;
    },
    log: (ref, format = '%H %an <%ae> %s') => sh(origin, 'log', `--format=${format}`, ref).split('\n'),
    show: (ref, path) => sh(origin, 'show', `${ref}:${path}`),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  return repo;
}
