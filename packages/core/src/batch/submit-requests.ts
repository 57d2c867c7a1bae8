import { randomBytes } from 'node:crypto';
import type { ModelProfile } from '../model/profiles.js';
import { chatRequestBody } from '../model/request-body.js';
import { apiFailure, type BatchApi } from './batch-api.js';
import { requestLine } from './request-line.js';
import type { SeedJob } from './seed-job.js';
import { type BatchLimits, splitRequests } from './split-requests.js';
import type { BatchRecord, BatchState } from './state.js';

export interface DueRequest {
  job: SeedJob;
  messages: Parameters<typeof chatRequestBody>[1];
  maxOutputTokens: number;
}

export interface SubmitOutcome {
  /** Seeds whose request could not be submitted this time, with the reason. */
  failed: Map<SeedJob, string>;
}

/**
 * Creates the provider batch of an uploaded file. The record is saved with its id at once: from
 * then on an interrupted run finds the batch instead of paying for it again.
 */
export async function createBatch(
  record: BatchRecord,
  api: BatchApi,
  save: () => Promise<void>,
): Promise<void> {
  const info = await api.create(record.inputFileId, { plume_round: String(record.round) });
  record.id = info.id;
  record.status = info.status;
  await save();
}

/**
 * Sends the due requests as few batches as the provider's limits allow: each JSONL file is
 * uploaded and recorded (so a retry reuses it), then its batch is created and recorded.
 */
export async function submitRequests(
  due: readonly DueRequest[],
  context: {
    state: BatchState;
    api: BatchApi;
    model: string;
    profile?: ModelProfile;
    limits: BatchLimits;
    apiKey: string | undefined;
    save: () => Promise<void>;
    progress: (message: string) => void;
  },
): Promise<SubmitOutcome> {
  const failed = new Map<SeedJob, string>();
  const lines = due.map((d) => ({
    due: d,
    customId: `plume-${randomBytes(9).toString('base64url')}`,
  }));
  const { files, tooLarge } = splitRequests(
    lines,
    (l) =>
      JSON.stringify(
        requestLine(
          l.customId,
          chatRequestBody(context.model, l.due.messages, l.due.maxOutputTokens, context.profile),
        ),
      ),
    context.limits,
  );
  for (const l of tooLarge) {
    failed.set(
      l.due.job,
      `its request is larger than a batch input file may be (${context.limits.maxBytes} bytes)`,
    );
  }
  for (const [n, file] of files.entries()) {
    const round = Math.max(...file.items.map((l) => l.due.job.state.attempts)) + 1;
    let record: BatchRecord;
    try {
      const inputFileId = await context.api.upload(file.text, `plume-round-${round}-${n + 1}.jsonl`);
      record = {
        id: null,
        inputFileId,
        round,
        requests: Object.fromEntries(
          file.items.map((l) => [l.customId, l.due.job.prepared.file.displayPath]),
        ),
        status: 'uploaded',
        collected: false,
      };
    } catch (error) {
      const reason = `uploading the batch input file failed: ${apiFailure(error, context.apiKey)}`;
      for (const l of file.items) failed.set(l.due.job, reason);
      continue;
    }
    for (const l of file.items) l.due.job.state.pending = l.customId;
    context.state.batches.push(record);
    await context.save();
    try {
      await createBatch(record, context.api, context.save);
      context.progress(
        `submitted batch ${record.id} (round ${round}): ${file.items.length} request${file.items.length === 1 ? '' : 's'}`,
      );
    } catch (error) {
      const reason = `creating the batch failed: ${apiFailure(error, context.apiKey)}; the next run creates it from the uploaded file ${record.inputFileId}`;
      for (const l of file.items) failed.set(l.due.job, reason);
    }
  }
  return { failed };
}
