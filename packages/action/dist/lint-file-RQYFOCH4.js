import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  FILE_BUDGET,
  decodeBytes,
  writeFileAtomicSync
} from "./chunk-RIJFCWCL.js";
import {
  emptyMetrics,
  fileProblemResult,
  fileResult,
  fixDocument,
  lintDocument,
  readNamedSource
} from "./chunk-MFYMXG2A.js";
import {
  readFileSafeSync
} from "./chunk-C2J5BQNZ.js";
import "./chunk-ZSKE7NRF.js";
import "./chunk-6CRMEHVJ.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-GTOKVNFQ.js";
import {
  FILE_START,
  makeDiagnostic
} from "./chunk-YEPGWXY6.js";
import "./chunk-3AVOLLOX.js";
import "./chunk-3QVS4RS4.js";
import "./chunk-6JW4MI2C.js";
import "./chunk-A4GP3SDO.js";

// ../linter/dist/markdown/nesting-depth.js
function maxNestingDepth(text, stopAbove = Number.POSITIVE_INFINITY) {
  let max = 0;
  forEachLineDepth(text, (depth) => {
    if (depth > max)
      max = depth;
    return max > stopAbove;
  });
  return max;
}
function nestingTotal(text, stopAbove = Number.POSITIVE_INFINITY) {
  let total = 0;
  forEachLineDepth(text, (depth) => {
    total += depth;
    return total > stopAbove;
  });
  return total;
}
function forEachLineDepth(text, visit) {
  let i = 0;
  const length = text.length;
  while (i < length) {
    let depth = 0;
    let indent = 0;
    let atMarker = true;
    while (atMarker && i < length) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        indent++;
        i++;
      } else if (c === 9) {
        indent += 4;
        i++;
      } else if (c === 62) {
        depth += 1 + (indent >> 1);
        indent = 0;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) && isBlank(text.charCodeAt(i + 1))) {
        depth += 1 + (indent >> 1);
        indent = 0;
        i += 2;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < length && j - i < 9 && isDigit(text.charCodeAt(j)))
          j++;
        const after = text.charCodeAt(j);
        if ((after === 46 || after === 41) && isBlank(text.charCodeAt(j + 1))) {
          depth += 1 + (indent >> 1);
          indent = 0;
          i = j + 2;
        } else
          atMarker = false;
      } else
        atMarker = false;
    }
    if (depth > 0 && visit(depth))
      return;
    const newline = text.indexOf("\n", i);
    if (newline === -1)
      return;
    i = newline + 1;
  }
}
var isDigit = (c) => c >= 48 && c <= 57;
var isBlank = (c) => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);

// ../linter/dist/run/lint-file.js
var notLinted = (job, config, problem) => ({
  result: fileProblemResult({ path: job.path, absolutePath: job.absolutePath, config }, problem),
  crossFile: {},
  fixed: false
});
function overBudget(text) {
  const depth = maxNestingDepth(text, FILE_BUDGET.maxNesting);
  if (depth > FILE_BUDGET.maxNesting)
    return `Blockquotes or lists nest ${depth} levels deep (the limit is ${FILE_BUDGET.maxNesting})`;
  if (nestingTotal(text, FILE_BUDGET.maxNestingTotal) > FILE_BUDGET.maxNestingTotal)
    return `More than ${FILE_BUDGET.maxNestingTotal} blockquote and list levels in all (the limit)`;
  return void 0;
}
function lintFile(job, config, fix) {
  const read = readFileSafeSync(job.absolutePath, { root: job.root, maxBytes: FILE_BUDGET.maxBytes });
  if (!read.ok) {
    return notLinted(job, config, read.problem === "not-found" || read.problem === "unreadable" ? { kind: "unreadable", reason: read.problem === "not-found" ? "ENOENT" : read.message } : { kind: "refused", reason: read.message });
  }
  const bytes = read.bytes;
  const decoded = decodeBytes(bytes);
  if (decoded.kind === "binary")
    return notLinted(job, config, { kind: "binary", reason: decoded.reason });
  const tooComplex = overBudget(decoded.text);
  if (tooComplex)
    return notLinted(job, config, { kind: "too-complex", reason: tooComplex });
  const input = {
    path: job.path,
    absolutePath: job.absolutePath,
    text: decoded.text,
    config,
    source: readNamedSource(config.baseDir),
    fileProblems: decoded.utf8 ? [] : [{ kind: decoded.utf16 ? "utf16" : "not-utf8" }],
    deadline: Date.now() + FILE_BUDGET.maxMilliseconds
  };
  try {
    return lintDecoded(job, input, { bytes, text: decoded.text, utf8: decoded.utf8 }, fix);
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
function lintUnfixed(input, problem) {
  const output = lintDocument({ ...input, fileProblems: [...input.fileProblems ?? [], problem] });
  return { result: output.result, crossFile: output.crossFile, fixed: false };
}
function lintDecoded(job, input, original, fix) {
  if (!fix) {
    const output2 = lintDocument(input);
    return { result: output2.result, crossFile: output2.crossFile, fixed: false };
  }
  if (!original.utf8)
    return lintUnfixed(input, { kind: "not-fixed-encoding" });
  const { text, output } = fixDocument(input);
  if (text === original.text)
    return { result: output.result, crossFile: output.crossFile, fixed: false };
  const written = writeFileAtomicSync(job.absolutePath, text, { root: job.root, expected: original.bytes });
  if (written.ok)
    return { result: output.result, crossFile: output.crossFile, fixed: true };
  return lintUnfixed(input, { kind: "unwritable", reason: written.message });
}
export {
  lintFile
};
