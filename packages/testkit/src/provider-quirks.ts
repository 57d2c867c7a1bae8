import type { ChatReply } from './fake-openai.js';

/**
 * Replies as real providers send them, for the fake server to play back: status, headers, body
 * shape, finish_reason and usage. Each names the provider and the documented behaviour it copies.
 */

/** An article behind a reasoning block, as the model wrote it. */
export function thinkThenArticle(
  article: string,
  style: 'block' | 'lone-close' | 'thinking' = 'block',
): ChatReply {
  // vLLM without `--reasoning-parser`, LM Studio without "separate reasoning_content", Groq's
  // `reasoning_format: "raw"` (its default for qwen3) and llama.cpp `--reasoning-format none`
  // return the reasoning inline in `content`. Chat templates that open `<think>` in the prompt
  // (DeepSeek-R1 distills, Qwen3) make the reply start mid-reasoning and show only `</think>`.
  const reasoning =
    'Okay, the user wants a French SEO article. Let me plan the sections: context, facts, recap.';
  const content =
    style === 'block'
      ? `<think>\n${reasoning}\n</think>\n\n${article}`
      : style === 'thinking'
        ? `<thinking>${reasoning}</thinking>\n${article}`
        : `${reasoning}\n</think>\n\n${article}`;
  return { kind: 'completion', content, usage: { prompt_tokens: 1_500, completion_tokens: 2_400 } };
}

/** DeepSeek's `deepseek-reasoner` (and vLLM/llama.cpp with a reasoning parser): `reasoning_content` beside `content`. */
export function reasoningContentField(article: string): ChatReply {
  return {
    kind: 'completion',
    content: article,
    message: { reasoning_content: 'Let me think about the structure first…' },
    usage: {
      prompt_tokens: 1_500,
      completion_tokens: 3_000,
      completion_tokens_details: { reasoning_tokens: 1_200 },
    },
  };
}

/**
 * Mistral's Magistral: `content` is an array of chunks, a `thinking` chunk (itself a list of text
 * chunks) then a `text` chunk (docs.mistral.ai, reasoning; spring-ai#5019 shows the raw reply).
 */
export function magistralParts(article: string): ChatReply {
  return {
    kind: 'completion',
    content: [
      { type: 'thinking', thinking: [{ type: 'text', text: 'Je dois d’abord lister les faits…' }] },
      { type: 'text', text: article },
    ],
    usage: { prompt_tokens: 1_500, completion_tokens: 2_600 },
  };
}

/**
 * A reasoning model whose thinking took the whole budget: OpenAI reports it in
 * `usage.completion_tokens_details.reasoning_tokens` with an empty `content` and
 * `finish_reason: "length"`; Gemini 2.5 counts thoughts against `max_tokens` the same way.
 */
export function reasoningAteTheBudget(budget: number): ChatReply {
  return {
    kind: 'completion',
    content: '',
    finishReason: 'length',
    usage: {
      prompt_tokens: 1_500,
      completion_tokens: budget,
      completion_tokens_details: { reasoning_tokens: budget },
    },
  };
}

/**
 * OpenRouter: "any error occurred while the LLM is producing the output will be emitted in the
 * response body" with HTTP 200 (openrouter.ai/docs/api-reference/errors); `error.code` carries
 * the status it stands for, and `finish_reason` may be "error".
 */
export function openRouterErrorIn200(code = 502, message = 'Provider returned error'): ChatReply {
  return {
    kind: 'raw',
    status: 200,
    body: JSON.stringify({
      id: 'gen-1733000000-abc',
      object: 'chat.completion',
      error: { code, message, metadata: { provider_name: 'Fireworks', raw: 'upstream connect error' } },
    }),
  };
}

/** OpenRouter's choice-level form: `finish_reason: "error"` with the error on the choice. */
export function openRouterFinishError(message = 'Upstream stream ended unexpectedly'): ChatReply {
  return {
    kind: 'completion',
    content: '',
    finishReason: 'error',
    choice: { native_finish_reason: 'error', error: { code: 502, message } },
  };
}

/** OpenAI's 429 for a rate limit: only `x-ratelimit-*` headers say when to come back (no Retry-After). */
export function openAIRateLimited(resetTokens: string, resetRequests = '20ms'): ChatReply {
  return {
    kind: 'error',
    status: 429,
    headers: {
      'x-ratelimit-limit-requests': '500',
      'x-ratelimit-limit-tokens': '200000',
      'x-ratelimit-remaining-requests': '499',
      'x-ratelimit-remaining-tokens': '0',
      'x-ratelimit-reset-requests': resetRequests,
      'x-ratelimit-reset-tokens': resetTokens,
    },
    body: {
      error: {
        message:
          'Rate limit reached for gpt-5-mini in organization org-abc on tokens per min (TPM): Limit 200000, Used 199000, Requested 4000. Please try again in 1.2s.',
        type: 'tokens',
        param: null,
        code: 'rate_limit_exceeded',
      },
    },
  };
}

/** OpenAI's empty account: a 429 that no wait cures (platform.openai.com/docs/guides/error-codes). */
export function openAIInsufficientQuota(): ChatReply {
  return {
    kind: 'error',
    status: 429,
    body: {
      error: {
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    },
  };
}

/** OpenAI's 401 quotes a masked prefix and suffix of the key it was sent. */
export function openAIInvalidKey(key: string): ChatReply {
  return {
    kind: 'error',
    status: 401,
    body: {
      error: {
        message: `Incorrect API key provided: ${key.slice(0, 8)}${'*'.repeat(20)}${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    },
  };
}

/** OpenAI's 404 for a model name it does not serve to this key. */
export function openAIModelNotFound(model: string): ChatReply {
  return {
    kind: 'error',
    status: 404,
    body: {
      error: {
        message: `The model \`${model}\` does not exist or you do not have access to it.`,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      },
    },
  };
}

/** Ollama's OpenAI-compatible 404 for a model that is not pulled. */
export function ollamaModelNotFound(model: string): ChatReply {
  return {
    kind: 'error',
    status: 404,
    body: {
      error: {
        message: `model "${model}" not found, try pulling it first`,
        type: 'api_error',
        param: null,
        code: null,
      },
    },
  };
}

/**
 * Gemini's OpenAI-compatible endpoint: the 429 body is a JSON array around Google's error, and
 * the wait is only in `details[].retryDelay` (google.rpc.RetryInfo); no Retry-After header. The
 * `QuotaFailure` names the quota hit (per minute or per day).
 */
export function geminiRateLimited(
  retryDelay: string,
  quotaId = 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
): ChatReply {
  return {
    kind: 'error',
    status: 429,
    body: [
      {
        error: {
          code: 429,
          message: `You exceeded your current quota. Please retry in ${retryDelay}.`,
          status: 'RESOURCE_EXHAUSTED',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
              violations: [
                {
                  quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
                  quotaId,
                },
              ],
            },
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay },
          ],
        },
      },
    ],
  };
}

/**
 * Groq's 413 when one request exceeds the tokens-per-minute limit of the plan: a longer repair
 * prompt is the usual trigger (console.groq.com/docs/errors).
 */
export function groqRequestTooLarge(): ChatReply {
  return {
    kind: 'error',
    status: 413,
    body: {
      error: {
        message:
          'Request too large for model `qwen/qwen3-32b` in organization `org_01` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Requested 9120, please reduce your message size and try again.',
        type: 'tokens',
        code: 'rate_limit_exceeded',
      },
    },
  };
}

/** OpenAI's 400 when prompt plus budget exceed the context window. */
export function contextLengthExceeded(): ChatReply {
  return {
    kind: 'error',
    status: 400,
    body: {
      error: {
        message:
          "This model's maximum context length is 32768 tokens. However, you requested 34120 tokens (4120 in the messages, 30000 in the completion). Please reduce the length of the messages or completion.",
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    },
  };
}

/** OpenAI's 400 to `max_tokens` sent to GPT-5 or an o-series model (an Azure deployment with its own name). */
export function unsupportedMaxTokens(): ChatReply {
  return {
    kind: 'error',
    status: 400,
    body: {
      error: {
        message:
          "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
        type: 'invalid_request_error',
        param: 'max_tokens',
        code: 'unsupported_parameter',
      },
    },
  };
}

/** LM Studio answers a path it does not serve (a base URL without /v1) with HTTP 200 and a string error. */
export function lmStudioUnexpectedEndpoint(): ChatReply {
  return {
    kind: 'raw',
    status: 200,
    body: JSON.stringify({ error: 'Unexpected endpoint or method. (POST /chat/completions)' }),
    contentType: 'application/json; charset=utf-8',
  };
}

/** A web page where the API should be (a base URL that points at a site, or a login portal). */
export function htmlPage(): ChatReply {
  return {
    kind: 'raw',
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html><head><title>Welcome</title></head><body>Hello</body></html>',
  };
}

/** A proxy that streams although `stream` was not asked for. */
export function unaskedEventStream(): ChatReply {
  return {
    kind: 'raw',
    status: 200,
    contentType: 'text/event-stream',
    body: 'data: {"choices":[{"delta":{"content":"Bon"}}]}\n\ndata: [DONE]\n\n',
  };
}

/** OpenAI's refusal: `content: null` and the words in `message.refusal`. */
export function refusal(): ChatReply {
  return {
    kind: 'completion',
    content: null,
    message: { refusal: "I'm sorry, but I can't help with that." },
  };
}
