import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  FILE_START,
  emptyMetrics,
  fileProblemResult,
  fileResult,
  fixDocument,
  lintDocument,
  makeDiagnostic,
  readFileSafeSync,
  readNamedSource,
  stripBom
} from "./chunk-52HSR7FE.js";

// ../linter/dist/fs/write-atomic.js
import { randomBytes } from "node:crypto";
import { closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var fail = (problem, message, code) => ({
  ok: false,
  problem,
  message,
  code
});
var lstatOrUndefined = (path) => {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
};
var errorCode = (error) => error.code ?? "error";
function checkFolders(folder, root, create) {
  const rel = relative(root, folder);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return fail("outside-root", "is outside the project folder");
  let at = root;
  for (const part of rel === "" ? [] : rel.split(sep)) {
    at = join(at, part);
    const stats = lstatOrUndefined(at);
    const name = relative(root, at).split(sep).join("/");
    if (stats?.isSymbolicLink())
      return fail("symlinked-folder", `is inside a symlinked folder (${name})`);
    if (stats && !stats.isDirectory())
      return fail("not-a-file", `cannot be written: ${name} is not a folder`);
    if (!stats) {
      if (!create)
        return fail("io", `cannot be written: the folder ${name} does not exist`, "ENOENT");
      try {
        mkdirSync(at);
      } catch (error) {
        if (errorCode(error) !== "EEXIST")
          return fail("io", `cannot be written (${errorCode(error)})`, errorCode(error));
        if (!lstatSync(at).isDirectory())
          return fail("symlinked-folder", `is inside a symlinked folder (${name})`);
      }
    }
  }
  return void 0;
}
function sameContent(path, expected) {
  const want = typeof expected === "string" ? Buffer.from(expected, "utf8") : expected;
  const now = readFileSafeSync(path, { maxBytes: (want?.length ?? 0) + 1 });
  if (!now.ok)
    return want === null && now.problem === "not-found";
  return want !== null && Buffer.compare(now.bytes, want) === 0;
}
function writeFileAtomicSync(path, data, options = {}) {
  const file = resolve(path);
  const folder = dirname(file);
  if (options.root === void 0 && options.createFolders) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      return fail("io", `cannot be written (${errorCode(error)})`, errorCode(error));
    }
  }
  const root = options.root === void 0 ? folder : resolve(options.root);
  const problem = checkFolders(folder, root, options.createFolders ?? false);
  if (problem)
    return problem;
  const current = lstatOrUndefined(file);
  if (current?.isSymbolicLink())
    return fail("symlink", "is a symbolic link; it was not replaced");
  if (current && !current.isFile())
    return fail("not-a-file", "is not a regular file; it was not replaced");
  const temporary = join(folder, `.${basename(file)}.${randomBytes(12).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      // The replaced file keeps its permissions.
      current ? current.mode & 4095 : 438
    );
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < bytes.length)
      written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = void 0;
    if (options.expected !== void 0 && !sameContent(file, options.expected)) {
      unlinkSync(temporary);
      return fail("changed", "changed since it was read; it was not overwritten");
    }
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== void 0)
      closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
    }
    const code = errorCode(error);
    return fail("io", `cannot be written (${code}); it was left unchanged`, code);
  }
  syncFolder(folder);
  return { ok: true };
}
function syncFolder(folder) {
  let fd;
  try {
    fd = openSync(folder, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0)
      closeSync(fd);
  }
}

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

// ../linter/dist/run/decode.js
var utf8 = new TextDecoder("utf-8", { fatal: true });
var windows1252 = new TextDecoder("windows-1252");
function utf16Encoding(bytes) {
  if (bytes.length < 2 || bytes.length % 2 !== 0)
    return void 0;
  if (bytes[0] === 255 && bytes[1] === 254)
    return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255)
    return "utf-16be";
  return void 0;
}
function decodeBytes(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      return {
        kind: "text",
        text: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)),
        utf8: false,
        utf16: true
      };
    } catch {
      return { kind: "binary", reason: "a UTF-16 byte-order mark followed by bytes that are not UTF-16" };
    }
  }
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
var FILE_BUDGET = {
  maxBytes: 8 * 1024 * 1024,
  maxNesting: 32,
  maxNestingTotal: 1e3,
  /** After this long, the rules not yet run on the file are skipped (and the file says so). */
  maxMilliseconds: 2e4
};
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
  writeFileAtomicSync,
  FILE_BUDGET,
  lintFile
};
