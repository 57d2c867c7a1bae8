import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config/resolve.js';
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
 * V8 grows the young generation up to 32 MB × 3 per thread when allocation is heavy (as a
 * Markdown parse is); capped lower, the same work runs in the same time with half the memory.
 */
const YOUNG_GENERATION_MB = 24;

/**
 * V8 collects the old generation lazily: uncapped, a thread's heap grows to 400 MB of mostly
 * dead Markdown tokens when 60 MB are live. A cap makes it collect sooner (at ~10 % more CPU)
 * and keeps the whole lint near markdownlint-cli2's peak memory. A file too big for it kills
 * only its thread, and that thread's files are linted again in the main thread (uncapped).
 */
const OLD_GENERATION_MB = 128;

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

let prestarted: Worker | undefined;

/**
 * Starts a lint worker before the files are known: loading the engine takes a worker about as
 * long as the CLI takes to load, read its configuration and find the files (~0.4 s each), so
 * the two overlap instead of following each other. Until the pool takes it, the worker does not
 * keep the process alive, so a run that needs no worker (nothing matched, a usage error) exits
 * as before.
 */
export function prestartLintWorker(): void {
  if (prestarted || !workerAvailable()) return;
  const worker = spawnLintWorker();
  worker.unref();
  // A worker that dies before it is taken is simply not used (the pool starts others).
  const forget = () => {
    if (prestarted === worker) prestarted = undefined;
  };
  worker.once('error', forget).once('exit', forget);
  prestarted = worker;
}

export const hasPrestartedWorker = (): boolean => prestarted !== undefined;

/** The prestarted worker, if any, now owned by the caller (and keeping the process alive). */
export function takePrestartedWorker(): Worker | undefined {
  const worker = prestarted;
  prestarted = undefined;
  worker?.ref();
  return worker;
}
