import OpenAI, { APIConnectionTimeoutError } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ChatMessage } from '../prompt/build-prompt.js';
import { redact } from '../redact.js';
import { fetchWithReadableErrors } from './error-body.js';
import { type ModelProfile, profileFor } from './profiles.js';
import { describeFault, type Fault } from './provider-error.js';
import { type CompletionBody, readCompletion } from './read-completion.js';
import { hasReasoning, replyText } from './reply-content.js';
import { chatRequestBody, DEFAULT_TEMPERATURE } from './request-body.js';
import { backoffMs } from './retry.js';

export interface Usage {
  promptTokens: number;
  completionTokens: number;
}

export interface ModelSettings {
  model: string;
  /** How to shape the request; unset: guessed from the model's name (see profiles.ts). */
  profile?: ModelProfile | undefined;
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  /** A server on this machine or network: a timed-out request is not sent again. */
  localServer?: boolean;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** Transport retries per draft (429, 5xx, resets, timeouts). */
  maxRetries?: number;
  /** The longest wait a provider may ask for; a longer one waits this long. */
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
      /** Reasoning took the budget (usage or the message says so). */
      reasoning?: boolean;
    };

export interface CompleteOptions {
  maxOutputTokens: number;
  /** Epoch ms after which no new request starts (the per-seed deadline). */
  deadline: number;
}

export interface ModelClient {
  readonly model: string;
  readonly profile: ModelProfile;
  complete(messages: readonly ChatMessage[], options: CompleteOptions): Promise<Completion>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Local servers (Ollama, vLLM) need no key, but the SDK insists on one. */
const NO_KEY = 'no-key';
const OPENAI_URL = 'https://api.openai.com/v1';

type Attempt = { done: Completion } | { fault: Fault };

/**
 * The one place that talks to the network: one Chat Completions request per draft, with our own
 * bounded retry loop (the SDK's is off) so that provider-requested waits are capped and the
 * per-seed deadline is honoured. The body is read here, not by the SDK, so that a connection cut
 * mid-body, an HTML page or an error under HTTP 200 become faults with a reason, not exceptions.
 */
export function createModelClient(settings: ModelSettings): ModelClient {
  const {
    model,
    profile = profileFor(model),
    requestTimeoutMs = 120_000,
    maxRetries = 4,
    retryAfterCapMs = 30_000,
    backoffBaseMs = 1_000,
    temperature = DEFAULT_TEMPERATURE,
  } = settings;
  const baseURL = settings.baseURL ?? OPENAI_URL;
  const endpoint = { baseURL, local: settings.localServer ?? false };
  const secrets = [settings.apiKey];
  const client = new OpenAI({
    apiKey: settings.apiKey || NO_KEY,
    // Explicit, so the SDK never falls back to its own reading of OPENAI_BASE_URL behind our precedence.
    baseURL,
    maxRetries: 0,
    timeout: requestTimeoutMs,
    fetch: fetchWithReadableErrors(),
  });
  const url = `${baseURL.replace(/\/+$/, '')}/chat/completions`;

  async function attempt(
    messages: readonly ChatMessage[],
    maxOutputTokens: number,
    timeoutMs: number,
    usage: Usage,
  ): Promise<Attempt> {
    // The SDK's timeout stops at the headers; this one also covers reading the body.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await client.chat.completions
        .create(
          chatRequestBody(
            model,
            messages,
            maxOutputTokens,
            profile,
            temperature,
          ) as ChatCompletionCreateParamsNonStreaming,
          { timeout: timeoutMs, signal: controller.signal },
        )
        .asResponse();
      const text = await response.text();
      const read = readCompletion(text, response.headers.get('content-type'), url);
      if (!read.ok) return { fault: read.fault };
      const { body } = read;
      usage.promptTokens += body.usage.promptTokens;
      usage.completionTokens += body.usage.completionTokens;
      return { done: interpret(body, maxOutputTokens, usage) };
    } catch (error) {
      const fault = controller.signal.aborted
        ? describeFault(new APIConnectionTimeoutError(), endpoint)
        : (describeFault(error, endpoint) ?? bodyFault(error, url));
      if (fault) return { fault };
      // Anything else is a bug in this code or the SDK: let it surface.
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  // Set by a fault of the endpoint itself (wrong key, model or URL, server down): the seeds that
  // follow fail with it instead of each paying a request to learn the same thing.
  let endpointFault: string | undefined;

  return {
    model,
    profile,
    async complete(messages, { maxOutputTokens, deadline }) {
      const usage: Usage = { promptTokens: 0, completionTokens: 0 };
      let requests = 0;
      const failed = (reason: string): Completion => ({
        ok: false,
        reason: redact(reason, secrets),
        usage,
        requests,
        redraft: false,
      });
      if (endpointFault !== undefined) return failed(`not sent: an earlier request failed: ${endpointFault}`);
      for (let retry = 0; ; retry++) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) return failed('the per-seed deadline passed before a reply arrived');
        requests++;
        const result = await attempt(messages, maxOutputTokens, Math.min(requestTimeoutMs, remaining), usage);
        if ('done' in result) {
          const done = result.done;
          return done.ok
            ? { ...done, requests }
            : { ...done, reason: redact(done.reason, secrets), requests };
        }
        const { fault } = result;
        if (fault.endpoint) endpointFault = fault.reason;
        if (!fault.retryable || retry >= maxRetries)
          return failed(`${fault.reason}${requests > 1 ? ` (after ${requests} requests)` : ''}`);
        const wait =
          fault.waitMs !== undefined
            ? Math.min(fault.waitMs, retryAfterCapMs)
            : backoffMs(retry, backoffBaseMs, retryAfterCapMs);
        if (Date.now() + wait >= deadline)
          return failed(`${fault.reason}; no time left before the per-seed deadline to retry`);
        await sleep(wait);
      }
    },
  };
}

/** A body that could not be read: the connection was cut (undici's "terminated") or reset. */
function bodyFault(error: unknown, url: string): Fault | undefined {
  if (!(error instanceof Error)) return undefined;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (
    error.name === 'TypeError' &&
    /terminated|fetch failed|other side closed|socket/i.test(`${error.message} ${cause?.message ?? ''}`)
  )
    return {
      reason: `the connection to ${url} was cut while the reply was arriving (${cause?.code ?? cause?.message ?? error.message})`,
      retryable: true,
    };
  return undefined;
}

/** A chat completion as a draft, or as the reason it is not one. */
function interpret(body: CompletionBody, maxOutputTokens: number, usage: Usage): Completion {
  const message = (body.message ?? {}) as { content?: unknown; refusal?: unknown };
  const content = replyText(message.content);
  const base = { usage, requests: 0 };
  if (body.finishReason === 'length') {
    const reasoning = body.usage.reasoningTokens;
    const spent =
      reasoning !== undefined && reasoning > 0
        ? `; reasoning used ${reasoning} of the ${body.usage.completionTokens} output tokens`
        : content.trim() === '' && hasReasoning(body.message)
          ? '; the model was still reasoning'
          : '';
    return {
      ...base,
      ok: false,
      reason: `the reply was cut off at ${maxOutputTokens} tokens (finish_reason=length)${spent}: raise rewrite.maxOutputTokens`,
      redraft: true,
      cutOff: true,
      reasoning: spent !== '',
    };
  }
  if (body.finishReason === 'content_filter')
    return {
      ...base,
      ok: false,
      reason: 'the provider filtered the reply (finish_reason=content_filter)',
      redraft: false,
    };
  if (content.trim() === '') {
    if (typeof message.refusal === 'string' && message.refusal.trim() !== '')
      return { ...base, ok: false, reason: `the model refused: ${message.refusal.trim()}`, redraft: false };
    const why = hasReasoning(body.message)
      ? 'the model reasoned but wrote no article'
      : 'the model returned an empty reply';
    return { ...base, ok: false, reason: why, redraft: true };
  }
  return { ...base, ok: true, content };
}
