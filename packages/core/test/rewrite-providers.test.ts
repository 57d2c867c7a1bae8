import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '@plume/linter';
import {
  chatModel,
  completion,
  type FakeOpenAI,
  type FakeOpenAIOptions,
  groqRequestTooLarge,
  magistralParts,
  openAIInvalidKey,
  openRouterErrorIn200,
  startFakeOpenAI,
  thinkThenArticle,
} from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { findSeeds } from '../src/rewrite/find-seeds.js';
import { rewriteSeeds } from '../src/rewrite/rewrite-seeds.js';
import { captureIo, cleanDraft, repoSeed, SEED_004, shortDraft, tempProject } from './helpers.js';

const KEY = 'sk-proj-providers-0123456789abcdefSECRET';
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function project(names: string[], config: unknown = {}) {
  const seed = (await repoSeed(SEED_004)).toString('utf8');
  const files: Record<string, string> = { 'plume.config.json': JSON.stringify(config) };
  for (const name of names) files[`seeds/${name}.txt`] = `${seed}\nDossier ${name}.\n`;
  return tempProject(files);
}

async function run(cwd: string, argv: string[], env: Record<string, string | undefined> = {}) {
  const io = captureIo(cwd, { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake?.baseURL, ...env });
  const code = await main(['rewrite', ...argv], io);
  const out = io.out();
  const err = io.err();
  // Whatever happened, no key and no stack trace reach the user.
  expect(`${out}${err}`).not.toContain('SECRET');
  expect(`${out}${err}`).not.toMatch(/\n\s+at |internal error/);
  return { code, out, err };
}

const serve = async (options: FakeOpenAIOptions) => {
  fake = await startFakeOpenAI(options);
  return fake;
};
type Report = { model: string; seeds: Array<{ status: string; attempts: number; error: string | null }> };
const report = (out: string) => JSON.parse(out) as Report;
const sentBody = (index: number) => fake?.requests[index]?.body as Record<string, unknown>;

describe('plume rewrite with the models people run', () => {
  it("writes a reasoning model's article in one request: the <think> block is not part of it", async () => {
    await serve({ replies: [thinkThenArticle(await cleanDraft(), 'lone-close')] });
    const cwd = await project(['a']);
    const { code, out } = await run(cwd, ['--model', 'qwen3:8b', '--format', 'json']);
    expect(code).toBe(0);
    expect(report(out).seeds[0]).toMatchObject({ status: 'written', attempts: 1 });
    expect(fake?.requests).toHaveLength(1);
    const article = await readFile(join(cwd, 'articles/a.md'), 'utf8');
    expect(article).not.toMatch(/think|Okay, the user/);
  });

  it("writes Magistral's content parts in one request instead of crashing", async () => {
    await serve({ replies: [magistralParts(await cleanDraft())] });
    const cwd = await project(['a']);
    const { code, out } = await run(cwd, ['--model', 'magistral-medium-latest', '--format', 'json']);
    expect(code).toBe(0);
    expect(report(out).seeds[0]).toMatchObject({ status: 'written', attempts: 1 });
    expect(await readFile(join(cwd, 'articles/a.md'), 'utf8')).not.toContain('faits…');
  });

  it('gives reasoning models a budget with room to think, and rewrite.maxOutputTokens overrides it', async () => {
    await serve({ fallback: completion(await cleanDraft()) });
    await run(await project(['a']), ['--model', 'gemini-2.5-flash']);
    expect(sentBody(0).max_tokens).toBeGreaterThanOrEqual(8_000);
    await run(await project(['a'], { rewrite: { maxOutputTokens: 5_000 } }), ['--model', 'gemini-2.5-flash']);
    expect(sentBody(1).max_tokens).toBe(5_000);
  });

  it('shapes the request from rewrite.profile: an Azure GPT-5 deployment with its own name', async () => {
    await serve({ fallback: completion(await cleanDraft()) });
    const profile = { tokenParam: 'max_completion_tokens', temperature: false, reasoning: true };
    const cwd = await project(['a'], { rewrite: { profile } });
    const { code } = await run(cwd, ['--model', 'articles-prod']);
    expect(code).toBe(0);
    expect(sentBody(0)).toHaveProperty('max_completion_tokens');
    expect(sentBody(0)).not.toHaveProperty('max_tokens');
    expect(sentBody(0)).not.toHaveProperty('temperature');
  });

  it('exits 2 naming the file and the key when the rewrite section is invalid', async () => {
    await serve({});
    const cwd = await project(['a'], { rewrite: { profile: { tokenParam: 'max_output' } } });
    const { code, err } = await run(cwd, []);
    expect(code).toBe(2);
    expect(err).toMatch(/plume\.config\.json: rewrite\.profile\.tokenParam: /);
    expect(fake?.requests).toHaveLength(0);
  });
});

describe('rewriteSeeds, as the Action calls it', () => {
  it("applies the repository config's rewrite.profile and maxOutputTokens, and rejects an invalid section", async () => {
    await serve({ fallback: completion(await cleanDraft()) });
    const profile = { tokenParam: 'max_completion_tokens', temperature: false };
    const cwd = await project(['a'], { rewrite: { profile, maxOutputTokens: 9_000 } });
    const loaded = loadConfig({ cwd });
    if (!loaded.ok) throw new Error(loaded.error);
    const seeds = await findSeeds(['seeds'], cwd, cwd);
    const options = {
      seeds,
      outDir: join(cwd, 'articles'),
      model: 'azure-deployment',
      baseURL: fake?.baseURL,
    };
    const report = await rewriteSeeds({ config: loaded.config, ...options });
    expect(report.seeds[0]?.status).toBe('written');
    expect(sentBody(0)).toMatchObject({ max_completion_tokens: 9_000 });
    expect(sentBody(0)).not.toHaveProperty('temperature');

    const bad = { ...loaded.config, rewrite: { maxOutputTokens: 'lots' } };
    await expect(rewriteSeeds({ config: bad, ...options })).rejects.toThrow(
      /plume\.config\.json: rewrite\.maxOutputTokens: /,
    );
  });
});

describe('failures that say why', () => {
  it('reports a provider error on a repair next to the lint errors left (text and JSON)', async () => {
    await serve({ replies: [completion(await shortDraft()), groqRequestTooLarge()] });
    const cwd = await project(['a']);
    const json = await run(cwd, ['--model', 'qwen/qwen3-32b', '--format', 'json']);
    expect(json.code).toBe(1);
    const seed = report(json.out).seeds[0];
    expect(seed).toMatchObject({ status: 'written-with-errors', attempts: 2 });
    expect(seed?.error).toMatch(
      /lint error\(s\) left after 2 attempt\(s\); attempt 2 failed: .*HTTP 413: Request too large/,
    );
    expect(fake?.requests).toHaveLength(2);

    fake?.enqueue(completion(await shortDraft()), groqRequestTooLarge());
    const text = await run(cwd, ['--model', 'qwen/qwen3-32b', '--force']);
    expect(text.out).toMatch(
      /written-with-errors +seeds\/a\.txt[^\n]*\n +attempt 2 failed: .*HTTP 413.*lower rewrite\.maxOutputTokens/,
    );
  });

  it("shows OpenRouter's own message for an error sent under HTTP 200, within the retry bound", async () => {
    await serve({ fallback: openRouterErrorIn200(502, 'Provider returned error') });
    const cwd = await project(['a'], { rewrite: { maxRetries: 1, localServer: false } });
    const { code, out } = await run(cwd, ['--model', 'deepseek/deepseek-r1', '--format', 'json']);
    expect(code).toBe(1);
    expect(report(out).seeds[0]?.error).toMatch(
      /HTTP 200 with an error 502: Provider returned error.*after 2 requests/,
    );
    expect(fake?.requests).toHaveLength(2);
  });

  it('spends one request on a wrong key, not one per seed, and never prints the key', async () => {
    await serve({ fallback: openAIInvalidKey(KEY) });
    const cwd = await project(['a', 'b', 'c']);
    const { code, out } = await run(cwd, ['--model', 'gpt-5-mini', '--format', 'json']);
    expect(code).toBe(1);
    const seeds = report(out).seeds;
    expect(seeds.map((s) => s.status)).toEqual(['failed', 'failed', 'failed']);
    expect(seeds[0]?.error).toMatch(/HTTP 401: Incorrect API key provided: sk-pr\*\*\* .*Check the API key/);
    expect(seeds[2]?.error).toMatch(/not sent: an earlier request failed: .*HTTP 401/);
    expect(fake?.requests).toHaveLength(1);
  });
});

describe('local servers', () => {
  it("uses the server's only model when none is configured", async () => {
    await serve({ models: ['qwen3:8b'], fallback: thinkThenArticle(await cleanDraft()) });
    const cwd = await project(['a']);
    const { code, out } = await run(cwd, ['--format', 'json'], { OPENAI_API_KEY: undefined });
    expect(code).toBe(0);
    expect(report(out).model).toBe('qwen3:8b');
    expect(chatModel(fake?.requests[0])).toBe('qwen3:8b');
    expect(fake?.modelRequests).toHaveLength(1);
  });

  it('exits 2 listing the models when the server has several and none is configured', async () => {
    await serve({ models: ['llama3.1:8b', 'qwen3:8b'] });
    const cwd = await project(['a']);
    const { code, err } = await run(cwd, [], { OPENAI_API_KEY: undefined });
    expect(code).toBe(2);
    expect(err).toContain(
      'offers 2: llama3.1:8b, qwen3:8b; set one with --model, PLUME_MODEL or rewrite.model',
    );
    expect(fake?.requests).toHaveLength(0);
  });

  it('exits 2 at once, naming the URL, when the local server is down', async () => {
    const port = await freePort();
    const cwd = await project(['a']);
    const started = Date.now();
    const { code, err } = await run(cwd, [], {
      OPENAI_API_KEY: undefined,
      OPENAI_BASE_URL: `http://localhost:${port}/v1`,
    });
    expect(code).toBe(2);
    expect(err).toContain(
      `nothing is listening at http://localhost:${port}/v1 (connection refused): is the server running`,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('sends one seed at a time to a single-slot server: nothing queued times out and is sent again', async () => {
    await serve({ slots: 1, latencyMs: 150, fallback: completion(await cleanDraft()) });
    const cwd = await project(['a', 'b', 'c']);
    const { code } = await run(cwd, ['--model', 'llama3.1:8b']);
    expect(code).toBe(0);
    expect(fake?.requests).toHaveLength(3);
    expect(fake?.maxInFlight).toBe(1);
    expect(fake?.abandoned).toBe(0);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
