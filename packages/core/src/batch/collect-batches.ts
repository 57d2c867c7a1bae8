import { apiFailure, type BatchApi, TERMINAL } from './batch-api.js';
import { type BatchReply, readBatchResults } from './read-results.js';
import type { BatchRecord, BatchState } from './state.js';

export interface CollectOutcome {
  /** Batches that could not be checked or downloaded this time, with the reason. */
  unreachable: Map<string, string>;
}

const lost = (reason: string): BatchReply => ({
  ok: false,
  reason,
  usage: { promptTokens: 0, completionTokens: 0 },
  redraft: false,
  cutOff: false,
  resend: true,
});

function describe(
  record: BatchRecord,
  counts: { total: number; completed: number; failed: number } | undefined,
) {
  const progress = counts ? `, ${counts.completed + counts.failed}/${counts.total} requests done` : '';
  return `batch ${record.id} (round ${record.round}): ${record.status}${progress}`;
}

/**
 * Looks at every open batch once; a finished one (completed, failed, expired or cancelled) has
 * its output and error files downloaded and each request's reply stored with its seed. A
 * request with no reply in a finished batch is marked for sending again, never taken as done.
 */
export async function collectBatches(
  state: BatchState,
  api: BatchApi,
  apiKey: string | undefined,
  save: () => Promise<void>,
  progress: (message: string) => void,
  skip: ReadonlySet<string>,
): Promise<CollectOutcome> {
  const unreachable = new Map<string, string>();
  for (const record of state.batches) {
    if (record.collected || record.id === null || skip.has(record.id)) continue;
    try {
      const info = await api.retrieve(record.id);
      record.status = info.status;
      if (!TERMINAL.has(info.status)) {
        progress(describe(record, info.counts));
        continue;
      }
      const files = await Promise.all(
        [info.outputFileId, info.errorFileId]
          .filter((id): id is string => id !== undefined)
          .map((id) => api.download(id)),
      );
      const { replies, problems } = readBatchResults(...files);
      const why =
        info.status === 'completed'
          ? 'the batch returned no result for this request'
          : `batch ${record.id} ${info.status}${info.errors.length > 0 ? `: ${info.errors.join('; ')}` : ''}`;
      for (const [customId, seedPath] of Object.entries(record.requests)) {
        const seed = state.seeds[seedPath];
        // A seed changed or restarted since: its old request's reply is no longer wanted.
        if (!seed || seed.pending !== customId) continue;
        seed.reply = replies.get(customId) ?? lost(why);
        seed.pending = null;
      }
      record.collected = true;
      progress(`${describe(record, info.counts)}${problems.length > 0 ? ` (${problems.join('; ')})` : ''}`);
      await save();
    } catch (error) {
      unreachable.set(record.id, apiFailure(error, apiKey));
    }
  }
  return { unreachable };
}
