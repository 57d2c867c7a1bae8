import type { Fault } from './provider-error.js';
import { isRetryableStatus } from './retry.js';

/** The parts of a chat completion Plume uses, read defensively: compatible servers vary. */
export interface CompletionBody {
  message: unknown;
  finishReason: string | undefined;
  usage: { promptTokens: number; completionTokens: number; reasoningTokens: number | undefined };
}

export type ReadCompletion = { ok: true; body: CompletionBody } | { ok: false; fault: Fault };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * A successful (HTTP 2xx) response body as a chat completion, or the fault it really is: an HTML
 * page or an empty body (not an OpenAI-compatible endpoint: often a base URL without `/v1`), an
 * event stream nobody asked for, a JSON `null`, or an error object under HTTP 200 (OpenRouter
 * reports errors that happen once generation started that way; LM Studio answers unknown routes
 * with `{"error": "Unexpected endpoint or method."}` and a 200).
 */
export function readCompletion(text: string, contentType: string | null, url: string): ReadCompletion {
  const notCompatible = (what: string): ReadCompletion => ({
    ok: false,
    fault: {
      reason: `${url} answered ${what}: this does not look like an OpenAI-compatible endpoint (does the base URL need "/v1"?)`,
      retryable: false,
      endpoint: true,
    },
  });
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('text/event-stream') || /^\s*data:/.test(text))
    return notCompatible('with an event stream although no streaming was asked for');
  if (text.trim() === '') return notCompatible('HTTP 200 with an empty body');
  if (type.includes('text/html') || /^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return notCompatible(`with an HTML page${title ? ` ("${title}")` : ''}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // JSON cut short by a proxy is worth another try; anything else is not JSON at all.
    return type.includes('json') || /^\s*[[{]/.test(text)
      ? {
          ok: false,
          fault: { reason: `${url} sent a reply that is not valid JSON (cut short?)`, retryable: true },
        }
      : notCompatible(`with text that is not JSON ("${text.trim().slice(0, 80)}")`);
  }
  if (!isObject(body))
    return notCompatible(
      `with JSON ${JSON.stringify(body)?.slice(0, 40) ?? 'nothing'} instead of a chat completion`,
    );
  const choices = Array.isArray(body.choices) ? body.choices : [];
  const choice = isObject(choices[0]) ? choices[0] : undefined;
  const error = body.error ?? choice?.error;
  if (error !== undefined && error !== null) return { ok: false, fault: errorIn200(error, url) };
  if (!choice) return notCompatible('with JSON that holds no "choices"');
  const finishReason = typeof choice.finish_reason === 'string' ? choice.finish_reason : undefined;
  if (finishReason === 'error')
    return {
      ok: false,
      fault: { reason: `${url} reported an error while generating (finish_reason=error)`, retryable: true },
    };
  const usage = isObject(body.usage) ? body.usage : {};
  const details = isObject(usage.completion_tokens_details) ? usage.completion_tokens_details : {};
  return {
    ok: true,
    body: {
      message: choice.message,
      finishReason,
      usage: {
        promptTokens: count(usage.prompt_tokens),
        completionTokens: count(usage.completion_tokens),
        reasoningTokens: typeof details.reasoning_tokens === 'number' ? details.reasoning_tokens : undefined,
      },
    },
  };
}

/** An error object sent with HTTP 200: its own `code` says whether it is transient. */
function errorIn200(error: unknown, url: string): Fault {
  const fields = isObject(error) ? error : { message: error };
  const message =
    typeof fields.message === 'string' ? fields.message : JSON.stringify(fields.message ?? error);
  const code = typeof fields.code === 'number' ? fields.code : Number(fields.code);
  const status = Number.isInteger(code) && code >= 400 ? code : undefined;
  const raw =
    isObject(fields.metadata) && typeof fields.metadata.raw === 'string'
      ? ` (${fields.metadata.raw.slice(0, 200)})`
      : '';
  // LM Studio's answer to a path it does not serve, such as a base URL without /v1.
  const hint =
    status === undefined && /endpoint|route/i.test(message) ? ' (does the base URL need "/v1"?)' : '';
  return {
    reason: `${url} answered HTTP 200 with an error${status ? ` ${status}` : ''}: ${message}${raw}${hint}`,
    retryable: status !== undefined && isRetryableStatus(status),
    endpoint: hint !== '' || status === 401 || status === 402,
  };
}
