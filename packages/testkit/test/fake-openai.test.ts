import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { completion, type FakeOpenAI, startFakeOpenAI } from '../src/index.js';

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
