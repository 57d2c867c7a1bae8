import {
  chatMessages,
  completion,
  type FakeOpenAI,
  reasoningAteTheBudget,
  startFakeOpenAI,
} from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftLinter } from '../src/lint/types.js';
import { createModelClient } from '../src/model/client.js';
import type { ModelProfile } from '../src/model/profiles.js';
import { resolveSpec } from '../src/prompt/spec.js';
import { runDraftLoop } from '../src/rewrite/draft-loop.js';
import { parseSeed } from '../src/seed/parse-seed.js';
import { isSeedError } from '../src/seed/types.js';
import { cleanDraft, fence, inventedQuoteDraft, repoSeed, SEED_004, shortDraft } from './helpers.js';

/**
 * A stand-in for the linter with two of its error rules, so the loop's own behaviour (when it
 * repairs, what it keeps) is tested apart from the linter's thresholds.
 */
const stubLinter: DraftLinter = async (text, { sourceText }) => {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const diagnostics = [];
  if (words < 700) {
    diagnostics.push({
      ruleId: 'word-count',
      severity: 'error' as const,
      message: `Expected at least 700 words, found ${words}.`,
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 1,
      fixable: false,
    });
  }
  for (const m of body.matchAll(/«\s*([^»]+?)\s*»/g)) {
    if (!sourceText.includes(m[1] ?? '')) {
      diagnostics.push({
        ruleId: 'faithful-quotes',
        severity: 'error' as const,
        message: `Quotation not in the source: « ${m[1]} ».`,
        line: 9,
        column: 1,
        endLine: 9,
        endColumn: 2,
        fixable: false,
      });
    }
  }
  return { words, diagnostics, errorCount: diagnostics.length, warningCount: 0 };
};

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
});

async function loop(
  replies: Parameters<typeof startFakeOpenAI>[0],
  maxRepairs = 2,
  client: { model?: string; maxOutputTokens?: number; profile?: ModelProfile } = {},
) {
  fake = await startFakeOpenAI(replies);
  const seed = parseSeed(await repoSeed(SEED_004), `seeds/${SEED_004}`);
  if (isSeedError(seed)) throw new Error(seed.message);
  return runDraftLoop({
    seed,
    spec: resolveSpec(seed),
    provenance: { source: `seeds/${SEED_004}`, sourceSha256: seed.sha256, model: 'gpt-5-mini' },
    articlePath: 'articles/004.md',
    client: createModelClient({
      model: client.model ?? 'gpt-5-mini',
      profile: client.profile,
      baseURL: fake.baseURL,
      apiKey: 'k',
      backoffBaseMs: 1,
    }),
    maxOutputTokens: client.maxOutputTokens,
    lint: stubLinter,
    maxRepairs,
    deadline: Date.now() + 30_000,
    sourceId: 'fixed-id',
  });
}

const lastUserMessage = (request: { body: unknown } | undefined) =>
  chatMessages(request).at(-1)?.content ?? '';

describe('draft loop', () => {
  it('stops after one request when the first draft is clean', async () => {
    const result = await loop({ replies: [completion(await cleanDraft())] });
    expect(result).toMatchObject({ attempts: 1, requests: 1, lastFailure: undefined });
    expect(result.best?.errorCount).toBe(0);
    expect(fake?.requests).toHaveLength(1);
  });

  it('asks for a repair naming word-count when the first draft is short, and keeps the repaired one', async () => {
    const result = await loop({ replies: [completion(await shortDraft()), completion(await cleanDraft())] });
    expect(result.attempts).toBe(2);
    expect(result.best?.errorCount).toBe(0);
    const repair = fake?.requests[1];
    expect(lastUserMessage(repair)).toMatch(/\[word-count\] Expected at least 700 words, found \d+\./);
    const messages = chatMessages(repair);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages[2]?.content).toContain('body_sha256:');
  });

  it('never silently accepts an invented quotation: the best draft keeps its error when repairs fail', async () => {
    const invented = await inventedQuoteDraft();
    const result = await loop({ replies: [completion(invented)], fallback: completion(invented) });
    expect(result.attempts).toBe(3);
    expect(result.best?.diagnostics.map((d) => d.ruleId)).toContain('faithful-quotes');
    expect(lastUserMessage(fake?.requests[1])).toContain('Nos armées marcheront ensemble');
  });

  it('keeps the best draft, not the last one', async () => {
    const result = await loop({
      replies: [
        completion(await inventedQuoteDraft()),
        completion(
          `${(await shortDraft()).replace('Le message est clair', '« Faux » et « Inventé ». Le message est clair')}`,
        ),
      ],
      fallback: completion('pas un article'),
    });
    expect(result.best?.errorCount).toBe(1);
    expect(result.best?.text).toContain('Nos armées marcheront');
  });

  it('accepts a clean article wrapped in a code fence without another request', async () => {
    const result = await loop({ replies: [completion(fence(await cleanDraft()))] });
    expect(result.attempts).toBe(1);
    expect(result.best?.errorCount).toBe(0);
  });

  it('turns an unparsable reply into a repair request listing what is missing', async () => {
    const result = await loop({
      replies: [completion('Désolé, je ne peux pas.'), completion(await cleanDraft())],
    });
    expect(result.attempts).toBe(2);
    expect(lastUserMessage(fake?.requests[1])).toMatch(
      /\[reply-format\] The reply must start with YAML front matter/,
    );
    expect(result.best?.errorCount).toBe(0);
  });

  it('asks again with more room after a cut-off reply, and fails with the reason when it keeps happening', async () => {
    const result = await loop({ fallback: completion('---\ntitle: Début', { finishReason: 'length' }) }, 1);
    expect(result.best).toBeUndefined();
    expect(result.attempts).toBe(2);
    expect(result.lastFailure).toMatch(/finish_reason=length/);
    const budgets = fake?.requests.map(
      (r) => (r.body as { max_completion_tokens: number }).max_completion_tokens,
    );
    expect(budgets?.[1]).toBeGreaterThan(budgets?.[0] ?? Infinity);
  });

  it('does not ask for another draft after a provider error that outlived its retries', async () => {
    const result = await loop({ fallback: { kind: 'error', status: 400, message: 'model not found' } });
    expect(result.best).toBeUndefined();
    expect(result.attempts).toBe(1);
    expect(result.lastFailure).toMatch(/HTTP 400: .*model not found/);
  });
});

describe('draft loop and output budgets', () => {
  const budget = (index: number) => {
    const body = fake?.requests[index]?.body as { max_tokens?: number; max_completion_tokens?: number };
    return body.max_tokens ?? body.max_completion_tokens ?? 0;
  };

  it('gives a model whose reasoning ate the budget a reasoning allowance at once, not 1.5× steps', async () => {
    const result = await loop(
      { replies: [reasoningAteTheBudget(2_850), completion(await cleanDraft())] },
      2,
      { model: 'my-local-alias' },
    );
    expect(result).toMatchObject({ attempts: 2, requests: 2 });
    expect(result.best?.errorCount).toBe(0);
    expect(budget(0)).toBe(2_850);
    expect(budget(1)).toBeGreaterThanOrEqual(2_850 + 12_000);
  });

  it('stops after a cut-off when rewrite.maxOutputTokens fixed the budget: asking again would be cut the same', async () => {
    const result = await loop({ fallback: reasoningAteTheBudget(3_000) }, 2, { maxOutputTokens: 3_000 });
    expect(result).toMatchObject({ best: undefined, attempts: 1, requests: 1 });
    expect(result.lastFailure).toMatch(
      /cut off at 3000 tokens.*reasoning used 3000.*raise rewrite.maxOutputTokens/,
    );
    expect(budget(0)).toBe(3_000);
  });

  it('stops after a cut-off when the context window, not the budget, limited the reply', async () => {
    const profile: ModelProfile = {
      tokenParam: 'max_tokens',
      temperature: true,
      reasoning: true,
      contextTokens: 8_000,
    };
    const result = await loop({ fallback: reasoningAteTheBudget(6_000) }, 2, { model: 'qwen3:8b', profile });
    expect(result).toMatchObject({ best: undefined, attempts: 1, requests: 1 });
    expect(budget(0)).toBeLessThan(8_000);
    expect(result.lastFailure).toMatch(
      /the context of 8000 tokens \(rewrite.profile.contextTokens\) leaves no more room/,
    );
  });

  it('lists a failed repair among the failures while keeping the best draft', async () => {
    const result = await loop({
      replies: [
        completion(await shortDraft()),
        { kind: 'error', status: 400, message: 'bad request on repair' },
      ],
    });
    expect(result.best?.errorCount).toBe(1);
    expect(result.failures).toEqual([
      { attempt: 2, reason: expect.stringMatching(/HTTP 400: bad request on repair/) },
    ]);
    expect(fake?.requests).toHaveLength(2);
  });
});

describe('draft loop and the context window', () => {
  it('fails clearly, without a request, when the seed leaves no room for an article in the model’s context', async () => {
    fake = await startFakeOpenAI({ fallback: completion('unused') });
    const text = `${'Le chef du Kremlin a parlé longuement de coopération militaire. '.repeat(3000)}\n`;
    const seed = parseSeed(new TextEncoder().encode(text), 'seeds/long.txt');
    if (isSeedError(seed)) throw new Error(seed.message);
    const result = await runDraftLoop({
      seed,
      spec: resolveSpec(seed),
      provenance: { source: 'seeds/long.txt', sourceSha256: seed.sha256, model: 'llama3.1' },
      articlePath: 'articles/long.md',
      client: createModelClient({ model: 'llama3.1', baseURL: fake.baseURL }),
      lint: stubLinter,
      maxRepairs: 2,
      deadline: Date.now() + 30_000,
      sourceId: 'id',
    });
    expect(result).toMatchObject({ best: undefined, attempts: 0 });
    expect(result.lastFailure).toMatch(
      /leaves no room for an article in llama3\.1's context of 32768 tokens/,
    );
    expect(fake.requests).toHaveLength(0);
  });
});
