import { type FakeGitHub, type FakePullFile, startFakeGitHub } from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../src/octokit.js';
import { listChangedFiles } from '../src/pr-files.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const globs = { seeds: ['seeds/**/*.{txt,md}'], articles: ['articles/**/*.md'] };
const pull = { owner: 'o', repo: 'r', pullNumber: 9 };

async function list(files: FakePullFile[]) {
  fake = await startFakeGitHub();
  fake.setPullFiles('o/r', 9, files);
  return listChangedFiles(createOctokit('t', { baseUrl: fake.apiUrl, retryDelayMs: 1 }), pull, globs);
}

describe('listing the pull request files', () => {
  it('keeps added, modified and renamed seeds and articles, and drops removed or unrelated files', async () => {
    const changed = await list([
      { filename: 'seeds/b.txt', status: 'added' },
      { filename: 'seeds/a.md', status: 'modified' },
      { filename: 'seeds/gone.txt', status: 'removed' },
      { filename: 'seeds/new-name.txt', status: 'renamed', previous_filename: 'seeds/old.txt' },
      { filename: 'articles/a.md', status: 'modified', patch: '@@ -2,1 +2,2 @@\n context\n+added' },
      { filename: 'articles/notes.txt', status: 'added' },
      { filename: 'src/index.ts', status: 'modified' },
    ]);
    expect(changed).toEqual({
      seeds: ['seeds/a.md', 'seeds/b.txt', 'seeds/new-name.txt'],
      articles: ['articles/a.md'],
      changedLines: new Map([['articles/a.md', { added: new Set([3]), context: new Set([2, 3]) }]]),
      listed: 7,
      truncated: false,
    });
  });

  it('reads every page and says when GitHub stopped at 3,000 files', async () => {
    const files = Array.from({ length: 3200 }, (_, i) => ({
      filename: `seeds/s${String(i).padStart(4, '0')}.txt`,
      status: 'added' as const,
    }));
    const changed = await list(files);
    expect(changed.seeds).toHaveLength(3000);
    expect(changed.truncated).toBe(true);
    expect(fake?.requests).toHaveLength(30);
  });

  it('uses the globs it is given', async () => {
    fake = await startFakeGitHub();
    fake.setPullFiles('o/r', 9, [
      { filename: 'content/raw/x.txt', status: 'added' },
      { filename: 'seeds/y.txt', status: 'added' },
      { filename: 'content/out/x.md', status: 'added' },
    ]);
    const changed = await listChangedFiles(createOctokit('t', { baseUrl: fake.apiUrl }), pull, {
      seeds: ['content/raw/**'],
      articles: ['content/out/*.md'],
    });
    expect(changed.seeds).toEqual(['content/raw/x.txt']);
    expect(changed.articles).toEqual(['content/out/x.md']);
  });

  it('retries a transient 502 on a page and still lists every file', async () => {
    fake = await startFakeGitHub();
    const files = Array.from({ length: 150 }, (_, i) => ({
      filename: `seeds/s${i}.txt`,
      status: 'added' as const,
    }));
    fake.setPullFiles('o/r', 9, files);
    fake.fault({ method: 'GET', path: /page=2/, status: 502, times: 1 });
    const changed = await listChangedFiles(
      createOctokit('t', { baseUrl: fake.apiUrl, retryDelayMs: 1 }),
      pull,
      globs,
    );
    expect(changed.seeds).toHaveLength(150);
    expect(fake.requests.map((r) => r.path.replace(/.*\?/, ''))).toEqual([
      'per_page=100',
      'per_page=100&page=2',
      'per_page=100&page=2',
    ]);
  });

  it('lets a lasting API failure through to the caller, which reports it', async () => {
    fake = await startFakeGitHub();
    fake.fault({ path: /files/, status: 503, times: 10 });
    await expect(
      listChangedFiles(createOctokit('t', { baseUrl: fake.apiUrl, retryDelayMs: 1 }), pull, globs),
    ).rejects.toMatchObject({ status: 503 });
  });
});
