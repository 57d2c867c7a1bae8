import type { ServerResponse } from 'node:http';
import { createFakeBatches, type FakeBatches, type FakeBatchesOptions } from './fake-batches.js';
import { type RecordedRequest, sendJson, startLocalServer } from './http.js';

/** What the fake answers to one `POST /v1/chat/completions`. */
export type ChatReply =
  | {
      kind: 'completion';
      /** A string, `null` (a refusal, or all budget spent reasoning), or content parts (Magistral). */
      content: string | null | unknown[];
      finishReason?: 'stop' | 'length' | 'content_filter' | 'error';
      usage?: {
        prompt_tokens: number;
        completion_tokens: number;
        completion_tokens_details?: { reasoning_tokens?: number };
      };
      /** More fields of `choices[0].message`: `reasoning_content`, `reasoning`, `refusal`. */
      message?: Record<string, unknown>;
      /** More fields of `choices[0]` (OpenRouter's `error`, `native_finish_reason`). */
      choice?: Record<string, unknown>;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  | {
      kind: 'error';
      status: number;
      message?: string;
      /** The whole body, when the provider's is not OpenAI's `{ "error": { … } }`. */
      body?: unknown;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  /** Any body, as is: for servers that answer something that is not a chat completion. */
  | { kind: 'raw'; status: number; body: string; contentType?: string; headers?: Record<string, string> }
  /** Destroys the socket without answering: the client sees a connection reset. */
  | { kind: 'reset' }
  /** Sends the status, headers and the first `bytes` of a completion, then cuts the connection. */
  | { kind: 'cut'; content: string; bytes: number }
  /** Never answers (until the server closes): for timeouts. */
  | { kind: 'hang' };

export type ChatScript = ChatReply | ((request: RecordedRequest, index: number) => ChatReply);

export interface FakeOpenAIOptions {
  /** Replies in order, one per chat request; after the last, `fallback` answers. */
  replies?: ChatScript[];
  fallback?: ChatScript;
  /** Latency added to every completion, in milliseconds (benchmarks). */
  latencyMs?: number;
  /** The Files and Batches endpoints (fake-batches.ts). */
  batches?: FakeBatchesOptions;
  /**
   * `GET /v1/models` lists these ids, as Ollama, vLLM, LM Studio and llama.cpp do (OpenAI's
   * list shape); unset: `["gpt-5-mini"]`, so a client that asks finds one model.
   */
  models?: string[];
  /**
   * Replies generated at once; later requests wait their turn, as on llama.cpp's server with one
   * slot or Ollama with `OLLAMA_NUM_PARALLEL=1`. Unset: no limit.
   */
  slots?: number;
}

export interface FakeOpenAI {
  /** The base URL to give the SDK, ending in `/v1`. */
  baseURL: string;
  /** Every chat completion request received, in order. */
  requests: RecordedRequest[];
  /** The most chat requests that were open at once (to check client-side concurrency). */
  readonly maxInFlight: number;
  /** Requests the client gave up on (closed) before their reply was sent: work wasted on a local server. */
  readonly abandoned: number;
  /** Every `GET /v1/models` received. */
  modelRequests: RecordedRequest[];
  /** Appends replies to the script. */
  enqueue(...replies: ChatScript[]): void;
  batches: FakeBatches;
  close(): Promise<void>;
}

export const completion = (
  content: string,
  extra: Omit<Extract<ChatReply, { kind: 'completion' }>, 'kind' | 'content'> = {},
): ChatReply => ({
  kind: 'completion',
  content,
  ...extra,
});

const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/** A chat message as the client sent it. */
export interface SentMessage {
  role: string;
  content: string;
}

/** The messages of a recorded chat request, for assertions on what the client sent. */
export const chatMessages = (request: Pick<RecordedRequest, 'body'> | undefined): SentMessage[] =>
  (request?.body as { messages?: SentMessage[] } | undefined)?.messages ?? [];

/** The model a recorded chat request asked for. */
export const chatModel = (request: Pick<RecordedRequest, 'body'> | undefined): string | undefined =>
  (request?.body as { model?: string } | undefined)?.model;

function promptText(body: unknown): string {
  return chatMessages({ body })
    .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)))
    .join('\n');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A local OpenAI-compatible Chat Completions server on 127.0.0.1, scripted per request,
 * for the real `openai` SDK to talk to in tests and benchmarks.
 */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const queue: ChatScript[] = [...(options.replies ?? [])];
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fallback: ChatScript = options.fallback ?? {
    kind: 'error',
    status: 500,
    message: 'fake-openai: no scripted reply left',
  };

  const completionBody = (request: RecordedRequest, reply: Extract<ChatReply, { kind: 'completion' }>) => {
    const body = request.body as { model?: string };
    const text = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content ?? '');
    const usage = reply.usage ?? {
      prompt_tokens: estimateTokens(promptText(request.body)),
      completion_tokens: estimateTokens(text),
    };
    return {
      id: `chatcmpl-fake-${requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body?.model ?? 'fake-model',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: reply.content, refusal: null, ...reply.message },
          finish_reason: reply.finishReason ?? 'stop',
          logprobs: null,
          ...reply.choice,
        },
      ],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    };
  };

  const answer = async (request: RecordedRequest, res: ServerResponse, reply: ChatReply) => {
    switch (reply.kind) {
      case 'reset':
        res.socket?.destroy();
        return;
      case 'hang':
        return;
      case 'raw':
        res.writeHead(reply.status, {
          'content-type': reply.contentType ?? 'application/json',
          ...reply.headers,
        });
        res.end(reply.body);
        return;
      case 'cut': {
        const text = JSON.stringify(completionBody(request, { kind: 'completion', content: reply.content }));
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(text)),
        });
        res.write(text.slice(0, reply.bytes), () => res.socket?.destroy());
        return;
      }
      case 'error':
        if (reply.delayMs) await sleep(reply.delayMs);
        sendJson(
          res,
          reply.status,
          reply.body ?? {
            error: { message: reply.message ?? `fake error ${reply.status}`, type: 'fake_error', code: null },
          },
          reply.headers,
        );
        return;
      case 'completion': {
        const delay = (reply.delayMs ?? 0) + (options.latencyMs ?? 0);
        if (delay) await sleep(delay);
        if (res.destroyed || res.writableEnded) return;
        sendJson(res, 200, completionBody(request, reply), reply.headers);
        return;
      }
    }
  };

  const batches = createFakeBatches(options.batches);
  // A server with `slots` generates that many replies at once; the rest wait, still open.
  let busy = 0;
  const waiting: Array<() => void> = [];
  const acquire = async () => {
    if (options.slots === undefined) return;
    if (busy < options.slots) {
      busy++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    if (options.slots === undefined) return;
    const next = waiting.shift();
    if (next) next();
    else busy--;
  };
  let abandoned = 0;
  const modelRequests: RecordedRequest[] = [];

  const server = await startLocalServer(async (request, res) => {
    if (await batches.handle(request, res)) return;
    if (request.method === 'POST' && request.path.replace(/\?.*$/, '') === '/v1/chat/completions') {
      const index = requests.length;
      requests.push(request);
      const script = queue.shift() ?? fallback;
      const reply = typeof script === 'function' ? script(request, index) : script;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => {
        inFlight--;
        if (!res.writableFinished) abandoned++;
      });
      await acquire();
      try {
        // The server still generates a reply whose client left: that is the slot's time lost.
        await answer(request, res, reply);
      } finally {
        release();
      }
      return;
    }
    if (request.method === 'GET' && request.path.replace(/\?.*$/, '') === '/v1/models') {
      modelRequests.push(request);
      const ids = options.models ?? ['gpt-5-mini'];
      sendJson(res, 200, {
        object: 'list',
        data: ids.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'local' })),
      });
      return;
    }
    sendJson(res, 404, { error: { message: `fake-openai: no route for ${request.method} ${request.path}` } });
  });

  return {
    baseURL: `${server.origin}/v1`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get abandoned() {
      return abandoned;
    },
    modelRequests,
    enqueue: (...replies) => queue.push(...replies),
    batches,
    close: server.close,
  };
}
