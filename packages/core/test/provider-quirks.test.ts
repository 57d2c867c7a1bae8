import { createServer } from 'node:net';
import {
  type ChatReply,
  completion,
  contextLengthExceeded,
  type FakeOpenAI,
  geminiRateLimited,
  groqRequestTooLarge,
  htmlPage,
  lmStudioUnexpectedEndpoint,
  magistralParts,
  ollamaModelNotFound,
  openAIInsufficientQuota,
  openAIInvalidKey,
  openAIModelNotFound,
  openAIRateLimited,
  openRouterErrorIn200,
  openRouterFinishError,
  reasoningAteTheBudget,
  reasoningContentField,
  refusal,
  startFakeOpenAI,
  thinkThenArticle,
  unaskedEventStream,
  unsupportedMaxTokens,
} from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { type Completion, createModelClient, type ModelSettings } from '../src/model/client.js';

const KEY = 'sk-proj-quirk-0123456789abcdefSECRET';
const ARTICLE = '---\ntitle: Titre\ndescription: Desc\nkeywords: [a]\n---\n\n## Partie\n\nTexte.\n';
const messages = [
  { role: 'system' as const, content: 'Écris un article.' },
  { role: 'user' as const, content: '<source id="x">Texte.</source>' },
];

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** One draft through the real SDK against the fake playing `replies`; the requests it cost. */
async function draft(replies: ChatReply[], settings: Partial<ModelSettings> = {}) {
  fake = await startFakeOpenAI({ replies, fallback: completion(ARTICLE) });
  const client = createModelClient({
    model: 'gpt-5-mini',
    baseURL: fake.baseURL,
    apiKey: KEY,
    backoffBaseMs: 5,
    maxRetries: 2,
    ...settings,
  });
  const result = await client.complete(messages, { maxOutputTokens: 4_000, deadline: Date.now() + 20_000 });
  // No output may carry the key or a stack trace.
  expect(JSON.stringify(result)).not.toContain('SECRET');
  expect(JSON.stringify(result)).not.toMatch(/\n\s+at |TypeError|SyntaxError/);
  return { result, requests: fake.requests.length };
}

const reason = (result: Completion) => (result.ok ? '' : result.reason);

describe('reasoning is never part of the article', () => {
  it.each([
    ['a <think> block (vLLM, LM Studio, Groq raw)', thinkThenArticle(ARTICLE, 'block')],
    ['a lone </think> (R1 distills, Qwen3 templates)', thinkThenArticle(ARTICLE, 'lone-close')],
    ['a <thinking> block', thinkThenArticle(ARTICLE, 'thinking')],
    ['reasoning_content beside content (DeepSeek)', reasoningContentField(ARTICLE)],
    ['content parts with a thinking part (Magistral)', magistralParts(ARTICLE)],
  ])('reads the article behind %s in one request', async (_name, reply) => {
    const { result, requests } = await draft([reply]);
    expect(result).toMatchObject({ ok: true, content: ARTICLE });
    expect(requests).toBe(1);
  });

  it('says reasoning took the budget when a reply is cut off with only reasoning, and names the setting', async () => {
    const { result, requests } = await draft([reasoningAteTheBudget(4_000)]);
    expect(result).toMatchObject({ ok: false, cutOff: true, reasoning: true, redraft: true });
    expect(reason(result)).toMatch(
      /reasoning used 4000 of the 4000 output tokens: raise rewrite.maxOutputTokens/,
    );
    expect(requests).toBe(1);
  });
});

describe('errors classified, not guessed', () => {
  it.each([
    [
      'a wrong key (401)',
      openAIInvalidKey(KEY),
      /HTTP 401: Incorrect API key.*Check the API key: OPENAI_API_KEY/,
    ],
    [
      'an empty account (insufficient_quota)',
      openAIInsufficientQuota(),
      /exceeded your current quota.*add billing/,
    ],
    [
      'an unknown model (404)',
      openAIModelNotFound('gpt-6'),
      /`gpt-6` does not exist.*Check the model name: .*\/v1\/models/,
    ],
    [
      'a request too large (Groq 413)',
      groqRequestTooLarge(),
      /HTTP 413: Request too large.*lower rewrite.maxOutputTokens/,
    ],
    [
      'a context overflow (400)',
      contextLengthExceeded(),
      /maximum context length.*rewrite.profile.contextTokens/,
    ],
    ['max_tokens refused (GPT-5 under another name)', unsupportedMaxTokens(), /rewrite.profile.tokenParam/],
    [
      'an HTML page under HTTP 200',
      htmlPage(),
      /answered with an HTML page \("Welcome"\).*OpenAI-compatible.*\/v1/,
    ],
    ['an event stream nobody asked for', unaskedEventStream(), /event stream/],
    [
      "LM Studio's 200 for an unknown route",
      lmStudioUnexpectedEndpoint(),
      /Unexpected endpoint or method.*"\/v1"/,
    ],
    [
      'a JSON null body',
      { kind: 'raw', status: 200, body: 'null' } as ChatReply,
      /with JSON null instead of a chat completion/,
    ],
    [
      'an empty HTTP 200 body',
      { kind: 'raw', status: 200, body: '' } as ChatReply,
      /HTTP 200 with an empty body/,
    ],
    ['a refusal', refusal(), /the model refused: I'm sorry/],
    [
      "Ollama's plain-text 404 for a base URL without /v1",
      { kind: 'raw', status: 404, body: '404 page not found', contentType: 'text/plain' } as ChatReply,
      /HTTP 404: 404 page not found\. Check the base URL: .*\/chat\/completions does not exist there \(does the base URL need "\/v1"\?\)/,
    ],
  ])(
    "fails in exactly one request on %s, with the provider's words and a hint",
    async (_name, reply, message) => {
      const { result, requests } = await draft([reply, reply, reply]);
      expect(result).toMatchObject({ ok: false, redraft: false });
      expect(reason(result)).toMatch(message);
      expect(requests).toBe(1);
    },
  );

  it('names the host in provider errors and masks the key the provider quotes back', async () => {
    const { result } = await draft([openAIInvalidKey(KEY)]);
    expect(reason(result)).toContain(`127.0.0.1:${new URL(fake?.baseURL ?? '').port} answered HTTP 401`);
    expect(reason(result)).not.toContain(KEY.slice(0, 12));
  });

  it('tells Ollama users to pull a model it does not have', async () => {
    const { result, requests } = await draft([ollamaModelNotFound('qwen3:8b')], { localServer: true });
    expect(reason(result)).toMatch(/model "qwen3:8b" not found, try pulling it first.*ollama pull/);
    expect(requests).toBe(1);
  });

  it("keeps vLLM's flat error body and FastAPI's detail readable", async () => {
    const vllm: ChatReply = {
      kind: 'error',
      status: 400,
      body: {
        object: 'error',
        message: 'temperature must be non-negative',
        type: 'BadRequestError',
        param: null,
        code: 400,
      },
    };
    const { result } = await draft([vllm]);
    expect(reason(result)).toMatch(/HTTP 400: temperature must be non-negative.*rewrite.profile.temperature/);
  });
});

describe('proxies', () => {
  it("retries a gateway's HTML 502 page and reports its title, not the page", async () => {
    const page: ChatReply = {
      kind: 'raw',
      status: 502,
      contentType: 'text/html',
      body: '<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>',
    };
    const { result, requests } = await draft([page, page, page]);
    expect(reason(result)).toMatch(
      /HTTP 502: an HTML page titled "502 Bad Gateway", not an OpenAI-compatible error \(after 3 requests\)/,
    );
    expect(reason(result)).not.toContain('<center>');
    expect(requests).toBe(3);
  });
});

describe('OpenRouter reports errors under HTTP 200', () => {
  it('retries an upstream 502 sent as a 200 with an error object, and keeps its message', async () => {
    const { result, requests } = await draft([
      openRouterErrorIn200(502),
      openRouterErrorIn200(502),
      openRouterErrorIn200(502),
    ]);
    expect(result.ok).toBe(false);
    expect(reason(result)).toMatch(
      /HTTP 200 with an error 502: Provider returned error \(upstream connect error\) \(after 3 requests\)/,
    );
    expect(requests).toBe(3);
  });

  it('does not retry a 400 sent as a 200', async () => {
    const { requests, result } = await draft([openRouterErrorIn200(400, 'Invalid model parameters')]);
    expect(reason(result)).toContain('Invalid model parameters');
    expect(requests).toBe(1);
  });

  it('treats finish_reason "error" as a provider fault and asks again', async () => {
    const { result, requests } = await draft([openRouterFinishError()]);
    expect(result).toMatchObject({ ok: true, content: ARTICLE });
    expect(requests).toBe(2);
  });
});

describe('waits the provider asks for', () => {
  it("honours OpenAI's x-ratelimit-reset-tokens when no Retry-After is sent", async () => {
    const started = Date.now();
    const { result, requests } = await draft([openAIRateLimited('400ms')], { backoffBaseMs: 1 });
    expect(result.ok).toBe(true);
    expect(requests).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it("honours Gemini's retryDelay inside its array-wrapped 429 body", async () => {
    const started = Date.now();
    const { result, requests } = await draft([geminiRateLimited('0.4s')], { backoffBaseMs: 1 });
    expect(result.ok).toBe(true);
    expect(requests).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it("does not wait out Gemini's daily quota: one request, and the reason says when it resets", async () => {
    const daily = geminiRateLimited('40s', 'GenerateRequestsPerDayPerProjectPerModel-FreeTier');
    const { result, requests } = await draft([daily, daily, daily]);
    expect(reason(result)).toMatch(/HTTP 429: You exceeded your current quota.*daily quota is used up/);
    expect(requests).toBe(1);
  });

  it("keeps Gemini's own message when the retries run out", async () => {
    const { result, requests } = await draft([geminiRateLimited('0.01s')], { maxRetries: 0 });
    expect(reason(result)).toMatch(/HTTP 429: You exceeded your current quota. Please retry in 0.01s./);
    expect(requests).toBe(1);
  });
});

describe('transport faults', () => {
  it('retries a connection cut mid-body, then reports it without a stack trace', async () => {
    const cut: ChatReply = { kind: 'cut', content: ARTICLE, bytes: 60 };
    const once = await draft([cut]);
    expect(once.result).toMatchObject({ ok: true, content: ARTICLE });
    expect(once.requests).toBe(2);
    await fake?.close();
    const always = await draft([cut, cut, cut]);
    expect(reason(always.result)).toMatch(
      /connection to .*\/chat\/completions was cut while the reply was arriving.*after 3 requests/,
    );
  });

  it('fails at once, naming the URL, when nothing listens there', async () => {
    const port = await freePort();
    const client = createModelClient({
      model: 'llama3.1',
      baseURL: `http://127.0.0.1:${port}/v1`,
      backoffBaseMs: 5,
    });
    const started = Date.now();
    const result = await client.complete(messages, { maxOutputTokens: 100, deadline: Date.now() + 20_000 });
    expect(result).toMatchObject({ ok: false, requests: 1 });
    expect(reason(result)).toBe(
      `nothing is listening at http://127.0.0.1:${port}/v1 (connection refused): is the server running, on this port?`,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not send a timed-out request again to a local server, which is still generating it', async () => {
    const { result, requests } = await draft([{ kind: 'hang' }], {
      localServer: true,
      requestTimeoutMs: 200,
    });
    expect(reason(result)).toMatch(/did not answer within the request timeout.*rewrite.requestTimeoutMs/);
    expect(requests).toBe(1);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
