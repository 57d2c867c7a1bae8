import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, type FakePullFile, startFakeGitHub } from '../src/index.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const client = (apiUrl: string, token = 'ghs_test_not_a_secret') => getOctokit(token, { baseUrl: apiUrl });

const files = (n: number): FakePullFile[] =>
  Array.from({ length: n }, (_, i) => ({ filename: `seeds/s${i}.txt`, status: 'added' as const }));

describe('fake GitHub REST server', () => {
  it('pages pull request files with Link headers that octokit.paginate follows', async () => {
    fake = await startFakeGitHub();
    fake.setPullFiles('o/r', 7, files(250));
    const octokit = client(fake.apiUrl);
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'o',
      repo: 'r',
      pull_number: 7,
      per_page: 100,
    });
    expect(all.map((f) => f.filename)).toEqual(files(250).map((f) => f.filename));
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/repos/o/r/pulls/7/files?per_page=100',
      '/repos/o/r/pulls/7/files?per_page=100&page=2',
      '/repos/o/r/pulls/7/files?per_page=100&page=3',
    ]);
  });

  it('serves at most 3,000 files of a pull request, as GitHub does', async () => {
    fake = await startFakeGitHub();
    fake.setPullFiles('o/r', 1, files(3100));
    const octokit = client(fake.apiUrl);
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'o',
      repo: 'r',
      pull_number: 1,
      per_page: 100,
    });
    expect(all).toHaveLength(3000);
  });

  it('creates, lists and edits issue comments as the token owner', async () => {
    fake = await startFakeGitHub();
    const human = fake.addComment('o/r', 3, 'LGTM', 'octocat');
    const octokit = client(fake.apiUrl);
    const created = await octokit.rest.issues.createComment({
      owner: 'o',
      repo: 'r',
      issue_number: 3,
      body: 'a',
    });
    expect(created.data.user?.login).toBe('github-actions[bot]');
    await octokit.rest.issues.updateComment({
      owner: 'o',
      repo: 'r',
      comment_id: created.data.id,
      body: 'b',
    });
    const listed = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'o',
      repo: 'r',
      issue_number: 3,
      per_page: 1,
    });
    expect(listed.map((c) => [c.id, c.body, c.user?.login])).toEqual([
      [human.id, 'LGTM', 'octocat'],
      [created.data.id, 'b', 'github-actions[bot]'],
    ]);
  });

  it('refuses writes with 403 for a read-only token but still lets it read', async () => {
    fake = await startFakeGitHub({ tokens: { ro: { login: 'github-actions[bot]', access: 'read' } } });
    const octokit = client(fake.apiUrl, 'ro');
    await expect(
      octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 }),
    ).resolves.toMatchObject({ status: 200 });
    await expect(
      octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(fake.comments('o/r', 1)).toEqual([]);
  });

  it('answers 401 to an unknown token when tokens are configured', async () => {
    fake = await startFakeGitHub({ tokens: { good: { login: 'bot', access: 'write' } } });
    await expect(
      client(fake.apiUrl, 'bad').rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('injects a 5xx fault for the given number of matching requests, then recovers', async () => {
    fake = await startFakeGitHub();
    fake.fault({ method: 'GET', path: /\/comments/, status: 502, times: 2 });
    const octokit = client(fake.apiUrl);
    const list = () => octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 });
    await expect(list()).rejects.toMatchObject({ status: 502 });
    await expect(list()).rejects.toMatchObject({ status: 502 });
    await expect(list()).resolves.toMatchObject({ status: 200 });
    expect(fake.requests).toHaveLength(3);
  });

  it('answers 404 when editing a comment that does not exist', async () => {
    fake = await startFakeGitHub();
    await expect(
      client(fake.apiUrl).rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: 1, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
