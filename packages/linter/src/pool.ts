import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LintCache } from './cache.js';
import type { ResolvedConfig } from './config/resolve.js';
import type { FileJob, FileOutcome } from './lint-file.js';

export interface RunOptions {
  fix: boolean;
  cacheLocation: string | undefined;
  /** Worker threads; undefined: automatic. */
  concurrency: number | undefined;
}

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_PER_WORKER = 12;

export interface WorkerRequest {
  id: number;
  jobs: FileJob[];
}
export interface WorkerResponse {
  id: number;
  outcomes: FileOutcome[];
}
export interface WorkerData {
  config: ResolvedConfig;
  fix: boolean;
}

function workerCount(files: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, files));
  const cores = availableParallelism();
  if (cores < 2) return 0;
  return Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
}

/** The compiled worker; absent when running from TypeScript sources (tests), then files run in-process. */
const workerUrl = new URL('./worker.js', import.meta.url);
const workerAvailable = (): boolean => workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));

async function runInProcess(
  jobs: readonly FileJob[],
  config: ResolvedConfig,
  fix: boolean,
): Promise<FileOutcome[]> {
  const { lintFile } = await import('./lint-file.js');
  return jobs.map((job) => lintFile(job, config, fix));
}

/**
 * Worker threads across files, like ESLint's `--concurrency`: each thread pulls small batches
 * from a shared queue so a slow file does not hold the others up.
 */
async function runInWorkers(
  jobs: readonly FileJob[],
  config: ResolvedConfig,
  fix: boolean,
  count: number,
): Promise<FileOutcome[]> {
  const batchSize = Math.max(1, Math.min(16, Math.ceil(jobs.length / (count * 6))));
  const batches: { start: number; jobs: FileJob[] }[] = [];
  for (let start = 0; start < jobs.length; start += batchSize) {
    batches.push({ start, jobs: jobs.slice(start, start + batchSize) });
  }
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const leftovers: { start: number; jobs: FileJob[] }[] = [];
  let next = 0;
  const data: WorkerData = { config, fix };
  await Promise.all(
    Array.from({ length: count }, () => {
      return new Promise<void>((done) => {
        const worker = new Worker(workerUrl, { workerData: data });
        let current: { start: number; jobs: FileJob[] } | undefined;
        const feed = () => {
          current = batches[next++];
          if (!current) {
            void worker.terminate().then(() => done());
            return;
          }
          worker.postMessage({ id: current.start, jobs: current.jobs } satisfies WorkerRequest);
        };
        worker.on('message', (message: WorkerResponse) => {
          message.outcomes.forEach((outcome, index) => {
            outcomes[message.id + index] = outcome;
          });
          feed();
        });
        worker.on('error', () => {
          // A dead thread's batch is linted in-process; the others keep going.
          if (current) leftovers.push(current);
          current = undefined;
          done();
        });
        feed();
      });
    }),
  );
  // Batches never handed out (every worker died) and batches lost with a worker.
  for (let index = next; index < batches.length; index++) {
    const batch = batches[index];
    if (batch) leftovers.push(batch);
  }
  for (const batch of leftovers) {
    const results = await runInProcess(batch.jobs, config, fix);
    results.forEach((outcome, index) => {
      outcomes[batch.start + index] = outcome;
    });
  }
  return outcomes;
}

/** Lints the jobs (cache first), returning outcomes in job order. */
export async function runJobs(
  jobs: readonly FileJob[],
  config: ResolvedConfig,
  options: RunOptions,
): Promise<FileOutcome[]> {
  const cache = options.cacheLocation ? new LintCache(options.cacheLocation, config) : undefined;
  const outcomes: (FileOutcome | undefined)[] = new Array(jobs.length);
  const keys: (string | undefined)[] = new Array(jobs.length);
  const pending: number[] = [];
  jobs.forEach((job, index) => {
    const key = cache?.keyOf(job, config);
    keys[index] = key;
    const hit = key !== undefined && !options.fix ? cache?.get(job, key) : undefined;
    if (hit) outcomes[index] = hit;
    else pending.push(index);
  });
  const pendingJobs = pending.map((index) => jobs[index] as FileJob);
  const count = workerAvailable() ? workerCount(pendingJobs.length, options.concurrency) : 0;
  const fresh =
    count > 1
      ? await runInWorkers(pendingJobs, config, options.fix, count)
      : await runInProcess(pendingJobs, config, options.fix);
  pending.forEach((jobIndex, position) => {
    const outcome = fresh[position] as FileOutcome;
    outcomes[jobIndex] = outcome;
    const key = keys[jobIndex];
    if (cache && key !== undefined && !outcome.fixed) cache.set(jobs[jobIndex] as FileJob, key, outcome);
  });
  cache?.save();
  return outcomes as FileOutcome[];
}
