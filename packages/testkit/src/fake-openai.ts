import type { ServerResponse } from 'node:http';
import { createFakeBatches, type FakeBatches, type FakeBatchesOptions } from './fake-batches.js';
import { type RecordedRequest, sendJson, startLocalServer } from './http.js';

/** What the fake answers to one `POST /v1/chat/completions`. */
export type ChatReply =
  | {
      kind: 'completion';
      content: string;
      finishReason?: 'stop' | 'length' | 'content_filter';
      usage?: { prompt_tokens: number; completion_tokens: number };
      delayMs?: number;
    }
  | { kind: 'error'; status: number; message?: string; headers?: Record<string, string>; delayMs?: number }
  /** Any body, as is: for servers that answer something that is not a chat completion. */
  | { kind: 'raw'; status: number; body: string; contentType?: string }
  /** Destroys the socket without answering: the client sees a connection reset. */
  | { kind: 'reset' }
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
}

export interface FakeOpenAI {
  /** The base URL to give the SDK, ending in `/v1`. */
  baseURL: string;
  /** Every chat completion request received, in order. */
  requests: RecordedRequest[];
  /** The most chat requests that were open at once (to check client-side concurrency). */
  readonly maxInFlight: number;
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

  const answer = async (request: RecordedRequest, res: ServerResponse, reply: ChatReply) => {
    switch (reply.kind) {
      case 'reset':
        res.socket?.destroy();
        return;
      case 'hang':
        return;
      case 'raw':
        res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
        res.end(reply.body);
        return;
      case 'error':
        if (reply.delayMs) await sleep(reply.delayMs);
        sendJson(
          res,
          reply.status,
          {
            error: { message: reply.message ?? `fake error ${reply.status}`, type: 'fake_error', code: null },
          },
          reply.headers,
        );
        return;
      case 'completion': {
        const delay = (reply.delayMs ?? 0) + (options.latencyMs ?? 0);
        if (delay) await sleep(delay);
        const body = request.body as { model?: string };
        sendJson(res, 200, {
          id: `chatcmpl-fake-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body?.model ?? 'fake-model',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: reply.content, refusal: null },
              finish_reason: reply.finishReason ?? 'stop',
              logprobs: null,
            },
          ],
          usage: (() => {
            const usage = reply.usage ?? {
              prompt_tokens: estimateTokens(promptText(request.body)),
              completion_tokens: estimateTokens(reply.content),
            };
            return { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
          })(),
        });
        return;
      }
    }
  };

  const batches = createFakeBatches(options.batches);
  const server = await startLocalServer(async (request, res) => {
    if (await batches.handle(request, res)) return;
    if (request.method === 'POST' && request.path.replace(/\?.*$/, '') === '/v1/chat/completions') {
      const index = requests.length;
      requests.push(request);
      const script = queue.shift() ?? fallback;
      const reply = typeof script === 'function' ? script(request, index) : script;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => inFlight--);
      await answer(request, res, reply);
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
    enqueue: (...replies) => queue.push(...replies),
    batches,
    close: server.close,
  };
}
