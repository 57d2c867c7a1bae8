import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from './config/resolve.js';
import { lintFile } from './lint-file.js';
import type { WorkerRequest, WorkerResponse } from './lint-worker.js';

// Imported above, the engine loads as soon as the thread starts, before its settings arrive.
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
