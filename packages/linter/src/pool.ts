import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
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

/** Below this many files per thread, starting one costs more than it saves. */
const MIN_FILES_PER_WORKER = 16;

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

/** Cores idle right now, from the CPU times of a short sample (the load average lags by a minute). */
async function idleCores(): Promise<number> {
  const idleTotal = () => {
    let idle = 0;
    let total = 0;
    for (const cpu of cpus()) {
      idle += cpu.times.idle;
      total += cpu.times.idle + cpu.times.user + cpu.times.sys + cpu.times.nice + cpu.times.irq;
    }
    return { idle, total };
  };
  const before = idleTotal();
  await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
  const after = idleTotal();
  const total = after.total - before.total;
  return total > 0 ? ((after.idle - before.idle) / total) * cpus().length : availableParallelism();
}

const IDLE_SAMPLE_MS = 60;

/**
 * Worker threads for this run. One per core when cores are idle and there are enough files to
 * share; on a busy machine more threads only add start-up and memory, so one (its young
 * generation capped, which saves memory over this thread). A handful of files runs in this thread.
 */
async function workerCount(files: number, requested: number | undefined): Promise<number> {
  if (requested !== undefined) return Math.max(0, Math.min(requested, Math.ceil(files / 2)));
  if (files < MIN_FILES_PER_WORKER) return 0;
  const cores = availableParallelism();
  if (cores < 2 || files < 2 * MIN_FILES_PER_WORKER) return 1;
  // A second thread pays off when most of a second core is free.
  if ((await idleCores()) < 1.25) return 1;
  return Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
}

/**
 * V8 grows the young generation up to 32 MB × 3 per thread when allocation is heavy (as a
 * Markdown parse is); capped lower, the same work runs in the same time with half the memory.
 */
const YOUNG_GENERATION_MB = 24;

/**
 * V8 collects the old generation lazily: uncapped, a thread's heap grows to 400 MB of mostly
 * dead Markdown tokens when 60 MB are live. A cap makes it collect sooner (at ~10 % more CPU)
 * and keeps the whole lint near markdownlint-cli2's peak memory. A file too big for it kills
 * only its thread, and that thread's files are linted again in this one (uncapped).
 */
const OLD_GENERATION_MB = 128;

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
  const batchSize = Math.max(1, Math.min(8, Math.ceil(jobs.length / (count * 8))));
  const batches: Batch[] = [];
  for (let start = 0; start < jobs.length; start += batchSize) {
    batches.push({ start, jobs: jobs.slice(start, start + batchSize) });
  }
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const store = (start: number, results: readonly FileOutcome[]) => {
    results.forEach((outcome, index) => {
      outcomes[start + index] = outcome;
    });
  };
  const lost: Batch[] = [];
  let next = 0;
  const data: WorkerData = { config, fix };
  const workers = Array.from({ length: count }, () => {
    return new Promise<void>((done) => {
      const worker = new Worker(workerUrl, {
        workerData: data,
        resourceLimits: {
          maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
          maxOldGenerationSizeMb: OLD_GENERATION_MB,
        },
      });
      let current: Batch | undefined;
      const feed = () => {
        current = batches[next++];
        if (!current) {
          void worker.terminate().then(() => done());
          return;
        }
        worker.postMessage({ id: current.start, jobs: current.jobs } satisfies WorkerRequest);
      };
      worker.on('message', (message: WorkerResponse) => {
        store(message.id, message.outcomes);
        feed();
      });
      worker.on('error', () => {
        // A dead thread's batch is linted here; the others keep going.
        if (current) lost.push(current);
        current = undefined;
        done();
      });
      worker.once('online', feed);
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
  const count = workerAvailable() ? await workerCount(pendingJobs.length, options.concurrency) : 0;
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
  cache?.save();
  return outcomes as FileOutcome[];
}
