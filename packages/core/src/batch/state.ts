import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../rewrite/write-atomic.js';

/**
 * Where a batch run remembers what it has paid for: the batches it created and, per seed, the
 * request in flight and the drafts so far. Written before and after every step that costs
 * money, so an interrupted run is picked up instead of submitted twice.
 */
export const STATE_FILE = '.plume-batch.json';

export const statePathFor = (outDir: string): string => join(outDir, STATE_FILE);

const usage = z.object({ promptTokens: z.number(), completionTokens: z.number() });
const diagnostic = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  line: z.number(),
  column: z.number(),
  endLine: z.number(),
  endColumn: z.number(),
  fixable: z.boolean(),
  url: z.string().optional(),
});
const draft = z.object({
  text: z.string(),
  words: z.number(),
  diagnostics: z.array(diagnostic),
  errorCount: z.number(),
  warningCount: z.number(),
});
const reply = z.union([
  z.object({ ok: z.literal(true), content: z.string(), usage }),
  z.object({
    ok: z.literal(false),
    reason: z.string(),
    usage,
    redraft: z.boolean(),
    cutOff: z.boolean(),
    resend: z.boolean(),
  }),
]);

const seedState = z.object({
  sha256: z.string(),
  model: z.string(),
  /** The `<source id>` of the seed's prompt: its repairs must quote the same one. */
  sourceId: z.string(),
  attempts: z.number().int(),
  usage,
  maxOutputTokens: z.number().int(),
  best: draft.nullable(),
  /** The previous reply and its errors: the next request is a repair of it (none: a first draft). */
  basis: z.object({ previous: z.string(), diagnostics: z.array(diagnostic) }).nullable(),
  lastFailure: z.string().nullable(),
  /** The custom_id of the request in flight. */
  pending: z.string().nullable(),
  /** Its reply, downloaded but not yet judged. */
  reply: reply.nullable(),
});

const batchRecord = z.object({
  /** Null between the upload and the batch's creation. */
  id: z.string().nullable(),
  inputFileId: z.string(),
  round: z.number().int(),
  /** custom_id → seed (display path). */
  requests: z.record(z.string(), z.string()),
  status: z.string(),
  collected: z.boolean(),
});

const stateSchema = z.object({
  version: z.literal(1),
  seeds: z.record(z.string(), seedState),
  batches: z.array(batchRecord),
});

export type SeedState = z.infer<typeof seedState>;
export type BatchRecord = z.infer<typeof batchRecord>;
export type BatchState = z.infer<typeof stateSchema>;

export const emptyState = (): BatchState => ({ version: 1, seeds: {}, batches: [] });

export class BatchStateError extends Error {}

/** The saved state, an empty one when there is none; a damaged file is an error, never ignored. */
export async function loadState(path: string, shownAs: string): Promise<BatchState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw new BatchStateError(`${shownAs}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const parsed = stateSchema.safeParse(data);
  if (!parsed.success) {
    // Starting over would submit, and bill, every batch it lists a second time.
    throw new BatchStateError(
      `${shownAs}: is not a batch state file Plume can read; it lists batches already paid for, so it is left as is. Collect them by hand or delete the file to start over.`,
    );
  }
  return parsed.data;
}

/** Saves the state whole (or deletes it once nothing is left to collect). */
export async function saveState(path: string, state: BatchState): Promise<void> {
  if (Object.keys(state.seeds).length === 0 && state.batches.every((b) => b.collected)) {
    await rm(path, { force: true });
    return;
  }
  await writeFileAtomic(path, `${JSON.stringify(state)}\n`);
}
