import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  completion,
  type FakeGitHub,
  type FakeOpenAI,
  type FakeOpenAIOptions,
  startFakeGitHub,
  startFakeOpenAI,
} from '@plume/testkit';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_MARKER } from '../src/comment.js';
import { PLUME_TRAILER } from '../src/push.js';
import { createPullRequestRepo, type PullRequestRepo } from './helpers/pr-repo.js';

// The Action exactly as GitHub runs it: the committed bundle, `node dist/index.js`, in a real
// git checkout of refs/pull/N/merge, with the runner's environment variables.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bundle = join(root, 'packages/action/dist/index.js');
const REPO = 'acme/news';
const API_KEY = 'sk-e2e-SECRET-4c1d9e7a';
const TOKEN = 'ghs_e2eWRITEtoken0123456789';
const READ_ONLY_TOKEN = 'ghs_e2eREADONLYtoken987654';
const SEED = readFileSync(join(root, 'seeds/004_fe1a5bfc56a193f7.txt'), 'utf8');
// A lint-clean French article written by hand from that seed (examples/), as the model's draft.
const DRAFT = readFileSync(join(root, 'examples/004_fe1a5bfc56a193f7.md'), 'utf8');

interface ActionMetadata {
  inputs: Record<string, { default?: string }>;
}
const metadata = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionMetadata;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error('packages/action/dist/index.js is missing: run pnpm build first');
});

/** The fake provider each pull request's runs talk to (the `base-url` input). */
const providers = new WeakMap<PullRequestRepo, FakeOpenAI>();

/** GITHUB_OUTPUT holds `name<<delimiter`, the value, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/**
 * A pull request adding seeds/x.txt, a fake GitHub and a fake provider, removed when the test
 * ends. The tests run concurrently: each has its own repository, servers and ports.
 */
async function setup(
  t: TestContext,
  options: {
    draft?: string;
    provider?: FakeOpenAIOptions;
    base?: Record<string, string>;
    head?: Record<string, string>;
  } = {},
) {
  const repo = createPullRequestRepo({
    base: { 'README.md': '# Actualités\n', ...options.base },
    head: { 'seeds/x.txt': SEED, ...options.head },
    number: 7,
    headRef: 'writer/seed-x',
  });
  t.onTestFinished(() => repo.cleanup());
  const github = await startFakeGitHub({
    tokens: {
      [TOKEN]: { login: 'github-actions[bot]', access: 'write' },
      [READ_ONLY_TOKEN]: { login: 'github-actions[bot]', access: 'read' },
    },
  });
  t.onTestFinished(() => github.close());
  github.setPullFiles(REPO, 7, [{ filename: 'seeds/x.txt', status: 'added' }]);
  const openai = await startFakeOpenAI(options.provider ?? { fallback: completion(options.draft ?? DRAFT) });
  t.onTestFinished(() => openai.close());
  providers.set(repo, openai);
  return { repo, github, openai };
}

function runAction(
  r: PullRequestRepo,
  gh: FakeGitHub,
  options: { inputs?: Record<string, string>; headRepo?: string; token?: string; event?: string } = {},
): Promise<Run> {
  const runnerTemp = join(r.root, `runner-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(runnerTemp, { recursive: true });
  const eventPath = join(runnerTemp, 'event.json');
  const outputPath = join(runnerTemp, 'output.txt');
  const summaryPath = join(runnerTemp, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const eventName = options.event ?? 'pull_request';
  const pullRequest = {
    number: r.number,
    changed_files: 1,
    head: { ref: r.headRef, sha: r.headSha(), repo: { full_name: options.headRepo ?? REPO } },
    base: { ref: 'main', repo: { full_name: REPO } },
  };
  writeFileSync(
    eventPath,
    JSON.stringify(
      eventName === 'pull_request'
        ? { action: 'synchronize', number: r.number, pull_request: pullRequest }
        : { ref: 'refs/heads/main' },
    ),
  );

  const token = options.token ?? TOKEN;
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    inputs[name] = (spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/, token);
  }
  Object.assign(
    inputs,
    { 'api-key': API_KEY, 'base-url': providers.get(r)?.baseURL ?? '', model: 'gpt-e2e' },
    options.inputs,
  );

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: r.root,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: r.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SHA: r.checkoutSha,
    GITHUB_REF: `refs/pull/${r.number}/merge`,
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'writer',
    RUNNER_TEMP: runnerTemp,
  };
  // The runner's names: INPUT_ + upper case, spaces to underscores, hyphens kept (INPUT_API-KEY).
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bundle],
      { cwd: r.workspace, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
          outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
          summary: readFileSync(summaryPath, 'utf8'),
        });
      },
    );
  });
}

function expectNoSecrets(run: Run, gh: FakeGitHub): void {
  const comments = gh.comments(REPO, 7).map((c) => c.body);
  // `::add-mask::` is the command that tells the runner to mask the value; the runner consumes it.
  const shown = run.stdout.replace(/^::add-mask::.*$/gm, '');
  expect(run.stdout).toContain(`::add-mask::${API_KEY}`);
  const report = run.outputs.report ? readFileSync(run.outputs.report, 'utf8') : '';
  for (const text of [shown, run.stderr, run.summary, report, ...comments]) {
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(READ_ONLY_TOKEN);
  }
}

describe.concurrent('the bundled Action on a pull request (end to end)', () => {
  // One pull request, two runs: the first rewrites and pushes, and its push triggers the second.
  it('rewrites the seed, pushes one commit on the head branch, comments, summarises and sets outputs; the run its push triggers updates the comment and does not rewrite again', async (t) => {
    const { repo: r, github: gh, openai: ai } = await setup(t);
    const writerHead = r.headSha();

    const run = await runAction(r, gh);

    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(ai.requests.length).toBeGreaterThanOrEqual(1);
    expect(ai.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(ai.requests[0]?.body).toMatchObject({ model: 'gpt-e2e' });

    // Base, the writer's commit, Plume's commit: exactly one commit was added.
    expect(r.log(r.headRef)).toHaveLength(3);
    const [top, parent] = r.log(r.headRef, '%P|%an');
    expect(top).toBe(`${writerHead}|github-actions[bot]`);
    expect(parent).toMatch(/\|Writer$/);
    expect(r.log(`${r.headRef}~1..${r.headRef}`, '%B')).toContain(PLUME_TRAILER);
    const article = r.show(r.headRef, 'articles/x.md');
    expect(article).toMatch(/^---\n/);
    expect(article).toContain('source: seeds/x.txt');

    const comments = gh.comments(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]?.body).toContain('`seeds/x.txt`');
    expect(comments[0]?.body).toContain('gpt-e2e');

    expect(run.summary).toContain('### Plume');
    expect(run.summary).toContain('articles/x.md');
    expect(JSON.parse(run.outputs.articles ?? '')).toEqual(['articles/x.md']);
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'));
    expect(run.outputs.errors).toBe(String(report.errorCount));
    expect(run.outputs.warnings).toBe(String(report.warningCount));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['articles/x.md']);
    expect(JSON.stringify(report)).not.toMatch(/rule failed/);
    expect(report.rewrite.seeds[0]).toMatchObject({ seed: 'seeds/x.txt', article: 'articles/x.md' });
    expectNoSecrets(run, gh);

    // The run Plume's own push triggers: the loop guard holds and the comment is edited in place.
    const requests = ai.requests.length;
    const pushed = r.headSha();
    const posted = comments[0];
    r.checkoutMerge();
    gh.setPullFiles(REPO, 7, [
      { filename: 'seeds/x.txt', status: 'added' },
      { filename: 'articles/x.md', status: 'added' },
    ]);
    const second = await runAction(r, gh);

    expect(second.code, second.stdout).toBe(0);
    expect(ai.requests.length).toBe(requests);
    expect(r.headSha()).toBe(pushed);
    const updated = gh.comments(REPO, 7);
    expect(updated).toHaveLength(1);
    expect(updated[0]?.id).toBe(posted?.id);
    expect(updated[0]?.body).toContain("The latest commit is Plume's own");
    expect(gh.requests.some((q) => q.method === 'PATCH')).toBe(true);
    expectNoSecrets(second, gh);
  }, 180_000);

  it('does not push for a fork pull request and shows the article in the comment instead', async (t) => {
    const { repo: r, github: gh } = await setup(t);
    const head = r.headSha();

    const run = await runAction(r, gh, { headRepo: 'someone/news' });

    expect(run.code, run.stdout).toBe(0);
    expect(r.headSha()).toBe(head);
    const body = gh.comments(REPO, 7)[0]?.body ?? '';
    expect(body).toContain('Pull request from a fork');
    expect(body).toContain('<details><summary><code>articles/x.md</code> (not pushed');
    expect(body).toContain('```markdown\n---\n');
    expect(run.summary).toContain('not pushed');
    expect(JSON.parse(run.outputs.articles ?? '')).toEqual(['articles/x.md']);
    expectNoSecrets(run, gh);
  }, 180_000);

  it('reports a read-only token refusing the comment as a warning and still completes', async (t) => {
    const { repo: r, github: gh } = await setup(t);

    const run = await runAction(r, gh, { token: READ_ONLY_TOKEN, inputs: { commit: 'false' } });

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::GitHub refused the comment \(HTTP 403\)/);
    expect(gh.comments(REPO, 7)).toEqual([]);
    expect(run.summary).toContain('### Plume');
    expect(run.outputs.report).toBeTruthy();
    expectNoSecrets(run, gh);
  }, 180_000);

  it('lints only, and says so, without an api-key or base-url', async (t) => {
    const { repo: r, github: gh, openai: ai } = await setup(t);
    const head = r.headSha();

    const run = await runAction(r, gh, { inputs: { 'api-key': '', 'base-url': '' } });

    expect(run.code, run.stdout).toBe(0);
    expect(ai.requests).toEqual([]);
    expect(r.headSha()).toBe(head);
    expect(gh.comments(REPO, 7)[0]?.body).toContain('Lint only: no `api-key` or `base-url` input');
    expect(JSON.parse(run.outputs.articles ?? '')).toEqual([]);
  }, 180_000);

  it('leaves no comment on a pull request that touches no seed or article', async (t) => {
    const { repo: r, github: gh, openai: ai } = await setup(t);
    gh.setPullFiles(REPO, 7, [{ filename: 'README.md', status: 'modified' }]);

    const run = await runAction(r, gh);

    expect(run.code, run.stdout).toBe(0);
    expect(ai.requests).toEqual([]);
    expect(gh.comments(REPO, 7)).toEqual([]);
    expect(run.stdout).toContain('No seed or article changed: no comment.');
    expect(run.summary).toContain('_No article to lint._');
  }, 180_000);

  it('does not let a seed named like a workflow command inject one into the log', async (t) => {
    const name = 'seeds/::warning::injected.txt';
    const { repo: r, github: gh } = await setup(t, { head: { [name]: SEED } });
    gh.setPullFiles(REPO, 7, [{ filename: name, status: 'added' }]);

    const run = await runAction(r, gh);

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Seed seeds/: :warning: :injected.txt: written');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning::injected'))).toEqual([]);
  }, 180_000);

  it('fails the step with a clear message when the config input names a missing file', async (t) => {
    const { repo: r, github: gh } = await setup(t);
    const run = await runAction(r, gh, { inputs: { config: 'missing/plume.config.json' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*missing\/plume\.config\.json.*not found/);
    expectNoSecrets(run, gh);
  }, 180_000);

  it('takes the endpoint, the model, the budget and the profile from the inputs, never from a config the pull request edits', async (t) => {
    // The pull request points the endpoint and the model elsewhere and states a profile and a
    // budget; the inputs describe an Azure GPT-5 deployment under its own name (nothing in the
    // name says what it needs).
    const config = {
      rewrite: {
        baseURL: 'http://127.0.0.1:9/v1',
        model: 'attacker-model',
        maxOutputTokens: 3000,
        profile: { tokenParam: 'max_tokens', reasoning: true },
      },
    };
    const {
      repo: r,
      github: gh,
      openai: ai,
    } = await setup(t, {
      head: { 'plume.config.json': `${JSON.stringify(config)}\n` },
    });

    const run = await runAction(r, gh, {
      inputs: {
        'max-output-tokens': '16000',
        'token-parameter': 'max_completion_tokens',
        'send-temperature': 'false',
      },
    });

    expect(run.code, run.stdout).toBe(0);
    expect(ai.requests.length).toBeGreaterThanOrEqual(1);
    expect(ai.requests.every((q) => (q.body as { model?: string }).model === 'gpt-e2e')).toBe(true);
    expect(r.show(r.headRef, 'articles/x.md')).toContain('model: gpt-e2e');
    const body = ai.requests[0]?.body as Record<string, unknown>;
    expect(body.max_completion_tokens).toBe(16000);
    expect(body).not.toHaveProperty('max_tokens');
    expect(body).not.toHaveProperty('temperature');
    expectNoSecrets(run, gh);
  }, 180_000);

  it('fails the step naming the file and the key when the rewrite section is invalid', async (t) => {
    const config = { rewrite: { profile: { tokenParam: 'max_output_tokens' } } };
    const {
      repo: r,
      github: gh,
      openai: ai,
    } = await setup(t, {
      head: { 'plume.config.json': `${JSON.stringify(config)}\n` },
    });

    const run = await runAction(r, gh);

    expect(run.code).toBe(1);
    expect(ai.requests).toEqual([]);
    expect(run.stdout).toMatch(
      /^::error::Invalid rewrite settings: plume\.config\.json: rewrite\.profile\.tokenParam: /m,
    );
    expect(run.stdout).not.toContain('unexpectedly');
    expectNoSecrets(run, gh);
  }, 180_000);

  it('lists the seeds instead of rewriting them when more changed than max-seeds', async (t) => {
    const { repo: r, github: gh, openai: ai } = await setup(t);
    const head = r.headSha();

    const run = await runAction(r, gh, { inputs: { 'max-seeds': '0' } });

    expect(run.code, run.stdout).toBe(0);
    expect(ai.requests).toEqual([]);
    expect(r.headSha()).toBe(head);
    expect(gh.comments(REPO, 7)[0]?.body).toContain(
      '1 seed(s) changed, more than `max-seeds` (0): none was rewritten',
    );
    expect(gh.comments(REPO, 7)[0]?.body).toContain('`seeds/x.txt`');
  }, 180_000);

  it('with push-on-error false, keeps an article with errors out of the branch and says so', async (t) => {
    const invented = DRAFT.replace(
      'Le message est clair',
      '« Nos armées marcheront ensemble jusqu’à la victoire », a-t-il ajouté. Le message est clair',
    );
    expect(invented).not.toBe(DRAFT);
    const { repo: r, github: gh } = await setup(t, { draft: invented });
    const head = r.headSha();

    const run = await runAction(r, gh, { inputs: { 'push-on-error': 'false', 'max-repairs': '0' } });

    expect(run.code).toBe(1);
    expect(r.headSha()).toBe(head);
    const body = gh.comments(REPO, 7)[0]?.body ?? '';
    expect(body).toContain('were not pushed (`push-on-error: false`): `articles/x.md`');
    expect(body).toContain('**Not pushed**: it has lint errors and `push-on-error` is false.');
    expect(body).toMatch(/faithful-quotes/);
    // No link to a file the branch does not hold (rule docs link to this repository's pages).
    expect(body).not.toMatch(/\/blob\/[^)\s]*articles\/x\.md/);
    expectNoSecrets(run, gh);
  }, 180_000);

  it('annotates only the lines the pull request changed (filter-mode added), and all with nofilter', async (t) => {
    const example = readFileSync(join(root, 'examples/000_af85d498e5d161d6.md'), 'utf8');
    // The base already has a warning the pull request does not touch; the writer adds another.
    const base = example.replace(/\n## /, '\nElle a répondu "non" la veille.\n\n## ');
    expect(base).not.toBe(example);
    const lines = base.split('\n');
    const last = lines.length - 1;
    const edited = [...lines.slice(0, last), 'Il a dit "oui" hier.', '', ...lines.slice(last)].join('\n');
    const { repo: r, github: gh } = await setup(t, {
      base: { 'articles/a.md': base },
      head: { 'articles/a.md': edited },
    });
    const added = last + 1;
    gh.setPullFiles(REPO, 7, [
      {
        filename: 'articles/a.md',
        status: 'modified',
        patch: `@@ -${last},1 +${last},3 @@\n ${lines[last - 1]}\n+Il a dit "oui" hier.\n+`,
      },
    ]);
    const annotations = (run: Run) =>
      [...run.stdout.matchAll(/^::(?:error|warning) [^:]*file=articles\/a\.md,line=(\d+)/gm)].map((m) =>
        Number(m[1]),
      );

    const filtered = await runAction(r, gh, { inputs: { 'api-key': '', 'base-url': '' } });
    expect(annotations(filtered).length).toBeGreaterThan(0);
    expect(new Set(annotations(filtered))).toEqual(new Set([added]));
    expect(filtered.stdout).toMatch(
      new RegExp(
        `::warning title=Plume french-typography,file=articles/a\\.md,line=${added},endLine=${added},col=\\d+,endColumn=\\d+::`,
      ),
    );
    const report = JSON.parse(readFileSync(filtered.outputs.report ?? '', 'utf8'));
    expect(report.warningCount).toBeGreaterThan(1);
    expect(filtered.summary).toContain('`filter-mode: added`');

    r.checkoutMerge();
    const all = await runAction(r, gh, {
      inputs: { 'api-key': '', 'base-url': '', 'filter-mode': 'nofilter' },
    });
    expect(annotations(all).length).toBe(Math.min(report.warningCount, 9) + Math.min(report.errorCount, 10));
    expect(annotations(all).length).toBeGreaterThan(annotations(filtered).length);
  }, 180_000);

  it('fails the step per fail-on when the model keeps failing, and still reports the seed', async (t) => {
    const { repo: r, github: gh } = await setup(t, {
      provider: { fallback: { kind: 'error', status: 400, message: 'model not found' } },
    });
    const head = r.headSha();

    const run = await runAction(r, gh);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Plume found 1 error\(s\)/);
    expect(r.headSha()).toBe(head);
    const body = gh.comments(REPO, 7)[0]?.body ?? '';
    expect(body).toContain('- `seeds/x.txt`: ❌ not rewritten: ');
    expect(body).toContain('model not found');
    expect(body).toContain('_No article to lint._');
    expect(run.outputs.errors).toBe('1');
    expectNoSecrets(run, gh);
  }, 180_000);
});

describe.concurrent('the bundled Action outside pull requests (end to end)', () => {
  it('on push, lints the configured articles only: no rewrite, no comment', async (t) => {
    const example = readFileSync(join(root, 'examples/000_af85d498e5d161d6.md'), 'utf8');
    const {
      repo: r,
      github: gh,
      openai: ai,
    } = await setup(t, {
      base: { 'articles/a.md': example, 'articles/b.md': '# Trop court\n\nUn paragraphe.\n' },
    });

    const run = await runAction(r, gh, { event: 'push' });

    expect(run.code).toBe(1);
    expect(ai.requests).toEqual([]);
    expect(gh.requests).toEqual([]);
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'));
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['articles/a.md', 'articles/b.md']);
    expect(report.files[1].errorCount).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toMatch(/rule failed/);
    expect(run.stdout).toMatch(/::error title=Plume word-count,file=articles\/b\.md,line=\d+/);
    expect(run.summary).toContain('Event `push`: the configured articles are linted');
    expect(JSON.parse(run.outputs.articles ?? '')).toEqual([]);
  }, 180_000);

  it('lints an English article with the English readability formulas the bundle carries', async (t) => {
    const english = [
      '---',
      'title: "An English article"',
      'description: "A short English article that checks the English readability formulas load from the bundle alone, with no node_modules."',
      'lang: en',
      '---',
      '',
      '## Heading',
      '',
      'This sentence, which is long on purpose and keeps adding clauses, qualifications, digressions and further considerations that nobody asked for, is hard to read according to most of the formulas.',
      '',
    ].join('\n');
    const { repo: r, github: gh } = await setup(t, { base: { 'articles/en.md': english } });

    const run = await runAction(r, gh, { event: 'push', inputs: { 'fail-on': 'never' } });

    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toMatch(/failed unexpectedly/);
    const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'));
    const diagnostics: { ruleId: string; severity: string; message: string }[] = report.files[0].diagnostics;
    // A rule that cannot load what it needs reports itself as failed (an error): it must not.
    expect(diagnostics.filter((d) => /rule failed/.test(d.message))).toEqual([]);
    expect(diagnostics.find((d) => d.ruleId === 'readability')).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/hard to read sentence/),
    });
  }, 180_000);
});

describe.concurrent('the bundled Action against a hostile pull request (end to end, issue 15)', () => {
  it('refuses an output folder committed as a symlink: nothing written outside, nothing pushed', async (t) => {
    const { repo: r, github: gh } = await setup(t);
    const head = r.headSha();
    const outside = join(r.root, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(r.workspace, 'articles'));

    const run = await runAction(r, gh);

    expect(run.code).toBe(1);
    expect(readdirSync(outside)).toEqual([]);
    expect(r.headSha()).toBe(head);
    expect(run.outputs.articles).toBe('[]');
    expect(gh.comments(REPO, 7)[0]?.body ?? '').toMatch(/inside a symlinked folder \\?\(articles\\?\)/);
  }, 180_000);

  it('fails the step and lists no article when the branch refuses the push', async (t) => {
    const { repo: r, github: gh } = await setup(t);
    const head = r.headSha();
    const hook = join(r.origin, 'hooks/pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n', { mode: 0o755 });

    const run = await runAction(r, gh);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::The rewritten articles could not be pushed/);
    expect(r.headSha()).toBe(head);
    expect(run.outputs.articles).toBe('[]');
    expectNoSecrets(run, gh);
  }, 180_000);
});
