import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  FILE_START,
  emptyMetrics,
  fileProblemResult,
  fileResult,
  fixDocument,
  lintDocument,
  makeDiagnostic,
  readNamedSource,
  stripBom
} from "./chunk-T3FZYH2A.js";
import "./chunk-O7TABLVA.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-VZHSN62Y.js";
import "./chunk-A4GP3SDO.js";

// ../linter/dist/run/lint-file.js
import { readFileSync, writeFileSync } from "node:fs";

// ../linter/dist/run/decode.js
var utf8 = new TextDecoder("utf-8", { fatal: true });
var windows1252 = new TextDecoder("windows-1252");
function decodeBytes(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return { kind: "binary", reason: `binary file (NUL byte at offset ${nul})` };
  try {
    return { kind: "text", text: stripBom(utf8.decode(bytes)), utf8: true };
  } catch {
    return { kind: "text", text: stripBom(windows1252.decode(bytes)), utf8: false };
  }
}

// ../linter/dist/run/lint-file.js
var notLinted = (job, config, problem) => ({
  result: fileProblemResult({ path: job.path, absolutePath: job.absolutePath, config }, problem),
  crossFile: {},
  fixed: false
});
var errnoOf = (error) => String(error.code);
function lintFile(job, config, fix) {
  let bytes;
  try {
    bytes = readFileSync(job.absolutePath);
  } catch (error) {
    const reason = error.code ?? error.message;
    return notLinted(job, config, { kind: "unreadable", reason });
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === "binary")
    return notLinted(job, config, { kind: "binary", reason: decoded.reason });
  const input = {
    path: job.path,
    absolutePath: job.absolutePath,
    text: decoded.text,
    config,
    source: readNamedSource(config.baseDir),
    fileProblems: decoded.utf8 ? [] : [{ kind: "not-utf8" }]
  };
  try {
    return lintDecoded(job, input, decoded.text, fix);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const diagnostic = makeDiagnostic({
      ruleId: "internal-error",
      severity: "error",
      message: `Plume failed on this file (a bug, please report it): ${message}`,
      at: FILE_START
    });
    return { result: fileResult(job.path, emptyMetrics(), [diagnostic]), crossFile: {}, fixed: false };
  }
}
function lintDecoded(job, input, original, fix) {
  if (!fix) {
    const output2 = lintDocument(input);
    return { result: output2.result, crossFile: output2.crossFile, fixed: false };
  }
  const { text, output } = fixDocument(input);
  const fixed = text !== original;
  if (fixed) {
    try {
      writeFileSync(job.absolutePath, text);
    } catch (error) {
      return notLinted(job, input.config, { kind: "unwritable", reason: errnoOf(error) });
    }
  }
  return { result: output.result, crossFile: output.crossFile, fixed };
}
export {
  lintFile
};
