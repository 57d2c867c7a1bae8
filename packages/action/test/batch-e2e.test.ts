import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FakeOpenAI, startFakeOpenAI } from '@plume/testkit';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { parse } from 'yaml';
import { PLUME_TRAILER } from '../src/push.js';
import { createPullRequestRepo, type PullRequestRepo, sh } from './helpers/pr-repo.js';

// A scheduled backfill as GitHub runs it: the committed bundle on `schedule`, in a checkout of
// main, pushing to main; the provider's Batch API is the fake. The next scheduled run is a fresh
// checkout, so all it knows of the batches in flight is the state file the first run committed.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = join(root, 'packages/action/dist/index.js');
const REPO = 'acme/news';
const API_KEY = 'sk-e2e-SECRET-4c1d9e7a';
const TOKEN = 'ghs_e2eWRITEtoken0123456789';
const SEED = readFileSync(join(root, 'seeds/004_fe1a5bfc56a193f7.txt'), 'utf8');
const DRAFT = readFileSync(join(root, 'examples/004_fe1a5bfc56a193f7.md'), 'utf8');
const metadata = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error('packages/action/dist/index.js is missing: run pnpm build first');
});

/** A repository whose main holds `seeds`, and a fake Batch API answering `content`; removed when the test ends. */
async function setup(t: TestContext, seeds: Record<string, string>, content: string) {
  const repo = createPullRequestRepo({ base: seeds, head: { 'README.md': '# PR\n' } });
  t.onTestFinished(() => repo.cleanup());
  const openai = await startFakeOpenAI({
    batches: { reply: () => ({ kind: 'completion', content }), instant: true },
  });
  t.onTestFinished(() => openai.close());
  return { repo, openai };
}

/** `actions/checkout` on a schedule: a fresh shallow checkout of main. */
function checkoutMain(r: PullRequestRepo): void {
  sh(
    r.workspace,
    'fetch',
    '--quiet',
    '--no-tags',
    '--depth=1',
    'origin',
    '+refs/heads/main:refs/remotes/origin/main',
  );
  sh(r.workspace, 'checkout', '--quiet', '--force', '--detach', 'refs/remotes/origin/main');
  sh(r.workspace, 'clean', '--quiet', '-fdx');
}

function runScheduled(r: PullRequestRepo, fake: FakeOpenAI, inputs: Record<string, string> = {}) {
  const temp = join(r.root, `runner-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(temp, { recursive: true });
  const paths = {
    event: join(temp, 'event.json'),
    output: join(temp, 'output.txt'),
    summary: join(temp, 'summary.md'),
  };
  writeFileSync(paths.event, JSON.stringify({ schedule: '17 */2 * * *' }));
  writeFileSync(paths.output, '');
  writeFileSync(paths.summary, '');
  const all: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    all[name] = (spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/, TOKEN);
  }
  Object.assign(
    all,
    { 'api-key': API_KEY, 'base-url': fake.baseURL, model: 'gpt-e2e', batch: 'true' },
    inputs,
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: r.root,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: r.workspace,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_SHA: sh(r.workspace, 'rev-parse', 'HEAD'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4243',
    RUNNER_TEMP: temp,
  };
  for (const [name, value] of Object.entries(all))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise<{ code: number; stdout: string; summary: string }>((resolve) => {
    execFile(process.execPath, [bundle], { cwd: r.workspace, env, timeout: 120_000 }, (error, stdout) => {
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        stdout,
        summary: readFileSync(paths.summary, 'utf8'),
      });
    });
  });
}

describe.concurrent('the bundled Action with batch: true on a schedule (end to end)', () => {
  it('submits and commits the state, then the next run collects, writes the articles and submits nothing twice', async (t) => {
    const { repo, openai } = await setup(
      t,
      { 'seeds/a.txt': `${SEED}\nDossier a.\n`, 'seeds/b.txt': `${SEED}\nDossier b.\n` },
      DRAFT,
    );
    checkoutMain(repo);

    const first = await runScheduled(repo, openai);
    expect(first.code, first.stdout).toBe(0);
    expect(openai.batches.batches).toHaveLength(1);
    expect(openai.batches.batches[0]?.lines).toHaveLength(2);
    const state = JSON.parse(repo.show('main', 'articles/.plume-batch.json'));
    expect(state.batches[0].id).toBe(openai.batches.batches[0]?.id);
    expect(repo.log('main', '%B').join('\n')).toContain(PLUME_TRAILER);
    expect(first.summary).toContain('in a batch');

    checkoutMain(repo);
    const second = await runScheduled(repo, openai);
    expect(second.code, second.stdout).toBe(0);
    expect(openai.batches.batches).toHaveLength(1);
    expect(openai.batches.uploads).toBe(1);
    expect(repo.show('main', 'articles/a.md')).toContain('source: seeds/a.txt');
    expect(repo.show('main', 'articles/b.md')).toContain('source: seeds/b.txt');
    expect(JSON.parse(repo.show('main', 'articles/.plume-batch.json'))).toEqual({
      version: 1,
      seeds: {},
      batches: [],
    });
    for (const text of [first.stdout, second.stdout, first.summary, second.summary])
      expect(text.replace(/^::add-mask::.*$/gm, '')).not.toContain(API_KEY);
  }, 240_000);

  it('with push-on-error false, commits the state but not an article written with lint errors', async (t) => {
    // A quotation the seed never had: faithful-quotes reports an error no repair round may fix.
    const invented = DRAFT.replace(
      'Le message est clair',
      '« Nos armées marcheront ensemble jusqu’à la victoire », a-t-il ajouté. Le message est clair',
    );
    expect(invented).not.toBe(DRAFT);
    const { repo, openai } = await setup(t, { 'seeds/a.txt': `${SEED}\nDossier a.\n` }, invented);
    checkoutMain(repo);
    const inputs = { 'push-on-error': 'false', 'max-repairs': '0' };

    const first = await runScheduled(repo, openai, inputs);
    expect(first.code, first.stdout).toBe(0);
    checkoutMain(repo);
    const second = await runScheduled(repo, openai, inputs);

    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/faithful-quotes/);
    expect(() => repo.show('main', 'articles/a.md')).toThrow();
    // The batch was collected: the state committed says so, and the seed is due again.
    expect(JSON.parse(repo.show('main', 'articles/.plume-batch.json'))).toEqual({
      version: 1,
      seeds: {},
      batches: [],
    });
    expect(second.summary).toContain('were not pushed (`push-on-error: false`): `articles/a.md`');
  }, 240_000);
});
