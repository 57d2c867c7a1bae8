import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ARTICLES, DEFAULT_SEEDS } from '@plume/linter';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../src/inputs.js';

const names = [
  'github-token',
  'api-key',
  'base-url',
  'model',
  'seeds',
  'articles',
  'output-dir',
  'commit',
  'comment',
  'comment-author',
  'fail-on',
  'config',
  'max-repairs',
  'concurrency',
  'max-seeds',
  'batch',
  'filter-mode',
  'push-on-error',
  'max-output-tokens',
  'token-parameter',
  'send-temperature',
  'reasoning',
  'context-tokens',
];
const envName = (name: string) => `INPUT_${name.toUpperCase()}`;

function setInputs(values: Record<string, string>) {
  for (const name of names) vi.stubEnv(envName(name), values[name] ?? '');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('reading the inputs', () => {
  it('applies the action.yml defaults when inputs are empty', () => {
    setInputs({});
    expect(readInputs()).toEqual({
      ok: true,
      inputs: {
        githubToken: undefined,
        apiKey: undefined,
        baseUrl: undefined,
        model: undefined,
        seeds: undefined,
        articles: undefined,
        outputDir: 'articles',
        commit: true,
        comment: true,
        commentAuthor: 'github-actions[bot]',
        failOn: 'error',
        config: undefined,
        maxRepairs: 2,
        concurrency: 4,
        maxSeeds: 20,
        batch: false,
        filterMode: 'added',
        pushOnError: true,
        rewrite: { profile: {} },
      },
    });
  });

  it('reads the model profile over the config, leaving what is unset to it', () => {
    setInputs({
      'max-output-tokens': '16000',
      'token-parameter': 'max_completion_tokens',
      'send-temperature': 'false',
    });
    const read = readInputs();
    expect(read.ok && read.inputs.rewrite).toEqual({
      maxOutputTokens: 16000,
      profile: { tokenParam: 'max_completion_tokens', temperature: false },
    });
    setInputs({ reasoning: 'true', 'context-tokens': '32768' });
    const again = readInputs();
    expect(again.ok && again.inputs.rewrite).toEqual({ profile: { reasoning: true, contextTokens: 32768 } });
  });

  it('reads globs one per line, keeping braces with commas intact', () => {
    setInputs({ seeds: 'content/raw/**/*.{txt,md}\n\nextra/*.txt\n', articles: 'out/**/*.md' });
    const read = readInputs();
    expect(read.ok && read.inputs.seeds).toEqual(['content/raw/**/*.{txt,md}', 'extra/*.txt']);
    expect(read.ok && read.inputs.articles).toEqual(['out/**/*.md']);
  });

  it('masks the api key and the token before anything can print them', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    setInputs({ 'api-key': 'sk-secret-123', 'github-token': 'ghs_token_456', 'fail-on': 'sometimes' });
    readInputs();
    const printed = write.mock.calls.map((c) => String(c[0])).join('');
    expect(printed).toContain('::add-mask::sk-secret-123');
    expect(printed).toContain('::add-mask::ghs_token_456');
  });

  it('collects every invalid input in one error list', () => {
    setInputs({
      commit: 'yes please',
      'fail-on': 'sometimes',
      'max-seeds': '-1',
      concurrency: '0',
      'base-url': 'not a url',
      'output-dir': '../elsewhere',
      'filter-mode': 'changed',
      'push-on-error': 'maybe',
      'max-output-tokens': '100',
      'token-parameter': 'max_output_tokens',
      'send-temperature': 'no',
      'context-tokens': '8k',
    });
    const read = readInputs();
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems).toEqual([
      'Input "fail-on" must be error, warning or never, got "sometimes".',
      'Input "filter-mode" must be added, diff_context, file, nofilter, got "changed".',
      'Input "token-parameter" must be max_completion_tokens or max_tokens, got "max_output_tokens".',
      'Input "base-url" must be an absolute URL such as https://api.openai.com/v1.',
      'Input "output-dir" must be a folder inside the repository, got "../elsewhere".',
      'Input "commit" must be true or false, got "yes please".',
      'Input "concurrency" must be an integer ≥ 1, got "0".',
      'Input "max-seeds" must be an integer ≥ 0, got "-1".',
      'Input "push-on-error" must be true or false, got "maybe".',
      'Input "max-output-tokens" must be an integer ≥ 256, got "100".',
      'Input "send-temperature" must be true or false, got "no".',
      'Input "context-tokens" must be an integer ≥ 1024, got "8k".',
    ]);
  });

  it('covers exactly the inputs action.yml declares, and action.yml runs the bundle on node24', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const metadata = parse(readFileSync(`${root}action.yml`, 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
      runs: { using: string; main: string };
      branding: { icon: string; color: string };
    };
    expect(Object.keys(metadata.inputs).sort()).toEqual([...names].sort());
    expect(Object.keys(metadata.outputs).sort()).toEqual(['articles', 'errors', 'report', 'warnings']);
    expect(metadata.runs).toEqual({ using: 'node24', main: 'packages/action/dist/index.js' });
    expect(existsSync(`${root}${metadata.runs.main}`)).toBe(true);
    expect(metadata.inputs['github-token']?.default).toMatch(/^\$\{\{ github\.token \}\}$/);
    expect(metadata.branding.icon).toBeTruthy();
  });

  it("states the code's defaults in action.yml: a run given them reads what an empty input reads", () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const metadata = parse(readFileSync(`${root}action.yml`, 'utf8')) as {
      inputs: Record<string, { default?: string; description: string }>;
    };
    const declared: Record<string, string> = {};
    for (const [name, spec] of Object.entries(metadata.inputs))
      if (name !== 'github-token') declared[name] = spec.default ?? '';
    setInputs(declared);
    const fromYaml = readInputs();
    setInputs({});
    expect(fromYaml).toEqual(readInputs());
    for (const glob of DEFAULT_SEEDS) expect(metadata.inputs.seeds?.description).toContain(glob);
    for (const glob of DEFAULT_ARTICLES) expect(metadata.inputs.articles?.description).toContain(glob);
  });
});
