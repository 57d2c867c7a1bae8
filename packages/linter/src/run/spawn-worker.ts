import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolve.js';
// Loaded with the prestarted worker, it starts measuring free cores from then on.
import './free-cores.js';
import type { FileJob, FileOutcome } from './lint-file.js';

/** What the pool sends a lint worker: its settings once, then batches of files. */
export type WorkerRequest =
  | { kind: 'configure'; config: ResolvedConfig; fix: boolean }
  | { kind: 'lint'; id: number; jobs: FileJob[] };

export interface WorkerResponse {
  id: number;
  outcomes: FileOutcome[];
}

/**
 * A Markdown parse allocates ~8 MB per file and keeps its tokens alive until the file is done, so
 * a small young generation copies the same tokens in scavenge after scavenge; uncapped, V8 grows
 * it to 32 MB × 3 per thread. V8 rounds a semi-space up to a power of two (40 MB: 16 MB
 * semi-spaces). The sizes tried and their times: bench/TUNING.md.
 */
const YOUNG_GENERATION_MB = 40;

/**
 * A limit for a pathological file, not a target: a file too big for it kills only its thread,
 * and that thread's files are linted again in the main thread (uncapped). A worker's live heap
 * on the corpus is ~50 MB; a tighter limit makes V8 collect so often that the lint slows down
 * (bench/TUNING.md).
 */
const OLD_GENERATION_MB = 512;

/** The compiled worker; absent when running from TypeScript sources (tests), then files run in-process. */
const workerUrl = new URL('./worker.js', import.meta.url);

export const workerAvailable = (): boolean =>
  workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));

/** A lint worker thread; it loads the engine as soon as it starts, before it is configured. */
export function spawnLintWorker(): Worker {
  return new Worker(workerUrl, {
    resourceLimits: {
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: OLD_GENERATION_MB,
    },
  });
}

const prestarted = new Set<Worker>();

/**
 * Starts lint workers before the files are known: loading the engine takes a worker about as
 * long as the CLI takes to load, read its configuration and find the files (~0.3 s each), so
 * the two overlap instead of following each other. Until the pool takes them, the workers do not
 * keep the process alive, so a run that needs none (nothing matched, a usage error) exits as
 * before.
 */
export function prestartLintWorkers(count: number): void {
  if (!workerAvailable()) return;
  while (prestarted.size < count) {
    const worker = spawnLintWorker();
    worker.unref();
    // A worker that dies before it is taken is simply not used (the pool starts others).
    const forget = () => prestarted.delete(worker);
    worker.once('error', forget).once('exit', forget);
    prestarted.add(worker);
  }
}

/**
 * Up to `count` prestarted workers, now owned by the caller (and keeping the process alive);
 * the others are stopped, as they would only take CPU from the rest.
 */
export function takePrestartedWorkers(count: number): Worker[] {
  const taken = [...prestarted].slice(0, count);
  for (const worker of prestarted) {
    if (taken.includes(worker)) worker.ref();
    else void worker.terminate();
  }
  prestarted.clear();
  return taken;
}
