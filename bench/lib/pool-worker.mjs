import { parentPort, workerData } from 'node:worker_threads';

const fn = (await import(workerData.moduleUrl))[workerData.exportName];

parentPort.on('message', async ({ index, item }) => {
  try {
    parentPort.postMessage({ index, result: await fn(item) });
  } catch (error) {
    parentPort.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
