import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolve.js';
import type { WorkerRequest, WorkerResponse } from './spawn-worker.js';

// Loaded as soon as the thread starts, before its settings arrive (they wait in the queue).
const { lintFile } = await import('./lint-file.js');
const { preloadFrenchData } = await import('../french/preload.js');
// Meanwhile the CLI is still finding the files (if they came first, their lint loaded it all).
setImmediate(preloadFrenchData);

let settings: { config: ResolvedConfig; fix: boolean } | undefined;

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'configure') {
    settings = { config: request.config, fix: request.fix };
    return;
  }
  if (!settings) throw new Error('lint worker: files arrived before its settings');
  const { config, fix } = settings;
  const outcomes = request.jobs.map((job) => lintFile(job, config, fix));
  parentPort?.postMessage({ id: request.id, outcomes } satisfies WorkerResponse);
});
