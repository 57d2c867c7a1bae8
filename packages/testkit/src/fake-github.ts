import type { ServerResponse } from 'node:http';
import { type RecordedRequest, sendJson, startLocalServer } from './http.js';

/** One entry of `GET /repos/{owner}/{repo}/pulls/{n}/files`. */
export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  /** The unified diff of the file, without headers; GitHub omits it for binary and very large diffs. */
  patch?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

/** What a token may do: `read` tokens get GitHub's 403 on every write, as a fork PR's token does. */
export interface FakeToken {
  login: string;
  access: 'read' | 'write';
}

/** An injected failure: the next `times` matching requests get `status` instead of an answer. */
export interface FakeFault {
  method?: string;
  path: RegExp;
  status: number;
  times?: number;
  headers?: Record<string, string>;
}

export interface FakeGitHubOptions {
  /** Known tokens. Unset: any token is accepted as `github-actions[bot]` with write access. */
  tokens?: Record<string, FakeToken>;
}

export interface FakeGitHub {
  /** The value for `GITHUB_API_URL` or Octokit's `baseUrl`. */
  apiUrl: string;
  /** Every request received, in order (faulted ones included). */
  requests: RecordedRequest[];
  setPullFiles(repo: string, pull: number, files: FakePullFile[]): void;
  /** Seeds a comment as if `login` had written it; returns it. */
  addComment(repo: string, issue: number, body: string, login: string): FakeComment;
  comments(repo: string, issue: number): FakeComment[];
  fault(fault: FakeFault): void;
  close(): Promise<void>;
}

/** GitHub serves at most this many files of a pull request, whatever the page. */
const MAX_PULL_FILES = 3000;
const DEFAULT_BOT: FakeToken = { login: 'github-actions[bot]', access: 'write' };

function page<T>(items: T[], url: URL, origin: string, res: ServerResponse): T[] {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
  const current = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(url.pathname, origin);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(n));
    return `<${target.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (current > 1) links.push(link(current - 1, 'prev'), link(1, 'first'));
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (links.length > 0) res.setHeader('link', links.join(', '));
  return items.slice((current - 1) * perPage, current * perPage);
}

function tokenOf(req: RecordedRequest): string | undefined {
  const header = req.headers.authorization;
  return typeof header === 'string' ? /^(?:token|bearer)\s+(.+)$/i.exec(header)?.[1] : undefined;
}

/**
 * A local fake of the few GitHub REST endpoints Plume's Action uses, on 127.0.0.1, for the real
 * `@actions/github` client: pull request files and issue comments, with GitHub's Link pagination,
 * permission errors and injectable faults.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const pullFiles = new Map<string, FakePullFile[]>();
  const issueComments = new Map<string, FakeComment[]>();
  const faults: FakeFault[] = [];
  let nextId = 1000;
  let origin = '';

  const commentsOf = (key: string): FakeComment[] => {
    let list = issueComments.get(key);
    if (!list) {
      list = [];
      issueComments.set(key, list);
    }
    return list;
  };

  const newComment = (body: string, login: string): FakeComment => {
    const now = new Date().toISOString();
    return {
      id: nextId++,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
    };
  };

  const takeFault = (req: RecordedRequest): FakeFault | undefined => {
    const index = faults.findIndex(
      (f) => (f.method === undefined || f.method === req.method) && f.path.test(req.path),
    );
    const fault = faults[index];
    if (!fault) return undefined;
    const left = (fault.times ?? 1) - 1;
    if (left <= 0) faults.splice(index, 1);
    else fault.times = left;
    return fault;
  };

  const server = await startLocalServer((req, res) => {
    requests.push(req);
    const fault = takeFault(req);
    if (fault) {
      sendJson(res, fault.status, { message: `fake-github: injected ${fault.status}` }, fault.headers);
      return;
    }

    const token = tokenOf(req);
    const identity = options.tokens ? (token ? options.tokens[token] : undefined) : DEFAULT_BOT;
    if (!identity) {
      sendJson(res, 401, { message: 'Bad credentials' });
      return;
    }
    const isWrite = req.method !== 'GET' && req.method !== 'HEAD';
    if (isWrite && identity.access === 'read') {
      sendJson(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
      return;
    }

    const url = new URL(req.path, origin);
    const files = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (files && req.method === 'GET') {
      const all = (pullFiles.get(`${files[1]}#${files[2]}`) ?? []).slice(0, MAX_PULL_FILES);
      sendJson(
        res,
        200,
        page(all, url, origin, res).map((f) => ({ sha: '0'.repeat(40), additions: 1, deletions: 0, ...f })),
      );
      return;
    }

    const issue = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (issue && req.method === 'GET') {
      sendJson(res, 200, page(commentsOf(`${issue[1]}#${issue[2]}`), url, origin, res));
      return;
    }
    if (issue && req.method === 'POST') {
      const body = (req.body as { body?: unknown } | undefined)?.body;
      if (typeof body !== 'string') {
        sendJson(res, 422, { message: 'Invalid request: body is required' });
        return;
      }
      const comment = newComment(body, identity.login);
      commentsOf(`${issue[1]}#${issue[2]}`).push(comment);
      sendJson(res, 201, comment);
      return;
    }

    const edit = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (edit && req.method === 'PATCH') {
      const id = Number(edit[2]);
      const comment = [...issueComments.entries()]
        .filter(([key]) => key.startsWith(`${edit[1]}#`))
        .flatMap(([, list]) => list)
        .find((c) => c.id === id);
      const body = (req.body as { body?: unknown } | undefined)?.body;
      if (!comment) {
        sendJson(res, 404, { message: 'Not Found' });
        return;
      }
      if (typeof body !== 'string') {
        sendJson(res, 422, { message: 'Invalid request: body is required' });
        return;
      }
      comment.body = body;
      comment.updated_at = new Date().toISOString();
      sendJson(res, 200, comment);
      return;
    }

    sendJson(res, 404, { message: `fake-github: no route for ${req.method} ${url.pathname}` });
  });
  origin = server.origin;

  return {
    apiUrl: server.origin,
    requests,
    setPullFiles: (repo, pull, files) => pullFiles.set(`${repo}#${pull}`, files),
    addComment: (repo, issue, body, login) => {
      const comment = newComment(body, login);
      commentsOf(`${repo}#${issue}`).push(comment);
      return comment;
    },
    comments: (repo, issue) => commentsOf(`${repo}#${issue}`),
    fault: (fault) => faults.push({ ...fault }),
    close: server.close,
  };
}
