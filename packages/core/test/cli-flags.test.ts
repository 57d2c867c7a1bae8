import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chatMessages, chatModel, completion, type FakeOpenAI, startFakeOpenAI } from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo, cleanDraft, repoSeed, SEED_004, shortDraft, tempProject } from './helpers.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function project(names = ['a'], config = '{}\n') {
  const seed = (await repoSeed(SEED_004)).toString('utf8');
  const files: Record<string, string> = { 'plume.config.json': config };
  for (const name of names) files[`seeds/${name}.txt`] = `${seed}\nDossier ${name}.\n`;
  return tempProject(files);
}

async function plume(cwd: string, argv: string[], env: Record<string, string | undefined> = {}, tty = false) {
  const io = captureIo(cwd, env, tty);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plume (bin)', () => {
  it('prints help and the version, and refuses an unknown command with exit 2', async () => {
    const cwd = await project();
    expect(await plume(cwd, ['--help'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('rewrite [paths...]'),
    });
    expect(await plume(cwd, [])).toMatchObject({
      code: 0,
      out: expect.stringContaining('Usage: plume <command>'),
    });
    expect(await plume(cwd, ['--version'])).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^\d+\.\d+\.\d+\n$/),
    });
    expect(await plume(cwd, ['publish'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "publish"'),
    });
    const help = await plume(cwd, ['rewrite', '--help']);
    expect(help.code).toBe(0);
    for (const flag of [
      '--model',
      '--base-url',
      '--out-dir',
      '--concurrency',
      '--max-repairs',
      '--target-words',
      '--force',
      '--dry-run',
      '--format',
      '--config',
    ]) {
      expect(help.out).toContain(flag);
    }
  });
});

describe('plume rewrite: usage errors exit 2', () => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['an unknown flag', ['--temperature', '2'], { OPENAI_API_KEY: 'k' }, /unknown option --temperature/],
    ['a bad --format', ['--format', 'xml'], { OPENAI_API_KEY: 'k' }, /--format expects text or json/],
    [
      '--concurrency 0',
      ['--concurrency', '0'],
      { OPENAI_API_KEY: 'k' },
      /--concurrency expects an integer ≥ 1/,
    ],
    [
      'a non-numeric --max-repairs',
      ['--max-repairs', 'two'],
      { OPENAI_API_KEY: 'k' },
      /--max-repairs expects an integer ≥ 0/,
    ],
    ['a bad --target-words', ['--target-words', '-5'], { OPENAI_API_KEY: 'k' }, /target-words/],
    ['no key and no base URL', [], {}, /no endpoint: set OPENAI_API_KEY/],
    [
      'a base URL that is not a URL',
      ['--base-url', 'localhost 11434'],
      {},
      /the base URL \(--base-url, OPENAI_BASE_URL or rewrite\.baseURL\) is not a URL/,
    ],
    [
      'no seed matched',
      ['seeds/nothing-*.txt'],
      { OPENAI_API_KEY: 'k' },
      /no seed matched "seeds\/nothing-\*\.txt"/,
    ],
    [
      'a --config that does not exist',
      ['--config', 'missing.json'],
      { OPENAI_API_KEY: 'k' },
      /missing\.json: config file not found/,
    ],
  ];
  for (const [what, argv, env, message] of cases) {
    it(`on ${what}`, async () => {
      const cwd = await project();
      const result = await plume(cwd, ['rewrite', ...argv], env);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    });
  }

  it('on an invalid config, naming the file and the key', async () => {
    const cwd = await project(['a'], '{ "rewrite": { "maxRepairs": -1 } }');
    const result = await plume(cwd, ['rewrite'], { OPENAI_API_KEY: 'k' });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/plume\.config\.json.*maxRepairs/);
  });
});

describe('plume rewrite: options', () => {
  it('--dry-run needs no key and no network: one line per seed with words, tokens, expected and maximum cost, and a total', async () => {
    const cwd = await project(['a', 'b']);
    const text = await plume(cwd, ['rewrite', '--dry-run', '--model', 'gpt-4o-mini']);
    expect(text.code).toBe(0);
    expect(text.out).not.toContain('----- system -----');
    const lines = text.out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^dry-run +seeds\/a\.txt → articles\/a\.md {2}\(\d+ words, [\d,]+ prompt tokens, expected \$0\.\d{4}, at most \$0\.\d{4}\)$/,
    );
    expect(lines[2]).toBe('');
    expect(lines[3]).toMatch(
      /^2 seeds to rewrite with gpt-4o-mini: [\d,]+ words, [\d,]+ prompt tokens for the first drafts; expected \$0\.\d{4}, at most \$0\.\d{4} \(2 repairs per seed, every request using its whole output allowance\)$/,
    );
    // The same input gives the same estimate, to the token.
    expect((await plume(cwd, ['rewrite', '--dry-run', '--model', 'gpt-4o-mini'])).out).toBe(text.out);
    const verbose = await plume(cwd, ['rewrite', '--dry-run', '--verbose', '--model', 'gpt-4o-mini']);
    expect(verbose.out).toContain('----- system -----');
    expect(verbose.out).toMatch(/<source id="[0-9a-f]{16}">\n +Le chef du Kremlin Poutine/);
    const asJson = JSON.parse(
      (await plume(cwd, ['rewrite', '--dry-run', '--format', 'json', '--model', 'llama3.1'])).out,
    );
    expect(asJson.seeds[0]).toMatchObject({
      status: 'dry-run',
      estimate: { promptTokens: expect.any(Number), completionTokens: expect.any(Number), costUsd: null },
    });
    expect(asJson.seeds[0].estimate.promptTokens).toBeGreaterThan(1000);
    expect(asJson.estimate).toMatchObject({ seeds: 2, costUsd: null, maxCostUsd: null });
    expect(asJson.estimate.promptTokens).toBe(
      asJson.seeds[0].estimate.promptTokens + asJson.seeds[1].estimate.promptTokens,
    );
    await expect(readdir(join(cwd, 'articles'))).rejects.toThrow();
  });

  it('--dry-run states a true ceiling: every request using its whole output allowance', async () => {
    const cwd = await project(['a']);
    const { seeds } = JSON.parse(
      (
        await plume(cwd, [
          'rewrite',
          '--dry-run',
          '--format',
          'json',
          '--model',
          'gpt-5-mini',
          '--max-repairs',
          '2',
        ])
      ).out,
    );
    const e = seeds[0].estimate;
    // gpt-5-mini reasons: the first request alone allows 900 × 2.5 + 600 + 12,000 output tokens.
    expect(e.maxCompletionTokens).toBeGreaterThanOrEqual(3 * 14_850);
    expect(e.maxPromptTokens).toBeGreaterThan(3 * e.promptTokens);
    expect(e.maxCostUsd).toBeCloseTo((e.maxPromptTokens * 0.25 + e.maxCompletionTokens * 2) / 1e6, 10);
  });

  it('--dry-run prices with the config’s rewrite.prices', async () => {
    const cwd = await project(
      ['a'],
      '{ "rewrite": { "model": "local-model", "prices": { "input": 1000000, "output": 0 } } }',
    );
    const result = JSON.parse((await plume(cwd, ['rewrite', '--dry-run', '--format', 'json'])).out);
    expect(result.model).toBe('local-model');
    expect(result.seeds[0].estimate.costUsd).toBe(result.seeds[0].estimate.promptTokens);
  });

  it('states the thresholds of the lint rules that will check the article, overrides included', async () => {
    const config = JSON.stringify({
      rules: {
        'meta-description': ['error', { min: 100, max: 140 }],
        'title-length': ['warning', { maxCharacters: 55 }],
      },
      overrides: [{ files: ['briefs/**'], rules: { 'word-count': ['error', { min: 300 }] } }],
    });
    const cwd = await project(['a'], config);
    const briefs = await plume(cwd, ['rewrite', '--dry-run', '--verbose', '--out-dir', 'briefs']);
    expect(briefs.out).toContain('never fewer than 300 words');
    expect(briefs.out).toContain('between 100 and 140 characters');
    expect(briefs.out).toContain('at most 55 characters');
    const articles = await plume(cwd, ['rewrite', '--dry-run', '--verbose']);
    expect(articles.out).toContain('never fewer than 700 words');
  });

  it('takes flags over environment over config for the model and the endpoint', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const other = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    try {
      const cwd = await project(
        ['a'],
        `{ "rewrite": { "model": "from-config", "baseURL": "${other.baseURL}" } }`,
      );
      await plume(cwd, ['rewrite'], { OPENAI_API_KEY: 'k' });
      expect(chatModel(other.requests[0])).toBe('from-config');
      await plume(cwd, ['rewrite'], {
        OPENAI_API_KEY: 'k',
        OPENAI_BASE_URL: fake.baseURL,
        PLUME_MODEL: 'from-env',
      });
      expect(chatModel(fake.requests[0])).toBe('from-env');
      await plume(cwd, ['rewrite', '--model', 'from-flag', '--base-url', fake.baseURL], {
        OPENAI_API_KEY: 'k',
        OPENAI_BASE_URL: other.baseURL,
        PLUME_MODEL: 'from-env',
      });
      expect(chatModel(fake.requests[1])).toBe('from-flag');
      expect(other.requests).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('needs no key with a base URL (local servers)', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const cwd = await project();
    expect((await plume(cwd, ['rewrite', '--base-url', fake.baseURL])).code).toBe(0);
  });

  it('--out-dir, --target-words and --max-repairs 0', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await shortDraft()) });
    const cwd = await project();
    const result = await plume(
      cwd,
      ['rewrite', '--out-dir', 'out/fr', '--target-words', '1200', '--max-repairs', '0', '--format', 'json'],
      {
        OPENAI_BASE_URL: fake.baseURL,
      },
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).seeds[0]).toMatchObject({
      article: 'out/fr/a.md',
      status: 'written-with-errors',
      attempts: 1,
    });
    expect(fake.requests).toHaveLength(1);
    expect(chatMessages(fake.requests[0])[0]?.content).toContain('aim for about 1200 words');
    expect(await readFile(join(cwd, 'out/fr/a.md'), 'utf8')).toContain('source: seeds/a.txt');
  });

  it('--concurrency bounds the requests in flight', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()), latencyMs: 100 });
    const cwd = await project(['a', 'b', 'c', 'd', 'e']);
    expect(
      (await plume(cwd, ['rewrite', '--concurrency', '2'], { OPENAI_BASE_URL: fake.baseURL })).code,
    ).toBe(0);
    expect(fake.requests).toHaveLength(5);
    expect(fake.maxInFlight).toBe(2);
  });

  it('rewrites only the named paths, directories and globs', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const cwd = await project(['a', 'b', 'c']);
    await writeFile(join(cwd, 'seeds/notes.json'), '{}');
    const result = await plume(cwd, ['rewrite', 'seeds/a.txt', 'seeds/b*.txt', '--format', 'json'], {
      OPENAI_BASE_URL: fake.baseURL,
    });
    expect(JSON.parse(result.out).seeds.map((s: { seed: string }) => s.seed)).toEqual([
      'seeds/a.txt',
      'seeds/b.txt',
    ]);
    const dir = await plume(cwd, ['rewrite', 'seeds', '--format', 'json', '--force'], {
      OPENAI_BASE_URL: fake.baseURL,
    });
    expect(JSON.parse(dir.out).seeds).toHaveLength(3);
  });

  it('on a terminal shows the seeds in flight, then each result once and one summary', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft(), { delayMs: 50 }) });
    const cwd = await project(['a', 'b']);
    const tty = await plume(cwd, ['rewrite'], { OPENAI_BASE_URL: fake.baseURL }, true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/ {2}seeds\/a\.txt +drafting +attempt 1\/3 +\d+s/);
    expect(tty.err).toMatch(/0\/2 seeds done/);
    // The live lines are erased: the terminal ends with the results, never a stale state.
    expect(tty.err.endsWith('\x1b[J')).toBe(true);
    expect(tty.out.match(/^written +seeds\/a\.txt/gm)).toHaveLength(1);
    expect(tty.out.match(/^written +seeds\/b\.txt/gm)).toHaveLength(1);
    expect(tty.out.trimEnd().split('\n').at(-1)).toMatch(
      /^2 seeds: 2 written, 0 with errors, 0 skipped, 0 failed · 2 requests · [\d,]+ prompt \+ [\d,]+ completion tokens · \$0\.\d{4} with gpt-5-mini$/,
    );
  });

  it('without a terminal prints one line per finished seed, then the summary, nothing on stderr', async () => {
    fake = await startFakeOpenAI({ fallback: completion(await cleanDraft()) });
    const cwd = await project(['a', 'b']);
    const pipe = await plume(cwd, ['rewrite'], { OPENAI_BASE_URL: fake.baseURL });
    expect(pipe.err).toBe('');
    const lines = pipe.out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 2).sort()).toEqual([
      expect.stringMatching(/^written +seeds\/a\.txt → articles\/a\.md +\(1 attempt, \d+ words, 0 errors/),
      expect.stringMatching(/^written +seeds\/b\.txt → articles\/b\.md /),
    ]);
    expect(lines[3]).toMatch(/^2 seeds: 2 written, 0 with errors, 0 skipped, 0 failed · 2 requests/);
  });
});
