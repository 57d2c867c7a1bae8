import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICES, estimateCost, priceFor } from '../src/cost.js';
import { profileFor } from '../src/model/profiles.js';
import { backoffMs, isRetryableStatus, retryAfterMs } from '../src/model/retry.js';

describe('retryAfterMs', () => {
  it('reads retry-after-ms, Retry-After in seconds and as an HTTP date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
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
