import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  decodeBytes,
  emptyMetrics,
  encodingDiagnostic,
  fixDocument,
  lintDocument
} from "./chunk-ZLANVZ4T.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-M3FZG2CQ.js";
import "./chunk-A4GP3SDO.js";

// ../linter/dist/lint-file.js
import { readFileSync, writeFileSync } from "node:fs";

// ../linter/dist/v8-tiering.js
import { setFlagsFromString } from "node:v8";
var TURBOFAN_FILE_BYTES = 1024 * 1024;
var turbofanOn = false;
function turbofanForFile(bytes) {
  if (turbofanOn || bytes < TURBOFAN_FILE_BYTES)
    return;
  turbofanOn = true;
  setFlagsFromString("--turbofan");
}

// ../linter/dist/lint-file.js
var single = (path, diagnostic) => {
  const diagnostics = diagnostic ? [diagnostic] : [];
  const errorCount = diagnostics.filter((item) => item.severity === "error").length;
  return {
    result: {
      path,
      metrics: emptyMetrics(),
      diagnostics,
      errorCount,
      warningCount: diagnostics.length - errorCount
    },
    summary: { path, fields: {}, uniqueSeverity: void 0 },
    fixed: false
  };
};
function lintFile(job, config, fix) {
  let bytes;
  try {
    bytes = readFileSync(job.absolutePath);
  } catch (error) {
    const reason = error.code ?? error.message;
    return single(job.path, encodingDiagnostic(config, `The file could not be read (${reason}).`));
  }
  turbofanForFile(bytes.length);
  const decoded = decodeBytes(bytes);
  if (decoded.kind === "binary") {
    return single(job.path, encodingDiagnostic(config, `Not a text file: ${decoded.reason}; it was not linted.`));
  }
  const warning = decoded.warning ? encodingDiagnostic(config, decoded.warning) : void 0;
  const preDiagnostics = warning ? [{ ...warning, severity: "warning" }] : [];
  const input = {
    path: job.path,
    absolutePath: job.absolutePath,
    text: decoded.text,
    config,
    preDiagnostics
  };
  try {
    return lintDecoded(job, input, decoded.text, fix);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return single(job.path, {
      ruleId: "internal-error",
      severity: "error",
      message: `Plume failed on this file (a bug, please report it): ${message}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      fixable: false
    });
  }
}
function lintDecoded(job, input, original, fix) {
  if (!fix) {
    const output2 = lintDocument(input);
    return { result: output2.result, summary: output2.summary, fixed: false };
  }
  const { text, output } = fixDocument(input);
  const fixed = text !== original;
  if (fixed) {
    try {
      writeFileSync(job.absolutePath, text);
    } catch (error) {
      return single(job.path, encodingDiagnostic(input.config, `Fixes could not be written (${error.code}).`));
    }
  }
  return { result: output.result, summary: output.summary, fixed };
}
export {
  lintFile
};
