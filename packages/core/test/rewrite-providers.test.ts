import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '@plume/linter';
import {
  completion,
  groqRequestTooLarge,
  magistralParts,
  openAIInvalidKey,
  openRouterErrorIn200,
  reasoningAteTheBudget,
  thinkThenArticle,
} from '@plume/testkit';
import { describe, expect, it } from 'vitest';
import { findSeeds } from '../src/rewrite/find-seeds.js';
import { rewriteSeeds } from '../src/rewrite/rewrite-seeds.js';
import { cleanDraft, shortDraft } from './helpers.js';
import { KEY, providerCli } from './provider-cli.js';

const cli = providerCli();

describe('plume rewrite with the models people run', () => {
  it("writes a reasoning model's article in one request: the <think> block is not part of it", async () => {
    await cli.serve({ replies: [thinkThenArticle(await cleanDraft(), 'lone-close')] });
    const cwd = await cli.project(['a']);
    const { code, out } = await cli.run(cwd, ['--model', 'qwen3:8b', '--format', 'json']);
    expect(code).toBe(0);
    expect(cli.report(out).seeds[0]).toMatchObject({ status: 'written', attempts: 1 });
    expect(cli.fake?.requests).toHaveLength(1);
    const article = await readFile(join(cwd, 'articles/a.md'), 'utf8');
    expect(article).not.toMatch(/think|Okay, the user/);
  });

  it("writes Magistral's content parts in one request instead of crashing", async () => {
    await cli.serve({ replies: [magistralParts(await cleanDraft())] });
    const cwd = await cli.project(['a']);
    const { code, out } = await cli.run(cwd, ['--model', 'magistral-medium-latest', '--format', 'json']);
    expect(code).toBe(0);
    expect(cli.report(out).seeds[0]).toMatchObject({ status: 'written', attempts: 1 });
    expect(await readFile(join(cwd, 'articles/a.md'), 'utf8')).not.toContain('faits…');
  });

  it('gives reasoning models a budget with room to think, and rewrite.maxOutputTokens overrides it', async () => {
    await cli.serve({ fallback: completion(await cleanDraft()) });
    await cli.run(await cli.project(['a']), ['--model', 'gemini-2.5-flash']);
    expect(cli.sentBody(0).max_tokens).toBeGreaterThanOrEqual(8_000);
    await cli.run(await cli.project(['a'], { rewrite: { maxOutputTokens: 5_000 } }), [
      '--model',
      'gemini-2.5-flash',
    ]);
    expect(cli.sentBody(1).max_tokens).toBe(5_000);
  });

  it.each([
    'deepseek-reasoner',
    'gemini-2.5-flash',
    'qwen3:8b',
    'openai/gpt-oss-20b',
    'magistral-small-latest',
  ])(
    'pays one request for an article from %s, whose reasoning needs thousands of tokens first',
    async (model) => {
      const clean = await cleanDraft();
      // The reasoning takes 7,000 tokens: a budget under 8,000 is spent before the article starts.
      await cli.serve({
        fallback: (request) => {
          const body = request.body as { max_tokens?: number; max_completion_tokens?: number };
          const budget = body.max_tokens ?? body.max_completion_tokens ?? 0;
          return budget >= 8_000 ? completion(clean) : reasoningAteTheBudget(budget);
        },
      });
      const { code } = await cli.run(await cli.project(['a']), ['--model', model]);
      expect(code).toBe(0);
      expect(cli.fake?.requests).toHaveLength(1);
    },
  );

  it('shapes the request from rewrite.profile: an Azure GPT-5 deployment with its own name', async () => {
    await cli.serve({ fallback: completion(await cleanDraft()) });
    const profile = { tokenParam: 'max_completion_tokens', temperature: false, reasoning: true };
    const cwd = await cli.project(['a'], { rewrite: { profile } });
    const { code } = await cli.run(cwd, ['--model', 'articles-prod']);
    expect(code).toBe(0);
    expect(cli.sentBody(0)).toHaveProperty('max_completion_tokens');
    expect(cli.sentBody(0)).not.toHaveProperty('max_tokens');
    expect(cli.sentBody(0)).not.toHaveProperty('temperature');
  });

  it('exits 2 naming the file and the key when the rewrite section is invalid', async () => {
    await cli.serve({});
    const cwd = await cli.project(['a'], { rewrite: { profile: { tokenParam: 'max_output' } } });
    const { code, err } = await cli.run(cwd, []);
    expect(code).toBe(2);
    expect(err).toMatch(/plume\.config\.json: rewrite\.profile\.tokenParam: /);
    expect(cli.fake?.requests).toHaveLength(0);
  });
});

describe('rewriteSeeds, as the Action calls it', () => {
  it("applies the repository config's rewrite.profile and maxOutputTokens, and rejects an invalid section", async () => {
    await cli.serve({ fallback: completion(await cleanDraft()) });
    const profile = { tokenParam: 'max_completion_tokens', temperature: false };
    const cwd = await cli.project(['a'], { rewrite: { profile, maxOutputTokens: 9_000 } });
    const loaded = loadConfig({ cwd });
    if (!loaded.ok) throw new Error(loaded.error);
    const seeds = await findSeeds(['seeds'], cwd, cwd);
    const options = {
      seeds,
      outDir: join(cwd, 'articles'),
      model: 'azure-deployment',
      baseURL: cli.fake?.baseURL,
    };
    const report = await rewriteSeeds({ config: loaded.config, ...options });
    expect(report.seeds[0]?.status).toBe('written');
    expect(cli.sentBody(0)).toMatchObject({ max_completion_tokens: 9_000 });
    expect(cli.sentBody(0)).not.toHaveProperty('temperature');

    const bad = { ...loaded.config, rewrite: { maxOutputTokens: 'lots' } };
    await expect(rewriteSeeds({ config: bad, ...options })).rejects.toThrow(
      /plume\.config\.json: rewrite\.maxOutputTokens: /,
    );
  });
});

describe('failures that say why', () => {
  it('reports a provider error on a repair next to the lint errors left (text and JSON)', async () => {
    await cli.serve({ replies: [completion(await shortDraft()), groqRequestTooLarge()] });
    const cwd = await cli.project(['a']);
    const json = await cli.run(cwd, ['--model', 'qwen/qwen3-32b', '--format', 'json']);
    expect(json.code).toBe(1);
    const seed = cli.report(json.out).seeds[0];
    expect(seed).toMatchObject({ status: 'written-with-errors', attempts: 2 });
    expect(seed?.error).toMatch(
      /lint error\(s\) left after 2 attempt\(s\); attempt 2 failed: .*HTTP 413: Request too large/,
    );
    expect(cli.fake?.requests).toHaveLength(2);

    cli.fake?.enqueue(completion(await shortDraft()), groqRequestTooLarge());
    const text = await cli.run(cwd, ['--model', 'qwen/qwen3-32b', '--force']);
    expect(text.out).toMatch(
      /written-with-errors +seeds\/a\.txt[^\n]*\n +attempt 2 failed: .*HTTP 413.*lower rewrite\.maxOutputTokens/,
    );
  });

  it("shows OpenRouter's own message for an error sent under HTTP 200, within the retry bound", async () => {
    await cli.serve({ fallback: openRouterErrorIn200(502, 'Provider returned error') });
    const cwd = await cli.project(['a'], { rewrite: { maxRetries: 1, localServer: false } });
    const { code, out } = await cli.run(cwd, ['--model', 'deepseek/deepseek-r1', '--format', 'json']);
    expect(code).toBe(1);
    expect(cli.report(out).seeds[0]?.error).toMatch(
      /HTTP 200 with an error 502: Provider returned error.*after 2 requests/,
    );
    expect(cli.fake?.requests).toHaveLength(2);
  });

  it('spends one request on a wrong key, not one per seed, and never prints the key', async () => {
    await cli.serve({ fallback: openAIInvalidKey(KEY) });
    const cwd = await cli.project(['a', 'b', 'c']);
    const { code, out } = await cli.run(cwd, ['--model', 'gpt-5-mini', '--format', 'json']);
    expect(code).toBe(1);
    const seeds = cli.report(out).seeds;
    expect(seeds.map((s) => s.status)).toEqual(['failed', 'failed', 'failed']);
    expect(seeds[0]?.error).toMatch(
      /HTTP 401: Incorrect API key provided: sk-pr\*\*\*\. .*Check the API key/,
    );
    expect(seeds[2]?.error).toMatch(/not sent: an earlier request failed: .*HTTP 401/);
    expect(cli.fake?.requests).toHaveLength(1);
  });
});
