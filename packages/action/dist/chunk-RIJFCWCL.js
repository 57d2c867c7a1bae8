import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  stripBom
} from "./chunk-MFYMXG2A.js";
import {
  readFileSafeSync
} from "./chunk-C2J5BQNZ.js";

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

// ../linter/dist/run/file-budget.js
var FILE_BUDGET = {
  maxBytes: 8 * 1024 * 1024,
  maxNesting: 32,
  maxNestingTotal: 1e3,
  /** After this long, the rules not yet run on the file are skipped (and the file says so). */
  maxMilliseconds: 2e4
};

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

export {
  writeFileAtomicSync,
  FILE_BUDGET,
  decodeBytes
};
