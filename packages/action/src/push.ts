import { randomUUID } from 'node:crypto';
import { lstat, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, sep } from 'node:path';
import { GitError, git, gitOrThrow } from './git.js';
import type { RewriteReport } from './report-types.js';

/** The identity GitHub itself uses for `GITHUB_TOKEN` commits. */
export const BOT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** Trailer of every commit Plume pushes: the loop guard recognises its own commits by it. */
export const PLUME_TRAILER = 'Plume-Generated: true';

export interface BranchTarget {
  /** The checked-out repository (`GITHUB_WORKSPACE`). */
  cwd: string;
  remote: string;
  /** The pull request's head branch (`pull_request.head.ref`). */
  branch: string;
  /** The token git authenticates with, through the environment: never argv or `.git/config`. */
  auth?: { serverUrl: string; token: string };
}

export type FetchOutcome = { ok: true; sha: string } | { ok: false; message: string };

export type PushOutcome =
  | { kind: 'pushed'; sha: string; attempts: number }
  /** The branch already holds these exact files. */
  | { kind: 'unchanged'; sha: string }
  | { kind: 'failed'; message: string };

/** Where the fetched head lands: a private ref, so nothing of the user's refs or FETCH_HEAD moves. */
const HEAD_REF = 'refs/plume/head';

/**
 * Git configuration, passed through `GIT_CONFIG_*` variables, that authenticates as
 * `github-token`. The empty first value clears the header `actions/checkout` persisted, so an
 * App token given to the Action is the one that pushes (and its push triggers workflows).
 */
export function authEnv(auth: BranchTarget['auth']): Record<string, string> {
  if (!auth) return {};
  const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

/** Fetches the head branch's tip. A shallow checkout stays shallow; a full one is not made shallow. */
export async function fetchBranch(target: BranchTarget): Promise<FetchOutcome> {
  const env = authEnv(target.auth);
  const shallow = await git(['rev-parse', '--is-shallow-repository'], { cwd: target.cwd });
  const depth = shallow.stdout.trim() === 'true' ? ['--depth=1'] : [];
  const fetched = await git(
    [
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      ...depth,
      target.remote,
      `+refs/heads/${target.branch}:${HEAD_REF}`,
    ],
    { cwd: target.cwd, env },
  );
  if (fetched.code !== 0) {
    return { ok: false, message: `Could not fetch branch "${target.branch}": ${lastLines(fetched.stderr)}` };
  }
  return {
    ok: true,
    sha: await gitOrThrow(['rev-parse', '--verify', `${HEAD_REF}^{commit}`], { cwd: target.cwd }),
  };
}

/** True when the commit was pushed by Plume: rewriting again on its own push would loop. */
export async function isPlumeCommit(cwd: string, sha: string): Promise<boolean> {
  const message = await git(['log', '-1', '--format=%B', sha], { cwd });
  return message.code === 0 && message.stdout.split('\n').some((line) => line.trim() === PLUME_TRAILER);
}

/** A repository path as git stores it: forward slashes, whatever the runner's OS. */
const repoPath = (file: string): string => posix.normalize(file.split(sep).join('/'));

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ').trim() || 'no details from git';
}

async function assertCommittable(cwd: string, file: string): Promise<string | undefined> {
  const path = repoPath(file);
  if (isAbsolute(file) || posix.isAbsolute(path) || path === '..' || path.startsWith('../')) {
    return `${file} is outside the repository`;
  }
  // A symlinked folder on the way would commit a file from elsewhere, and replace the link.
  const parts = path.split('/');
  for (let depth = 1; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join('/');
    if ((await lstat(join(cwd, folder)).catch(() => undefined))?.isSymbolicLink())
      return `${file} is inside a symlinked folder (${folder})`;
  }
  const stat = await lstat(join(cwd, path)).catch(() => undefined);
  if (!stat) return `${file} does not exist`;
  if (!stat.isFile()) return `${file} is not a regular file`;
  return undefined;
}

/**
 * Builds a commit holding `files` (as they are in the working tree) on top of `parent`, in a
 * throw-away index: the detached merge checkout, its index and the user's refs are left alone.
 */
async function commitOnTop(cwd: string, parent: string, files: string[], message: string): Promise<string> {
  const index = join(tmpdir(), `plume-index-${randomUUID()}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    await gitOrThrow(['read-tree', parent], { cwd, env });
    const blobs = (await gitOrThrow(['hash-object', '-w', '--', ...files], { cwd })).split('\n');
    const entries = files.map((file, i) => `100644 ${blobs[i]}\t${repoPath(file)}\0`).join('');
    await gitOrThrow(['update-index', '-z', '--add', '--index-info'], { cwd, env, input: entries });
    const tree = await gitOrThrow(['write-tree'], { cwd, env });
    if (tree === (await gitOrThrow(['rev-parse', `${parent}^{tree}`], { cwd }))) return parent;
    return await gitOrThrow(['commit-tree', '--no-gpg-sign', tree, '-p', parent, '-F', '-'], {
      cwd,
      input: message,
      env: {
        GIT_AUTHOR_NAME: BOT_IDENTITY.name,
        GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
        GIT_COMMITTER_NAME: BOT_IDENTITY.name,
        GIT_COMMITTER_EMAIL: BOT_IDENTITY.email,
      },
    });
  } finally {
    await rm(index, { force: true });
  }
}

const isRejected = (text: string) => /\[rejected\]|non-fast-forward|fetch first/.test(text);

/**
 * Commits `files` on top of the head branch and pushes fast-forward only. When someone pushed
 * meanwhile, fetches and retries once; never forces.
 */
export async function pushFiles(
  target: BranchTarget,
  files: string[],
  message: string,
  // Lets tests play the writer who pushes between our fetch and our push.
  hooks: { beforePush?: (attempt: number) => Promise<void> | void } = {},
): Promise<PushOutcome> {
  const problems = (await Promise.all(files.map((f) => assertCommittable(target.cwd, f)))).filter(Boolean);
  if (problems.length > 0) return { kind: 'failed', message: `Refusing to commit: ${problems.join('; ')}.` };
  if (files.length === 0) return { kind: 'failed', message: 'Nothing to commit.' };
  const body = `${message.trimEnd()}\n\n${PLUME_TRAILER}\n`;
  const env = authEnv(target.auth);
  try {
    for (let attempt = 1; ; attempt++) {
      const head = await fetchBranch(target);
      if (!head.ok) return { kind: 'failed', message: head.message };
      const commit = await commitOnTop(target.cwd, head.sha, files, body);
      if (commit === head.sha) return { kind: 'unchanged', sha: head.sha };
      await hooks.beforePush?.(attempt);
      const pushed = await git(
        ['push', '--porcelain', '--no-verify', target.remote, `${commit}:refs/heads/${target.branch}`],
        { cwd: target.cwd, env },
      );
      if (pushed.code === 0) return { kind: 'pushed', sha: commit, attempts: attempt };
      const output = `${pushed.stdout}\n${pushed.stderr}`;
      if (!isRejected(output) || attempt === 2) {
        return {
          kind: 'failed',
          message: `Push to "${target.branch}" was refused${attempt === 2 ? ' twice' : ''}: ${lastLines(output)}`,
        };
      }
    }
  } catch (error) {
    if (error instanceof GitError) return { kind: 'failed', message: error.message };
    throw error;
  }
}

/** The message of Plume's commit: which seed became which article, and the model. */
export function commitMessage(rewrite: RewriteReport, written: string[]): string {
  const lines = rewrite.seeds
    .filter((s) => s.article && written.includes(s.article))
    .map((s) => `- ${s.seed} → ${s.article}`);
  return `Plume: rewrite ${written.length} seed(s) into articles\n\n${lines.join('\n')}\n\nModel: ${rewrite.model}`;
}
