/** Statuses worth another try: timeouts, conflicts, rate limits, server faults. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500);
}

/**
 * Go-style durations as OpenAI and Groq write their `x-ratelimit-reset-*` headers ("20ms",
 * "6m0s", "1h2m3.5s") and Google its `retryDelay` ("37s", "2.463586755s"); milliseconds.
 */
export function durationMs(text: string): number | undefined {
  const value = text.trim();
  if (!/^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/.test(value)) return undefined;
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;
  let total = 0;
  for (const [, amount, u] of value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    total += Number(amount) * unit[u as keyof typeof unit];
  }
  return Math.round(total);
}

/**
 * The wait a rate-limited or overloaded provider asks for, in milliseconds: `retry-after-ms`
 * (OpenAI, Azure), `Retry-After` (seconds or an HTTP date), then OpenAI's and Groq's
 * `x-ratelimit-reset-requests`/`-tokens` (the later of the two: either limit can be the one hit),
 * then Google's `RetryInfo.retryDelay` in the error body. Undefined when nothing says.
 */
export function serverWaitMs(
  headers: Headers | undefined,
  errorBody: unknown,
  now = Date.now(),
): number | undefined {
  const fromHeaders = headers ? headerWaitMs(headers, now) : undefined;
  return fromHeaders ?? retryDelayMs(errorBody);
}

function headerWaitMs(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (value) {
    if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const resets = ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens']
    .map((name) => headers.get(name))
    .flatMap((v) => (v === null ? [] : [durationMs(v)]))
    .filter((v): v is number => v !== undefined);
  return resets.length > 0 ? Math.max(...resets) : undefined;
}

/** `error.details[] { "@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "37s" }`. */
function retryDelayMs(errorBody: unknown): number | undefined {
  const details = (errorBody as { details?: unknown } | undefined)?.details;
  if (!Array.isArray(details)) return undefined;
  for (const detail of details) {
    const delay = (detail as { retryDelay?: unknown } | null)?.retryDelay;
    if (typeof delay === 'string') return durationMs(delay);
  }
  return undefined;
}

/** Full-jitter exponential backoff (AWS's recipe): spreads retries of concurrent seeds apart. */
export function backoffMs(retry: number, baseMs: number, capMs: number, random = Math.random): number {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** retry));
}
