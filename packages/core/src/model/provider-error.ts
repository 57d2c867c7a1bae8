import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { isRetryableStatus, serverWaitMs } from './retry.js';

/** Why a request failed, whether asking again can help, and how long the provider asked to wait. */
export interface Fault {
  reason: string;
  retryable: boolean;
  waitMs?: number | undefined;
  /**
   * The endpoint itself is wrong (key, account, model, URL, server down): every other seed would
   * fail the same way, so they are not sent.
   */
  endpoint?: boolean;
}

export interface Endpoint {
  baseURL: string;
  /** A server on this machine or network (see local-server.ts). */
  local: boolean;
}

const hostOf = (baseURL: string) => (URL.canParse(baseURL) ? new URL(baseURL).host : baseURL);

interface ErrorFields {
  message?: unknown;
  code?: unknown;
  type?: unknown;
  status?: unknown;
}

/** The provider's own words, without the SDK's "429 " prefix. */
function providerMessage(error: APIError): string {
  const body = error.error as ErrorFields | undefined;
  const text = typeof body?.message === 'string' ? body.message : error.message;
  return text.replace(/^\d{3} /, '').trim() || 'no message';
}

const matches = (error: APIError, pattern: RegExp) =>
  [error.code, error.type, (error.error as ErrorFields | undefined)?.status, providerMessage(error)].some(
    (v) => typeof v === 'string' && pattern.test(v),
  );

/**
 * A failed request as a Fault. Only transient faults are retried: a wrong key, model or URL,
 * an empty account or a request too large fail in exactly one request, with what to do.
 */
export function describeFault(error: unknown, endpoint: Endpoint): Fault | undefined {
  const host = hostOf(endpoint.baseURL);
  if (error instanceof APIConnectionTimeoutError) {
    // A local server is still generating the timed-out reply: sending it again only queues it twice.
    return endpoint.local
      ? {
          reason: `${host} did not answer within the request timeout; a local model may need more time (rewrite.requestTimeoutMs) or a smaller model`,
          retryable: false,
        }
      : { reason: `the request to ${host} timed out`, retryable: true };
  }
  if (error instanceof APIConnectionError) return connectionFault(error, endpoint);
  if (!(error instanceof APIError)) return undefined;
  const status = error.status;
  const said = `${host} answered HTTP ${status ?? '?'}: ${providerMessage(error)}`;
  const fail = (hint: string, endpointFault = true): Fault => ({
    reason: `${said.replace(/\.+$/, '')}. ${hint}`,
    retryable: false,
    endpoint: endpointFault,
  });
  if (status === 401)
    return fail(
      'Check the API key: OPENAI_API_KEY (the Action\'s "api-key" input) must be a valid key for this endpoint.',
    );
  // OpenAI's empty account is a 429 that no wait can cure; OpenRouter's is a 402.
  if (status === 402 || error.code === 'insufficient_quota' || error.type === 'insufficient_quota')
    return fail(
      'The account has no credit left: add billing or credits with the provider; retrying cannot help.',
    );
  // Not endpoint-wide: OpenRouter's 403 is its moderation flagging this one input.
  if (status === 403)
    return fail(
      'The key is not allowed to use this model or endpoint (check its project, permissions or region), or the provider flagged this input.',
      false,
    );
  if (status === 404) {
    return matches(error, /model/i)
      ? fail(
          `Check the model name: ${endpoint.baseURL.replace(/\/+$/, '')}/models lists the models this endpoint serves${endpoint.local ? ' (Ollama: "ollama pull <model>")' : ''}.`,
        )
      : fail(
          `Check the base URL: ${endpoint.baseURL.replace(/\/+$/, '')}/chat/completions does not exist there (does the base URL need "/v1"?).`,
        );
  }
  if (
    status === 413 ||
    (status === 400 &&
      matches(error, /context[_ ]length|context window|maximum context|too many tokens|reduce the length/i))
  )
    return fail(
      "The request is larger than this model or plan accepts (prompt plus reply budget; Groq counts the whole budget against its per-minute limit): lower rewrite.maxOutputTokens, or set rewrite.profile.contextTokens to the model's real context size.",
      false,
    );
  if (status === 400 && matches(error, /max_tokens|max_completion_tokens/))
    return fail(
      'The model wants the other token parameter: set rewrite.profile.tokenParam ("max_completion_tokens" or "max_tokens").',
    );
  if (status === 400 && matches(error, /temperature/))
    return fail('The model rejects a temperature: set rewrite.profile.temperature to false.');
  // Gemini names the quota it hit: a per-day one resets in hours, not in the seconds a retry waits.
  if (status === 429 && quotaIds(error.error).some((id) => /PerDay/i.test(id)))
    return fail(
      'The daily quota is used up: it resets within a day; a higher plan raises it. Retrying now cannot help.',
    );
  if (isRetryableStatus(status)) {
    return { reason: said, retryable: true, waitMs: serverWaitMs(error.headers, error.error) };
  }
  return { reason: said, retryable: false };
}

/** Google's `QuotaFailure.violations[].quotaId` values in an error body. */
function quotaIds(body: unknown): string[] {
  const details = (body as { details?: unknown } | undefined)?.details;
  if (!Array.isArray(details)) return [];
  return details.flatMap((detail) => {
    const violations = (detail as { violations?: unknown } | null)?.violations;
    return Array.isArray(violations)
      ? violations.flatMap((v) => {
          const id = (v as { quotaId?: unknown } | null)?.quotaId;
          return typeof id === 'string' ? [id] : [];
        })
      : [];
  });
}

function connectionFault(error: APIConnectionError, endpoint: Endpoint): Fault {
  const cause = error.cause as
    | (Error & { code?: string; cause?: { code?: string; message?: string } })
    | undefined;
  const code = cause?.code ?? cause?.cause?.code;
  const where = endpoint.baseURL;
  if (code === 'ECONNREFUSED')
    return {
      reason: `nothing is listening at ${where} (connection refused): is the server running, on this port?`,
      retryable: false,
      endpoint: true,
    };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return {
      reason: `the host of ${where} cannot be found (${code}): check the base URL`,
      retryable: code === 'EAI_AGAIN',
      endpoint: code === 'ENOTFOUND',
    };
  if (code && /^(?:CERT_|ERR_TLS|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_VERIFY)/.test(code))
    return {
      reason: `the TLS certificate of ${where} is not trusted (${code})`,
      retryable: false,
      endpoint: true,
    };
  const detail = cause?.cause?.message ?? cause?.message ?? error.message;
  return { reason: `the connection to ${where} failed (${code ?? detail})`, retryable: true };
}
