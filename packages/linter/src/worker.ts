import { parentPort, workerData } from 'node:worker_threads';
import { lintFile } from './lint-file.js';
import type { WorkerData, WorkerRequest, WorkerResponse } from './pool.js';

const { config, fix } = workerData as WorkerData;

parentPort?.on('message', (request: WorkerRequest) => {
  const outcomes = request.jobs.map((job) => lintFile(job, config, fix));
  parentPort?.postMessage({ id: request.id, outcomes } satisfies WorkerResponse);
});
