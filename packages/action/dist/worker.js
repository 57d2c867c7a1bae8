import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);

// ../linter/dist/run/worker.js
import { parentPort } from "node:worker_threads";
var { lintFile } = await import("./lint-file-RQYFOCH4.js");
var { preloadFrenchData } = await import("./preload-V5VLB5J3.js");
setImmediate(preloadFrenchData);
var settings;
parentPort?.on("message", (request) => {
  if (request.kind === "configure") {
    settings = { config: request.config, fix: request.fix };
    return;
  }
  if (!settings)
    throw new Error("lint worker: files arrived before its settings");
  const { config, fix } = settings;
  const outcomes = request.jobs.map((job) => lintFile(job, config, fix));
  parentPort?.postMessage({ id: request.id, outcomes });
});
