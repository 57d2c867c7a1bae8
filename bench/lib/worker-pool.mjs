import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const workerUrl = new URL('./pool-worker.mjs', import.meta.url);

/**
 * Applies the function `exportName` of module `moduleUrl` to every item, on up to `threads` worker
 * threads (CPU-bound analyses such as Yoast's take minutes on one core). Results keep the order of
 * `items`; an item whose call threw gets `{ error: message }` instead of stopping the others.
 */
export async function mapInWorkers(moduleUrl, exportName, items, threads = availableParallelism()) {
  const results = new Array(items.length);
  if (items.length === 0) return results;
  let next = 0;
  const runWorker = () =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: { moduleUrl: String(moduleUrl), exportName } });
      let finished = false;
      const feed = () => {
        if (next >= items.length) {
          finished = true;
          worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, item: items[index] });
      };
      worker.on('message', ({ index, result, error }) => {
        results[index] = error === undefined ? result : { error };
        feed();
      });
      worker.on('error', reject);
      // A worker that dies without an error event (out of memory, process.exit) must not hang the run.
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a worker running ${exportName} exited with code ${code}`));
      });
      worker.once('online', feed);
    });
  const count = Math.max(1, Math.min(threads, items.length));
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
