import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  lintFile
} from "./chunk-CQBYSN5Y.js";
import "./chunk-M54DNBV5.js";
import "./chunk-K6SJNKM2.js";
import "./chunk-CNNUGVAN.js";
import "./chunk-V5CY3SGN.js";

// ../linter/dist/worker.js
import { parentPort, workerData } from "node:worker_threads";
var { config, fix } = workerData;
parentPort?.on("message", (request) => {
  const outcomes = request.jobs.map((job) => lintFile(job, config, fix));
  parentPort?.postMessage({ id: request.id, outcomes });
});
