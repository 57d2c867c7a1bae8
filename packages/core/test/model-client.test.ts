import { completion, type FakeOpenAI, startFakeOpenAI } from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createModelClient, type ModelSettings } from '../src/model/client.js';

const messages = [
  { role: 'system' as const, content: 'Écris un article.' },
  { role: 'user' as const, content: '<source id="x">Texte.</source>' },
];
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function clientFor(
  replies: Parameters<typeof startFakeOpenAI>[0],
  settings: Partial<ModelSettings> = {},
) {
  fake = await startFakeOpenAI(replies);
  return createModelClient({
    model: 'gpt-5-mini',
    baseURL: fake.baseURL,
    apiKey: 'sk-test-secret-key-0123456789',
    backoffBaseMs: 5,
    ...settings,
  });
}
const inAMinute = () => Date.now() + 60_000;

describe('model client', () => {
  it('sends one Chat Completions request shaped by the model profile', async () => {
    const client = await clientFor({
      replies: [completion('Bonjour', { usage: { prompt_tokens: 11, completion_tokens: 3 } })],
    });
    const result = await client.complete(messages, { maxOutputTokens: 500, deadline: inAMinute() });
    expect(result).toEqual({
      ok: true,
      content: 'Bonjour',
      usage: { promptTokens: 11, completionTokens: 3 },
      requests: 1,
    });
    const body = fake?.requests[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ model: 'gpt-5-mini', max_completion_tokens: 500, messages });
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('max_tokens');
    expect(fake?.requests[0]?.headers.authorization).toBe('Bearer sk-test-secret-key-0123456789');
  });

  it('sends max_tokens and a temperature to models that take them', async () => {
    const client = await clientFor({ replies: [completion('ok')] }, { model: 'llama3.1' });
    await client.complete(messages, { maxOutputTokens: 800, deadline: inAMinute() });
    expect(fake?.requests[0]?.body).toMatchObject({ max_tokens: 800, temperature: 0.4 });
  });

  it('honours Retry-After on 429 and then succeeds', async () => {
    const client = await clientFor({
      replies: [{ kind: 'error', status: 429, headers: { 'retry-after': '1' } }, completion('ok')],
    });
    const started = Date.now();
    const result = await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() });
    expect(result).toMatchObject({ ok: true, requests: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('caps a long Retry-After at the configured cap', async () => {
    const client = await clientFor(
      { replies: [{ kind: 'error', status: 503, headers: { 'retry-after': '3600' } }, completion('ok')] },
      { retryAfterCapMs: 50 },
    );
    const started = Date.now();
    expect(await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() })).toMatchObject({
      ok: true,
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('retries 500s and connection resets, then gives up with the reason after the bound', async () => {
    const client = await clientFor(
      {
        replies: [{ kind: 'error', status: 500 }, { kind: 'reset' }],
        fallback: { kind: 'error', status: 502, message: 'bad gateway' },
      },
      { maxRetries: 3 },
    );
    const result = await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() });
    expect(result).toMatchObject({ ok: false, requests: 4, redraft: false });
    expect(!result.ok && result.reason).toMatch(/HTTP 502: bad gateway \(after 4 requests\)/);
    expect(fake?.requests).toHaveLength(4);
  });

  it('does not retry a 401 and never repeats the key in the reason', async () => {
    const client = await clientFor({
      replies: [
        { kind: 'error', status: 401, message: 'Incorrect API key provided: sk-test-secret-key-0123456789' },
      ],
    });
    const result = await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() });
    expect(result).toMatchObject({ ok: false, requests: 1 });
    expect(!result.ok && result.reason).toMatch(/HTTP 401/);
    expect(JSON.stringify(result)).not.toContain('secret-key');
  });

  it('times out a slow reply per request and retries it', async () => {
    const client = await clientFor(
      { replies: [{ kind: 'hang' }, completion('ok')] },
      { requestTimeoutMs: 200, localServer: false },
    );
    expect(await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() })).toMatchObject({
      ok: true,
      requests: 2,
    });
  });

  it('stops at the per-seed deadline', async () => {
    const client = await clientFor({ fallback: { kind: 'hang' } }, { requestTimeoutMs: 10_000 });
    const started = Date.now();
    const result = await client.complete(messages, { maxOutputTokens: 100, deadline: Date.now() + 300 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/timed out|deadline/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reports a cut-off or empty reply as a failed draft worth asking again', async () => {
    const client = await clientFor({
      replies: [completion('Le début', { finishReason: 'length' }), completion('  ')],
    });
    const cut = await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() });
    expect(cut).toMatchObject({
      ok: false,
      redraft: true,
      reason: expect.stringMatching(/finish_reason=length/),
    });
    const empty = await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() });
    expect(empty).toMatchObject({ ok: false, redraft: true, reason: 'the model returned an empty reply' });
  });
});

describe('model client and odd servers', () => {
  it('fails in one request, naming the URL, when a server answers HTML instead of JSON', async () => {
    const html = {
      kind: 'raw' as const,
      status: 200,
      body: '<html>gateway</html>',
      contentType: 'text/html',
    };
    const client = await clientFor({ replies: [html, html] }, { maxRetries: 1 });
    const result = await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() });
    expect(result).toMatchObject({ ok: false, redraft: false, requests: 1 });
    expect(!result.ok && result.reason).toContain(
      `${fake?.baseURL}/chat/completions answered with an HTML page`,
    );
    expect(!result.ok && result.reason).toMatch(/does not look like an OpenAI-compatible endpoint/);
  });

  it('says a completion without choices is not a chat completion', async () => {
    const client = await clientFor({
      replies: [{ kind: 'raw', status: 200, body: '{"id":"x","object":"chat.completion"}' }],
    });
    const result = await client.complete(messages, { maxOutputTokens: 100, deadline: inAMinute() });
    expect(result).toMatchObject({ ok: false, redraft: false, requests: 1 });
    expect(!result.ok && result.reason).toMatch(/holds no "choices"/);
  });
});
