import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, OpenAIError } from 'openai';
import type { ChatMessage } from '../prompt/build-prompt.js';
import { redact } from '../redact.js';
import { profileFor } from './profiles.js';
import { backoffMs, isRetryableStatus, retryAfterMs } from './retry.js';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

export interface ModelSettings {
  model: string;
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** Transport retries per draft (429, 5xx, resets, timeouts). */
  maxRetries?: number;
  /** The longest Retry-After honoured; a longer one waits this long. */
  retryAfterCapMs?: number;
  backoffBaseMs?: number;
  temperature?: number;
}

export type Completion =
  | { ok: true; content: string; usage: Usage; requests: number }
  | {
      ok: false;
      reason: string;
      usage: Usage;
      requests: number;
      /** A bad draft (cut off, empty) rather than a provider fault: asking again may work. */
      redraft: boolean;
      /** The reply hit the output token limit: asking again needs more room. */
      cutOff?: boolean;
    };

export interface CompleteOptions {
  maxOutputTokens: number;
  /** Epoch ms after which no new request starts (the per-seed deadline). */
  deadline: number;
}

export interface ModelClient {
  readonly model: string;
  complete(messages: readonly ChatMessage[], options: CompleteOptions): Promise<Completion>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Local servers (Ollama, vLLM) need no key, but the SDK insists on one. */
const NO_KEY = 'no-key';

/**
 * The one place that talks to the network: one Chat Completions request per draft, with our own
 * bounded retry loop (the SDK's is off) so that Retry-After is capped and the per-seed deadline
 * is honoured.
 */
export function createModelClient(settings: ModelSettings): ModelClient {
  const {
    model,
    requestTimeoutMs = 120_000,
    maxRetries = 4,
    retryAfterCapMs = 30_000,
    backoffBaseMs = 1_000,
    temperature = 0.4,
  } = settings;
  const secrets = [settings.apiKey];
  const client = new OpenAI({
    apiKey: settings.apiKey || NO_KEY,
    // Explicit, so the SDK never falls back to its own reading of OPENAI_BASE_URL behind our precedence.
    baseURL: settings.baseURL ?? 'https://api.openai.com/v1',
    maxRetries: 0,
    timeout: requestTimeoutMs,
  });
  const profile = profileFor(model);

  return {
    model,
    async complete(messages, { maxOutputTokens, deadline }) {
      const usage: Usage = { promptTokens: 0, completionTokens: 0 };
      let requests = 0;
      for (let retry = 0; ; retry++) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
          return {
            ok: false,
            reason: 'the per-seed deadline passed before a reply arrived',
            usage,
            requests,
            redraft: false,
          };
        }
        let failure: { reason: string; retryable: boolean; waitMs?: number | undefined };
        try {
          requests++;
          const response = await client.chat.completions.create(
            {
              model,
              messages: messages.map((m) => ({ role: m.role, content: m.content })),
              [profile.tokenParam]: maxOutputTokens,
              ...(profile.temperature ? { temperature } : {}),
            },
            { timeout: Math.min(requestTimeoutMs, remaining) },
          );
          usage.promptTokens += response.usage?.prompt_tokens ?? 0;
          usage.completionTokens += response.usage?.completion_tokens ?? 0;
          // Some compatible servers omit fields the SDK's types promise.
          const choice = response.choices?.[0];
          const content = choice?.message?.content ?? '';
          // These are failed drafts, not transport faults: the caller decides whether to try again.
          if (choice?.finish_reason === 'length') {
            return {
              ok: false,
              reason: `the reply was cut off at ${maxOutputTokens} tokens (finish_reason=length)`,
              usage,
              requests,
              redraft: true,
              cutOff: true,
            };
          }
          if (choice?.finish_reason === 'content_filter') {
            return {
              ok: false,
              reason: 'the provider filtered the reply (finish_reason=content_filter)',
              usage,
              requests,
              redraft: false,
            };
          }
          if (content.trim() === '')
            return { ok: false, reason: 'the model returned an empty reply', usage, requests, redraft: true };
          return { ok: true, content, usage, requests };
        } catch (error) {
          failure = describeError(error);
        }
        if (!failure.retryable || retry >= maxRetries) {
          const tries = requests > 1 ? ` after ${requests} requests` : '';
          return {
            ok: false,
            reason: redact(`${failure.reason}${tries}`, secrets),
            usage,
            requests,
            redraft: false,
          };
        }
        const wait =
          failure.waitMs !== undefined
            ? Math.min(failure.waitMs, retryAfterCapMs)
            : backoffMs(retry, backoffBaseMs, retryAfterCapMs);
        if (Date.now() + wait >= deadline) {
          return {
            ok: false,
            reason: redact(`${failure.reason}; no time left before the per-seed deadline to retry`, secrets),
            usage,
            requests,
            redraft: false,
          };
        }
        await sleep(wait);
      }
    },
  };
}

function describeError(error: unknown): { reason: string; retryable: boolean; waitMs?: number | undefined } {
  if (error instanceof APIConnectionTimeoutError) return { reason: 'the request timed out', retryable: true };
  if (error instanceof APIConnectionError) {
    return {
      reason: `connection error (${error.cause instanceof Error ? error.cause.message : error.message})`,
      retryable: true,
    };
  }
  if (error instanceof APIError) {
    const status = error.status;
    return {
      reason: `the provider answered HTTP ${status ?? '?'}: ${error.message}`,
      retryable: isRetryableStatus(status),
      waitMs: retryAfterMs(error.headers),
    };
  }
  // A proxy's HTML error page served as JSON: often transient, like a 502.
  if (error instanceof SyntaxError)
    return { reason: `the provider's reply is not valid JSON (${error.message})`, retryable: true };
  // The SDK's own errors (e.g. an unreadable response body) are the provider's fault, not ours.
  if (error instanceof OpenAIError)
    return { reason: `the provider's reply could not be read: ${error.message}`, retryable: false };
  // Anything else is a bug in this code or the SDK: let it surface.
  throw error;
}
