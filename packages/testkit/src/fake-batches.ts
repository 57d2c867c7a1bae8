import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Batch } from 'openai/resources/batches';
import { type RecordedRequest, sendJson } from './http.js';

/**
 * OpenAI's Files and Batches endpoints, as documented in the API reference
 * (platform.openai.com/docs/api-reference/batch and /files) and the Batch guide:
 * - `POST /v1/files` (multipart: `file`, `purpose`) answers a File object;
 *   `GET /v1/files/{id}/content` answers the file's bytes.
 * - `POST /v1/batches` (`input_file_id`, `endpoint`, `completion_window: "24h"`) answers a Batch
 *   in `validating`; `GET /v1/batches/{id}` moves it on: `validating → in_progress → finalizing →
 *   completed`, or `failed` (validation errors in `errors.data`, no output), `expired` (not done
 *   within the window) or `cancelling → cancelled` (`POST /v1/batches/{id}/cancel`).
 * - Results are JSONL files: `output_file_id` holds one line per request that got an HTTP 200
 *   (`{id, custom_id, response: {status_code, request_id, body}, error: null}`), `error_file_id`
 *   the requests that got an error status, and those an expiry or a cancellation left unrun
 *   (`response: null, error: {code: "batch_expired" | "batch_cancelled", message}`): an expired or
 *   cancelled batch still returns the results of the requests that ran.
 * - An input file holds at most 50,000 requests and 200 MB, for one model and one endpoint,
 *   with unique `custom_id`s.
 */

/** How the fake answers one request line of a batch. */
export type BatchLineReply =
  | {
      kind: 'completion';
      content: string;
      finishReason?: 'stop' | 'length' | 'content_filter';
      usage?: { prompt_tokens: number; completion_tokens: number };
    }
  | { kind: 'error'; status: number; message?: string };

/** One line of an uploaded batch input file. */
export interface BatchInputLine {
  custom_id: string;
  method: string;
  url: string;
  body: { model?: string; messages?: Array<{ role: string; content: string }>; [key: string]: unknown };
}

/** What becomes of a batch once it has been validated. */
export type BatchOutcome =
  | { status: 'completed' }
  /** The window ends after `ran` requests have run; the rest are reported `batch_expired`. */
  | { status: 'expired'; ran: number }
  /** Someone cancels it after `ran` requests have run. */
  | { status: 'cancelled'; ran: number }
  /** Validation fails with this error (besides the errors the fake finds in the file itself). */
  | { status: 'failed'; code: string; message: string };

/** The statuses OpenAI documents for a batch, as its SDK types them. */
export type BatchStatus = Batch['status'];

export interface FakeBatchesOptions {
  /** Answers each request line; default: an error 500 (nothing scripted). */
  reply?: (line: BatchInputLine, index: number) => BatchLineReply;
  /** The outcome of the n-th batch created (0-based). Default: completed. */
  outcome?: (index: number, lines: readonly BatchInputLine[]) => BatchOutcome;
  /** Retrieves a batch spends in each non-terminal status before moving on (default 1). */
  pollsPerStatus?: number;
  /** A batch reaches its outcome at the first look after its creation (a scheduled job's next run). */
  instant?: boolean;
  /** Batches stay `in_progress` until `release()`: a provider that takes its time. */
  hold?: boolean;
  /** OpenAI's limits per input file, lowered in tests of splitting. */
  maxRequestsPerBatch?: number;
  maxFileBytes?: number;
}

export interface FakeFile {
  id: string;
  purpose: string;
  filename: string;
  text: string;
}

export interface FakeBatch {
  id: string;
  status: BatchStatus;
  inputFileId: string;
  endpoint: string;
  metadata: Record<string, string> | null;
  lines: BatchInputLine[];
  outputFileId: string | null;
  errorFileId: string | null;
  errors: Array<{ code: string; message: string; line: number | null; param: string | null }>;
  counts: { total: number; completed: number; failed: number };
  createdAt: number;
  timestamps: Partial<Record<BatchStatus, number>>;
  polls: number;
  outcome: BatchOutcome;
}

export interface FakeBatches {
  /** Every file uploaded (`purpose: batch`) or produced (`batch_output`), in order. */
  readonly files: FakeFile[];
  /** Every batch created, in order. */
  readonly batches: FakeBatch[];
  /** Files uploaded by the client (not the ones the fake produced). */
  readonly uploads: number;
  /** Every Files and Batches request received (uploads, creates, retrieves, downloads), in order. */
  readonly requests: RecordedRequest[];
  /** Lets held batches finish (see `hold`). */
  release(): void;
  /** Routes a request; false when it is not a Files or Batches request. */
  handle(request: RecordedRequest, res: ServerResponse): Promise<boolean>;
}

export const OPENAI_MAX_REQUESTS_PER_BATCH = 50_000;
export const OPENAI_MAX_BATCH_FILE_BYTES = 200 * 1024 * 1024;
const WINDOW_SECONDS = 24 * 60 * 60;

const now = () => Math.floor(Date.now() / 1000);
const token = (prefix: string) => `${prefix}${randomBytes(12).toString('hex')}`;
const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

const invalid = (res: ServerResponse, status: number, message: string, param: string | null = null) =>
  sendJson(res, status, { error: { message, type: 'invalid_request_error', param, code: null } });

/** Validation as OpenAI does it before running anything: each problem with its 1-based line. */
function validate(
  text: string,
  endpoint: string,
  limits: { requests: number; bytes: number },
): { lines: BatchInputLine[]; errors: FakeBatch['errors'] } {
  const errors: FakeBatch['errors'] = [];
  const lines: BatchInputLine[] = [];
  if (Buffer.byteLength(text, 'utf8') > limits.bytes) {
    errors.push({
      code: 'file_too_large',
      message: `The input file is larger than the ${limits.bytes} bytes allowed.`,
      line: null,
      param: null,
    });
  }
  const ids = new Set<string>();
  const models = new Set<string>();
  const rows = text.split('\n').filter((row) => row.trim() !== '');
  rows.forEach((row, i) => {
    const line = i + 1;
    let parsed: BatchInputLine;
    try {
      parsed = JSON.parse(row) as BatchInputLine;
    } catch {
      errors.push({
        code: 'invalid_json_line',
        message: 'This line is not parseable as valid JSON.',
        line,
        param: null,
      });
      return;
    }
    if (typeof parsed.custom_id !== 'string' || parsed.custom_id === '') {
      errors.push({
        code: 'missing_required_parameter',
        message: 'Missing custom_id.',
        line,
        param: 'custom_id',
      });
    } else if (ids.has(parsed.custom_id)) {
      errors.push({
        code: 'duplicate_custom_id',
        message: 'The custom_id for this request is a duplicate of another request.',
        line,
        param: 'custom_id',
      });
    }
    ids.add(parsed.custom_id);
    if (parsed.method !== 'POST' || parsed.url !== endpoint) {
      errors.push({
        code: 'mismatched_endpoint',
        message: `The url must be ${endpoint} with method POST.`,
        line,
        param: 'url',
      });
    }
    if (typeof parsed.body?.model === 'string') models.add(parsed.body.model);
    lines.push(parsed);
  });
  if (rows.length > limits.requests) {
    errors.push({
      code: 'too_many_requests',
      message: `The input file holds ${rows.length} requests; at most ${limits.requests} are allowed.`,
      line: null,
      param: null,
    });
  }
  if (models.size > 1) {
    errors.push({
      code: 'mismatched_model',
      message: 'All requests in a batch must use the same model.',
      line: null,
      param: 'model',
    });
  }
  if (rows.length === 0)
    errors.push({ code: 'empty_file', message: 'The input file is empty.', line: null, param: null });
  return { lines, errors };
}

function chatCompletion(line: BatchInputLine, reply: Extract<BatchLineReply, { kind: 'completion' }>) {
  const prompt = (line.body.messages ?? []).map((m) => m.content).join('\n');
  const usage = reply.usage ?? {
    prompt_tokens: estimateTokens(prompt),
    completion_tokens: estimateTokens(reply.content),
  };
  return {
    id: token('chatcmpl-'),
    object: 'chat.completion',
    created: now(),
    model: line.body.model ?? 'fake-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: reply.content, refusal: null },
        finish_reason: reply.finishReason ?? 'stop',
        logprobs: null,
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

export function createFakeBatches(options: FakeBatchesOptions = {}): FakeBatches {
  const files: FakeFile[] = [];
  const batches: FakeBatch[] = [];
  const requests: RecordedRequest[] = [];
  let uploads = 0;
  let held = options.hold ?? false;
  const perStatus = Math.max(1, options.pollsPerStatus ?? 1);
  const limits = {
    requests: options.maxRequestsPerBatch ?? OPENAI_MAX_REQUESTS_PER_BATCH,
    bytes: options.maxFileBytes ?? OPENAI_MAX_BATCH_FILE_BYTES,
  };
  const reply =
    options.reply ??
    (() => ({ kind: 'error', status: 500, message: 'fake-batches: no reply scripted' }) as const);

  const addFile = (purpose: string, filename: string, text: string): FakeFile => {
    const file = { id: token('file-'), purpose, filename, text };
    files.push(file);
    return file;
  };

  /** Runs the first `ran` requests (all by default); the others get `unrunCode`. */
  const run = (batch: FakeBatch, ran: number, unrunCode?: 'batch_expired' | 'batch_cancelled') => {
    const output: string[] = [];
    const errors: string[] = [];
    batch.lines.forEach((line, index) => {
      const id = token('batch_req_');
      if (index >= ran) {
        errors.push(
          JSON.stringify({
            id,
            custom_id: line.custom_id,
            response: null,
            error: {
              code: unrunCode,
              message:
                unrunCode === 'batch_expired'
                  ? 'This request could not be executed before the completion window expired.'
                  : 'This request was not executed because the batch was cancelled.',
            },
          }),
        );
        batch.counts.failed++;
        return;
      }
      const answer = reply(line, index);
      const requestId = randomBytes(16).toString('hex');
      if (answer.kind === 'error') {
        errors.push(
          JSON.stringify({
            id,
            custom_id: line.custom_id,
            response: {
              status_code: answer.status,
              request_id: requestId,
              body: {
                error: {
                  message: answer.message ?? `fake error ${answer.status}`,
                  type: 'server_error',
                  param: null,
                  code: null,
                },
              },
            },
            error: null,
          }),
        );
        batch.counts.failed++;
        return;
      }
      output.push(
        JSON.stringify({
          id,
          custom_id: line.custom_id,
          response: { status_code: 200, request_id: requestId, body: chatCompletion(line, answer) },
          error: null,
        }),
      );
      batch.counts.completed++;
    });
    // OpenAI leaves the id unset when a file would be empty.
    if (output.length > 0)
      batch.outputFileId = addFile('batch_output', `${batch.id}_output.jsonl`, `${output.join('\n')}\n`).id;
    if (errors.length > 0)
      batch.errorFileId = addFile('batch_output', `${batch.id}_error.jsonl`, `${errors.join('\n')}\n`).id;
  };

  const enter = (batch: FakeBatch, status: BatchStatus) => {
    batch.status = status;
    batch.timestamps[status] = now();
    batch.polls = 0;
  };

  /** One retrieve's worth of progress. */
  const advance = (batch: FakeBatch) => {
    batch.polls++;
    const due = batch.polls >= perStatus;
    switch (batch.status) {
      case 'validating':
        if (!due) return;
        if (batch.errors.length > 0) return enter(batch, 'failed');
        if (batch.outcome.status === 'failed') {
          batch.errors.push({
            code: batch.outcome.code,
            message: batch.outcome.message,
            line: null,
            param: null,
          });
          return enter(batch, 'failed');
        }
        return enter(batch, 'in_progress');
      case 'in_progress':
        if (!due || held) return;
        if (batch.outcome.status === 'expired') {
          run(batch, batch.outcome.ran, 'batch_expired');
          return enter(batch, 'expired');
        }
        if (batch.outcome.status === 'cancelled') return enter(batch, 'cancelling');
        return enter(batch, 'finalizing');
      case 'finalizing':
        if (!due) return;
        run(batch, batch.lines.length);
        return enter(batch, 'completed');
      case 'cancelling': {
        const ran = batch.outcome.status === 'cancelled' ? batch.outcome.ran : 0;
        run(batch, ran, 'batch_cancelled');
        return enter(batch, 'cancelled');
      }
      default:
        return;
    }
  };

  const toJson = (b: FakeBatch) => ({
    id: b.id,
    object: 'batch',
    endpoint: b.endpoint,
    errors: b.errors.length > 0 ? { object: 'list', data: b.errors } : null,
    input_file_id: b.inputFileId,
    completion_window: '24h',
    status: b.status,
    output_file_id: b.outputFileId,
    error_file_id: b.errorFileId,
    created_at: b.createdAt,
    in_progress_at: b.timestamps.in_progress ?? null,
    expires_at: b.createdAt + WINDOW_SECONDS,
    finalizing_at: b.timestamps.finalizing ?? null,
    completed_at: b.timestamps.completed ?? null,
    failed_at: b.timestamps.failed ?? null,
    expired_at: b.timestamps.expired ?? null,
    cancelling_at: b.timestamps.cancelling ?? null,
    cancelled_at: b.timestamps.cancelled ?? null,
    request_counts: b.counts,
    metadata: b.metadata,
  });

  const fileJson = (f: FakeFile) => ({
    id: f.id,
    object: 'file',
    bytes: Buffer.byteLength(f.text, 'utf8'),
    created_at: now(),
    filename: f.filename,
    purpose: f.purpose,
    status: 'processed',
  });

  const handle = async (request: RecordedRequest, res: ServerResponse): Promise<boolean> => {
    const path = request.path.replace(/\?.*$/, '');
    if (!/^\/v1\/(?:files|batches)(?:\/|$)/.test(path)) return false;
    requests.push(request);
    if (request.method === 'POST' && path === '/v1/files') {
      const type = request.headers['content-type'] ?? '';
      if (!type.startsWith('multipart/form-data') || typeof request.body !== 'string') {
        invalid(res, 400, 'Uploads must be multipart/form-data with a file and a purpose.');
        return true;
      }
      const form = await new Response(request.body, { headers: { 'content-type': type } }).formData();
      const file = form.get('file');
      const purpose = form.get('purpose');
      if (!(file instanceof Blob)) {
        invalid(res, 400, "Missing required parameter: 'file'.", 'file');
        return true;
      }
      if (typeof purpose !== 'string' || purpose === '') {
        invalid(res, 400, "Missing required parameter: 'purpose'.", 'purpose');
        return true;
      }
      uploads++;
      const name = file instanceof File ? file.name : 'upload';
      sendJson(res, 200, fileJson(addFile(purpose, name, await file.text())));
      return true;
    }
    const fileMatch = /^\/v1\/files\/([^/]+)(\/content)?$/.exec(path);
    if (fileMatch && request.method === 'GET') {
      const file = files.find((f) => f.id === fileMatch[1]);
      if (!file) {
        sendJson(res, 404, {
          error: {
            message: `No such File object: ${fileMatch[1]}`,
            type: 'invalid_request_error',
            param: 'id',
            code: null,
          },
        });
        return true;
      }
      if (fileMatch[2]) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(file.text);
      } else {
        sendJson(res, 200, fileJson(file));
      }
      return true;
    }
    if (request.method === 'POST' && path === '/v1/batches') {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const input = files.find((f) => f.id === body.input_file_id);
      if (!input) {
        invalid(
          res,
          400,
          `Invalid 'input_file_id': '${String(body.input_file_id)}'. No such file.`,
          'input_file_id',
        );
        return true;
      }
      if (input.purpose !== 'batch') {
        invalid(
          res,
          400,
          `The input file must be uploaded with purpose 'batch', not '${input.purpose}'.`,
          'input_file_id',
        );
        return true;
      }
      if (body.completion_window !== '24h') {
        invalid(res, 400, "Invalid 'completion_window': only '24h' is supported.", 'completion_window');
        return true;
      }
      const endpoint = String(body.endpoint);
      if (
        !['/v1/chat/completions', '/v1/responses', '/v1/embeddings', '/v1/completions'].includes(endpoint)
      ) {
        invalid(res, 400, `Invalid 'endpoint': '${endpoint}'.`, 'endpoint');
        return true;
      }
      const { lines, errors } = validate(input.text, endpoint, limits);
      const index = batches.length;
      const batch: FakeBatch = {
        id: token('batch_'),
        status: 'validating',
        inputFileId: input.id,
        endpoint,
        metadata: (body.metadata as Record<string, string> | undefined) ?? null,
        lines,
        outputFileId: null,
        errorFileId: null,
        errors,
        counts: { total: lines.length, completed: 0, failed: 0 },
        createdAt: now(),
        timestamps: {},
        polls: 0,
        outcome: options.outcome?.(index, lines) ?? { status: 'completed' },
      };
      batches.push(batch);
      sendJson(res, 200, toJson(batch));
      return true;
    }
    if (request.method === 'GET' && path === '/v1/batches') {
      // Newest first, cursor pagination with `after` and `limit` (1 to 100, default 20).
      const url = new URL(request.path, 'http://fake');
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 100);
      const newest = [...batches].reverse();
      const after = url.searchParams.get('after');
      const start = after ? newest.findIndex((b) => b.id === after) + 1 : 0;
      const page = newest.slice(start, start + limit);
      sendJson(res, 200, {
        object: 'list',
        data: page.map(toJson),
        first_id: page[0]?.id ?? null,
        last_id: page.at(-1)?.id ?? null,
        has_more: start + limit < newest.length,
      });
      return true;
    }
    const batchMatch = /^\/v1\/batches\/([^/]+)(\/cancel)?$/.exec(path);
    if (batchMatch) {
      const batch = batches.find((b) => b.id === batchMatch[1]);
      if (!batch) {
        sendJson(res, 404, {
          error: {
            message: `No batch found with id '${batchMatch[1]}'.`,
            type: 'invalid_request_error',
            param: null,
            code: null,
          },
        });
        return true;
      }
      if (batchMatch[2] && request.method === 'POST') {
        if (
          batch.status === 'validating' ||
          batch.status === 'in_progress' ||
          batch.status === 'finalizing'
        ) {
          batch.outcome = { status: 'cancelled', ran: 0 };
          enter(batch, 'cancelling');
        }
        sendJson(res, 200, toJson(batch));
        return true;
      }
      if (request.method === 'GET') {
        advance(batch);
        for (let i = 0; options.instant && i < 4 * perStatus; i++) advance(batch);
        sendJson(res, 200, toJson(batch));
        return true;
      }
    }
    return false;
  };

  return {
    files,
    batches,
    requests,
    get uploads() {
      return uploads;
    },
    release: () => {
      held = false;
    },
    handle,
  };
}
