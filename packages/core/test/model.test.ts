import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICES, estimateCost, priceFor } from '../src/cost.js';
import { isLocalBaseURL } from '../src/model/local-server.js';
import { outputBudget, profileFor } from '../src/model/profiles.js';
import { replyText } from '../src/model/reply-content.js';
import { backoffMs, durationMs, isRetryableStatus, serverWaitMs } from '../src/model/retry.js';
import { parseRewriteConfig, settingsFor } from '../src/rewrite-config.js';

describe('serverWaitMs', () => {
  it('reads retry-after-ms, Retry-After in seconds and as an HTTP date', () => {
    expect(serverWaitMs(new Headers({ 'retry-after-ms': '250' }), undefined)).toBe(250);
    expect(serverWaitMs(new Headers({ 'retry-after': '2' }), undefined)).toBe(2000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(
      serverWaitMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), undefined, now),
    ).toBe(5000);
    expect(serverWaitMs(new Headers({ 'retry-after': 'soon' }), undefined)).toBeUndefined();
    expect(serverWaitMs(undefined, undefined)).toBeUndefined();
  });

  it("reads OpenAI's and Groq's x-ratelimit-reset headers, taking the later limit", () => {
    const headers = new Headers({
      'x-ratelimit-reset-requests': '120ms',
      'x-ratelimit-reset-tokens': '6m0s',
    });
    expect(serverWaitMs(headers, undefined)).toBe(360_000);
    expect(serverWaitMs(new Headers({ 'x-ratelimit-reset-tokens': '7.66s' }), undefined)).toBe(7_660);
    expect(durationMs('1h2m3.5s')).toBe(3_723_500);
    expect(durationMs('soon')).toBeUndefined();
  });

  it("reads Gemini's RetryInfo.retryDelay from the error body", () => {
    const body = {
      code: 429,
      status: 'RESOURCE_EXHAUSTED',
      details: [
        { '@type': 'type.googleapis.com/google.rpc.QuotaFailure', violations: [] },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '2.463586755s' },
      ],
    };
    expect(serverWaitMs(new Headers(), body)).toBe(2_464);
  });

  it('retries timeouts, conflicts, rate limits and server errors only', () => {
    expect([408, 409, 429, 500, 503].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });

  it('backs off exponentially with jitter under the cap', () => {
    expect(backoffMs(0, 1000, 30_000, () => 1)).toBe(1000);
    expect(backoffMs(3, 1000, 30_000, () => 1)).toBe(8000);
    expect(backoffMs(10, 1000, 30_000, () => 1)).toBe(30_000);
    expect(backoffMs(3, 1000, 30_000, () => 0.5)).toBe(4000);
  });
});

describe('profileFor', () => {
  it('knows which models take max_completion_tokens and refuse temperature', () => {
    expect(profileFor('gpt-5-mini')).toMatchObject({
      tokenParam: 'max_completion_tokens',
      temperature: false,
    });
    expect(profileFor('o4-mini')).toMatchObject({ tokenParam: 'max_completion_tokens', temperature: false });
    expect(profileFor('gpt-4o-mini')).toMatchObject({
      tokenParam: 'max_completion_tokens',
      temperature: true,
    });
    expect(profileFor('mistral-small-latest')).toMatchObject({ tokenParam: 'max_tokens', temperature: true });
    expect(profileFor('llama3.1:8b')).toMatchObject({ tokenParam: 'max_tokens', temperature: true });
  });
});

describe('profileFor and the output budget', () => {
  it('knows the reasoning families beyond gpt-5 and o-series, whatever the provider prefix or tag', () => {
    for (const model of [
      'gemini-2.5-flash',
      'gemini-3-pro-preview',
      'deepseek-reasoner',
      'deepseek/deepseek-r1:free',
      'qwen3:8b',
      'qwen/qwen3-32b',
      'openai/gpt-oss-120b',
      'magistral-medium-latest',
      'DeepSeek-R1-Distill-Qwen-7B',
    ]) {
      expect(profileFor(model).reasoning, model).toBe(true);
      expect(outputBudget(900, profileFor(model)), model).toBeGreaterThanOrEqual(8_000);
    }
    expect(profileFor('llama3.1:8b').reasoning).toBe(false);
    expect(outputBudget(900, profileFor('llama3.1:8b'))).toBe(2_850);
  });

  it('lets rewrite.profile and rewrite.maxOutputTokens override what the name suggests', () => {
    // An Azure deployment named by its owner is a GPT-5 all the same.
    const azure = profileFor('articles-prod', {
      tokenParam: 'max_completion_tokens',
      temperature: false,
      reasoning: true,
    });
    expect(azure).toEqual({
      tokenParam: 'max_completion_tokens',
      temperature: false,
      reasoning: true,
      contextTokens: 32_768,
    });
    expect(outputBudget(900, azure, 20_000)).toBe(20_000);
  });
});

describe('replyText', () => {
  const article = '---\ntitle: T\n---\n\n## A\n';
  it('drops a leading <think> block, a <thinking> block and a lone closing tag', () => {
    expect(replyText(`<think>\nLet me plan.\n</think>\n\n${article}`)).toBe(article);
    expect(replyText(`<thinking>plan</thinking>${article}`)).toBe(article);
    expect(replyText(`Okay, the user wants an article.\n</think>\n${article}`)).toBe(article);
    expect(replyText(`<think>still thinking when cut off`)).toBe('');
  });

  it('keeps only the text parts of a content array (Magistral)', () => {
    const parts = [
      { type: 'thinking', thinking: [{ type: 'text', text: 'Reasoning traces…' }] },
      { type: 'text', text: article },
    ];
    expect(replyText(parts)).toBe(article);
  });

  it("keeps the final channel of gpt-oss's raw Harmony output", () => {
    const raw = `<|channel|>analysis<|message|>We need an article.<|end|><|start|>assistant<|channel|>final<|message|>${article}<|return|>`;
    expect(replyText(raw)).toBe(article);
  });

  it('leaves an article that mentions thinking alone', () => {
    const text = `${article}Il écrit « think tank ».\n`;
    expect(replyText(text)).toBe(text);
    expect(replyText(null)).toBe('');
  });
});

describe('isLocalBaseURL', () => {
  it('treats loopback and private addresses as local servers', () => {
    for (const url of [
      'http://localhost:11434/v1',
      'http://127.0.0.1:8000/v1',
      'http://[::1]:1234/v1',
      'http://192.168.1.20:8080/v1',
      'http://10.0.0.5/v1',
      'http://host.docker.internal:11434/v1',
    ])
      expect(isLocalBaseURL(url), url).toBe(true);
    for (const url of [
      'https://api.openai.com/v1',
      'https://openrouter.ai/api/v1',
      'http://8.8.8.8/v1',
      undefined,
    ])
      expect(isLocalBaseURL(url), String(url)).toBe(false);
  });
});

describe('the rewrite section', () => {
  it('is validated by core, naming the file and the key', () => {
    expect(parseRewriteConfig({ maxRepairs: -1 }, 'plume.config.json')).toEqual({
      ok: false,
      message: expect.stringMatching(/^plume\.config\.json: rewrite\.maxRepairs: /),
    });
    expect(parseRewriteConfig({ profile: { tokenParam: 'max_output' } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('rewrite.profile.tokenParam'),
    });
    expect(parseRewriteConfig({ modle: 'x' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('modle'),
    });
  });

  it('gives a local server one seed at a time and long timeouts unless the config says otherwise', () => {
    const parsed = parseRewriteConfig({ maxOutputTokens: 16_000 });
    const rewrite = parsed.ok ? parsed.rewrite : {};
    expect(settingsFor(rewrite, true)).toMatchObject({
      concurrency: 1,
      requestTimeoutMs: 900_000,
      localServer: true,
    });
    expect(settingsFor(rewrite, false)).toMatchObject({
      concurrency: 4,
      requestTimeoutMs: 120_000,
      maxRepairs: 2,
    });
    expect(settingsFor({ concurrency: 3 }, true).concurrency).toBe(3);
  });
});

describe('prices', () => {
  it('matches dated snapshots to their family and prices a request', () => {
    expect(priceFor('gpt-5-mini-2025-08-07', DEFAULT_PRICES)).toEqual({ input: 0.25, output: 2 });
    expect(priceFor('gpt-5-2025-08-07', DEFAULT_PRICES)).toEqual({ input: 1.25, output: 10 });
    expect(priceFor('llama3.1', DEFAULT_PRICES)).toBeUndefined();
    expect(
      estimateCost({ input: 1, output: 2 }, { promptTokens: 1_000_000, completionTokens: 500_000 }),
    ).toBe(2);
  });
});
