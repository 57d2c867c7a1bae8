import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import {
  completion,
  type FakeOpenAI,
  geminiRateLimited,
  magistralParts,
  openRouterErrorIn200,
  startFakeOpenAI,
} from '../src/index.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const client = (baseURL: string, extra: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) =>
  new OpenAI({ baseURL, apiKey: 'sk-test-not-a-secret', maxRetries: 0, ...extra });

describe('fake OpenAI-compatible server', () => {
  it('answers the real openai SDK with the scripted reply and records the request', async () => {
    fake = await startFakeOpenAI({
      replies: [completion('Bonjour', { usage: { prompt_tokens: 7, completion_tokens: 2 } })],
    });
    const reply = await client(fake.baseURL).chat.completions.create({
      model: 'gpt-test',
      messages: [{ role: 'user', content: 'Salut' }],
    });
    expect(reply.choices[0]?.message.content).toBe('Bonjour');
    expect(reply.usage).toMatchObject({ prompt_tokens: 7, completion_tokens: 2, total_tokens: 9 });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body).toMatchObject({
      model: 'gpt-test',
      messages: [{ role: 'user', content: 'Salut' }],
    });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-test-not-a-secret');
  });

  it('injects a 429 with Retry-After that the SDK surfaces as a RateLimitError', async () => {
    fake = await startFakeOpenAI({
      replies: [{ kind: 'error', status: 429, headers: { 'retry-after': '3' } }],
    });
    const error = await client(fake.baseURL)
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('3');
  });

  it('resets the connection and the SDK reports a connection error', async () => {
    fake = await startFakeOpenAI({ replies: [{ kind: 'reset' }] });
    const error = await client(fake.baseURL)
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it('hangs so that the SDK times out', async () => {
    fake = await startFakeOpenAI({ replies: [{ kind: 'hang' }] });
    const error = await client(fake.baseURL, { timeout: 200 })
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });

  it('reports finish_reason=length when scripted', async () => {
    fake = await startFakeOpenAI({ fallback: completion('Tronqu', { finishReason: 'length' }) });
    const reply = await client(fake.baseURL).chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(reply.choices[0]?.finish_reason).toBe('length');
  });
});

describe('fake OpenAI-compatible server: local servers and provider quirks', () => {
  it('lists its models at GET /v1/models as Ollama, vLLM and LM Studio do', async () => {
    fake = await startFakeOpenAI({ models: ['qwen3:8b', 'llama3.1:8b'] });
    const ids: string[] = [];
    for await (const model of client(fake.baseURL).models.list()) ids.push(model.id);
    expect(ids).toEqual(['qwen3:8b', 'llama3.1:8b']);
    expect(fake.modelRequests).toHaveLength(1);
  });

  it('cuts the connection mid-body after sending the headers', async () => {
    fake = await startFakeOpenAI({ replies: [{ kind: 'cut', content: 'Bonjour tout le monde', bytes: 40 }] });
    const error = await client(fake.baseURL)
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    // The SDK reads the body itself: undici's "terminated", not an APIError.
    expect(error).toBeInstanceOf(TypeError);
  });

  it('generates one reply at a time with one slot: the others wait, still open', async () => {
    fake = await startFakeOpenAI({ slots: 1, latencyMs: 100, fallback: completion('ok') });
    const started = Date.now();
    const ask = () =>
      client(fake?.baseURL ?? '').chat.completions.create({
        model: 'm',
        messages: [{ role: 'user', content: 'x' }],
      });
    await Promise.all([ask(), ask(), ask()]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(fake.maxInFlight).toBe(3);
    expect(fake.abandoned).toBe(0);
  });

  it("plays Magistral's content parts and OpenRouter's error under HTTP 200 as the SDK receives them", async () => {
    fake = await startFakeOpenAI({ replies: [magistralParts('Texte'), openRouterErrorIn200(502)] });
    const sdk = client(fake.baseURL);
    const parts = await sdk.chat.completions.create({
      model: 'magistral-medium-latest',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(parts.choices[0]?.message.content).toEqual([
      { type: 'thinking', thinking: [{ type: 'text', text: expect.any(String) }] },
      { type: 'text', text: 'Texte' },
    ]);
    // The SDK does not see an error in a 200: the body simply has no choices.
    const error200 = (await sdk.chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
    })) as unknown as {
      error: { code: number; message: string };
      choices?: unknown;
    };
    expect(error200.error).toMatchObject({ code: 502, message: 'Provider returned error' });
    expect(error200.choices).toBeUndefined();
  });

  it("sends Gemini's 429 as a JSON array, not the error object the SDK reads", async () => {
    fake = await startFakeOpenAI({ replies: [geminiRateLimited('37s')] });
    const error = await client(fake.baseURL)
      .chat.completions.create({ model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as Error).message).toMatch(/^429 \[\{"error":\{"code":429/);
    // No `message`, `code` or `details` where a client looks for them: Plume unwraps the array first.
    expect(Array.isArray((error as InstanceType<typeof OpenAI.RateLimitError>).error)).toBe(true);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBeNull();
  });
});
