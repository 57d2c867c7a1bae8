import OpenAI, { APIConnectionError, APIError, OpenAIError, toFile } from 'openai';
import { redact } from '../redact.js';
import { BATCH_ENDPOINT } from './request-line.js';

/** The statuses of a batch as the provider documents them (the SDK's type). */
export type BatchStatus = OpenAI.Batches.Batch['status'];

/** How far back the list is searched for a batch whose creation was not recorded. */
const RECENT_BATCHES = 1000;

export const TERMINAL: ReadonlySet<string> = new Set(['completed', 'failed', 'expired', 'cancelled']);

/** What Plume needs of a provider's Batch object. */
export interface BatchInfo {
  id: string;
  status: BatchStatus;
  outputFileId: string | undefined;
  errorFileId: string | undefined;
  counts: { total: number; completed: number; failed: number } | undefined;
  /** Validation errors of a failed batch, as readable lines. */
  errors: string[];
}

/** The Files and Batches endpoints: the only I/O of the batch path. */
export interface BatchApi {
  /** Uploads a JSONL file with `purpose: batch`; returns its id. */
  upload(text: string, filename: string): Promise<string>;
  create(inputFileId: string, metadata: Record<string, string>): Promise<BatchInfo>;
  retrieve(batchId: string): Promise<BatchInfo>;
  /** The batch created from this input file, among the most recent ones, if any. */
  findByInputFile(inputFileId: string): Promise<BatchInfo | undefined>;
  download(fileId: string): Promise<string>;
}

export interface BatchApiSettings {
  baseURL?: string | undefined;
  apiKey?: string | undefined;
  requestTimeoutMs?: number | undefined;
}

function info(batch: OpenAI.Batches.Batch): BatchInfo {
  return {
    id: batch.id,
    status: batch.status,
    outputFileId: batch.output_file_id ?? undefined,
    errorFileId: batch.error_file_id ?? undefined,
    counts: batch.request_counts,
    errors: (batch.errors?.data ?? []).map(
      (e) =>
        `${e.line ? `line ${e.line}: ` : ''}${e.message ?? e.code ?? 'unknown error'}${e.code ? ` (${e.code})` : ''}`,
    ),
  };
}

/** A Files or Batches call that failed, in words a user can act on, the key removed. */
export function apiFailure(error: unknown, apiKey: string | undefined): string {
  let reason: string;
  if (error instanceof APIConnectionError)
    reason = `connection error (${error.cause instanceof Error ? error.cause.message : error.message})`;
  else if (error instanceof APIError)
    reason = `the provider answered HTTP ${error.status ?? '?'}: ${error.message}`;
  else if (error instanceof OpenAIError) reason = `the provider's reply could not be read: ${error.message}`;
  else throw error;
  return redact(reason, [apiKey]);
}

export function createBatchApi(settings: BatchApiSettings): BatchApi {
  const options = {
    apiKey: settings.apiKey || 'no-key',
    // Explicit, so the SDK never falls back to its own reading of OPENAI_BASE_URL behind our precedence.
    baseURL: settings.baseURL ?? 'https://api.openai.com/v1',
    timeout: settings.requestTimeoutMs ?? 120_000,
  };
  // Reads are safe to repeat (the SDK's retries honour Retry-After); a repeated create could
  // submit and bill the same requests twice, so it is tried once and a failure is reported.
  const retrying = new OpenAI({ ...options, maxRetries: 3 });
  const once = new OpenAI({ ...options, maxRetries: 0 });
  return {
    async upload(text, filename) {
      const file = await retrying.files.create({
        file: await toFile(Buffer.from(text, 'utf8'), filename),
        purpose: 'batch',
      });
      return file.id;
    },
    async create(inputFileId, metadata) {
      return info(
        await once.batches.create({
          input_file_id: inputFileId,
          endpoint: BATCH_ENDPOINT,
          completion_window: '24h',
          metadata,
        }),
      );
    },
    async retrieve(batchId) {
      return info(await retrying.batches.retrieve(batchId));
    },
    async findByInputFile(inputFileId) {
      let seen = 0;
      // Newest first: a batch created moments before an interrupt is on the first page.
      for await (const batch of retrying.batches.list({ limit: 100 })) {
        if (batch.input_file_id === inputFileId) return info(batch);
        if (++seen >= RECENT_BATCHES) break;
      }
      return undefined;
    },
    async download(fileId) {
      return (await retrying.files.content(fileId)).text();
    },
  };
}
