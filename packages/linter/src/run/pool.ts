import { availableParallelism } from 'node:os';
import type { ResolvedConfig } from '../config/resolve.js';
import type { LintCache } from './cache.js';
import { freeCores } from './free-cores.js';
import type { FileJob, FileOutcome } from './lint-file.js';
import {
  spawnLintWorker,
  takePrestartedWorkers,
  type WorkerRequest,
  type WorkerResponse,
  workerAvailable,
} from './spawn-worker.js';

export interface RunOptions {
  fix: boolean;
  /** Results are taken from it when their key matches, and stored in it (the caller saves it). */
  cache: LintCache | undefined;
  /** Worker threads; undefined: automatic. */
  concurrency: number | undefined;
  /** Called with the files about to be linted afresh (not cached), before any is read. */
  beforeLint?: ((jobs: readonly FileJob[]) => void) | undefined;
}

/** Below this many files per thread, starting one costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;

/**
 * Worker threads for this run. One per core when cores are free and there are enough files to
 * share; on a busy machine more threads only add start-up and memory, so one (its young
 * generation capped, which saves memory over this thread). A handful of files runs in this
 * thread, even when a worker was prestarted: this thread has already loaded most of the engine
 * (the rules, for the configuration), where a worker loads and warms up all of it again
 * (bench/TUNING.md).
 */
async function workerCount(files: number, requested: number | undefined): Promise<number> {
  if (requested !== undefined) return Math.max(0, Math.min(requested, Math.ceil(files / 2)));
  if (files < MIN_FILES_PER_WORKER) return 0;
  const cores = availableParallelism();
  if (cores < 2 || files < 2 * MIN_FILES_PER_WORKER) return 1;
  // A second thread pays off when most of a second core is free.
  if ((await freeCores()) < 1.25) return 1;
  return Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
}

async function runInProcess(
  jobs: readonly FileJob[],
  config: ResolvedConfig,
  fix: boolean,
): Promise<FileOutcome[]> {
  // Nothing to lint (every file cached): the engine is not even loaded.
  if (jobs.length === 0) return [];
  const { lintFile } = await import('./lint-file.js');
  return jobs.map((job) => lintFile(job, config, fix));
}

interface Batch {
  start: number;
  jobs: FileJob[];
}

/**
 * Worker threads across files, like ESLint's `--concurrency`: each pulls small batches from a
 * shared queue, so a slow file does not hold the others up. This thread only hands out work.
 */
async function runShared(
  jobs: readonly FileJob[],
  config: ResolvedConfig,
  fix: boolean,
  count: number,
): Promise<FileOutcome[]> {
  // Guided scheduling: batches shrink as the queue empties, so that no thread is left with a long
  // batch while the others have finished (the last batches hold one file each).
  const batches: Batch[] = [];
  for (let start = 0; start < jobs.length; ) {
    const size = Math.max(1, Math.min(8, Math.ceil((jobs.length - start) / (count * 4))));
    batches.push({ start, jobs: jobs.slice(start, start + size) });
    start += size;
  }
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const store = (start: number, results: readonly FileOutcome[]) => {
    results.forEach((outcome, index) => {
      outcomes[start + index] = outcome;
    });
  };
  const lost: Batch[] = [];
  let next = 0;
  const threads = takePrestartedWorkers(count);
  while (threads.length < count) threads.push(spawnLintWorker());
  const workers = threads.map((worker) => {
    return new Promise<void>((done) => {
      let current: Batch | undefined;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        // A dead thread's batch is linted here; the others keep going.
        if (current) lost.push(current);
        current = undefined;
        done();
      };
      const feed = () => {
        current = batches[next++];
        if (!current) {
          void worker.terminate();
          return;
        }
        worker.postMessage({ kind: 'lint', id: current.start, jobs: current.jobs } satisfies WorkerRequest);
      };
      worker.on('message', (message: WorkerResponse) => {
        store(message.id, message.outcomes);
        feed();
      });
      worker.on('error', finish);
      worker.on('exit', finish);
      // Messages wait in the worker's queue until it has loaded the engine.
      worker.postMessage({ kind: 'configure', config, fix } satisfies WorkerRequest);
      feed();
    });
  });
  await Promise.all(workers);
  // Batches a dead thread was working on, and those left when every thread died.
  lost.push(...batches.slice(next));
  for (const batch of lost) store(batch.start, await runInProcess(batch.jobs, config, fix));
  return outcomes;
}

/** Lints the jobs (cache first), returning outcomes in job order. */
export async function runJobs(
  jobs: readonly FileJob[],
  config: ResolvedConfig,
  options: RunOptions,
): Promise<FileOutcome[]> {
  const { cache } = options;
  const outcomes: (FileOutcome | undefined)[] = new Array(jobs.length);
  const keys: (string | undefined)[] = new Array(jobs.length);
  const pending: number[] = [];
  for (const [index, job] of jobs.entries()) {
    const key = await cache?.keyOf(job, config);
    keys[index] = key;
    const hit = key !== undefined && !options.fix ? cache?.get(job, key) : undefined;
    if (hit) outcomes[index] = hit;
    else pending.push(index);
  }
  const pendingJobs = pending.map((index) => jobs[index] as FileJob);
  if (pendingJobs.length > 0) options.beforeLint?.(pendingJobs);
  const count = workerAvailable() ? await workerCount(pendingJobs.length, options.concurrency) : 0;
  // Prestarted workers left unused would only take CPU from this thread.
  if (count === 0) takePrestartedWorkers(0);
  const fresh =
    count > 0
      ? await runShared(pendingJobs, config, options.fix, count)
      : await runInProcess(pendingJobs, config, options.fix);
  pending.forEach((jobIndex, position) => {
    const outcome = fresh[position] as FileOutcome;
    outcomes[jobIndex] = outcome;
    const key = keys[jobIndex];
    if (cache && key !== undefined && !outcome.fixed) cache.set(jobs[jobIndex] as FileJob, key, outcome);
  });
  return outcomes as FileOutcome[];
}
