import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);

// ../linter/dist/fs/safe-read.js
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var fail = (problem, message) => ({ ok: false, problem, message });
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function kindOf(stats) {
  if (stats.isDirectory())
    return "a folder";
  if (stats.isFIFO())
    return "a FIFO";
  if (stats.isCharacterDevice() || stats.isBlockDevice())
    return "a device";
  if (stats.isSocket())
    return "a socket";
  return "not a regular file";
}
var CHUNK = 64 * 1024;
var chunkSize = (opened, length, maxBytes) => Math.min(maxBytes - length, opened.size > length ? opened.size - length : CHUNK) + 1;
var reachedEnd = (opened, bytesRead, asked) => opened.isFile() && opened.size > 0 && bytesRead < asked;
var tooLarge = (maxBytes) => fail("too-large", `grew past the limit of ${maxBytes} bytes while being read`);
var errorCode = (error) => error.code ?? "error";
function plan(path, root) {
  const file = resolve(path);
  const base = root === void 0 ? void 0 : resolve(root);
  if (base === void 0)
    return { steps: [], file };
  const rel = relative(base, file);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return fail("outside-root", "is outside the project folder");
  const parts = rel.split(sep);
  const steps = [];
  let at = base;
  for (const part of parts.slice(0, -1)) {
    at = join(at, part);
    steps.push(at);
  }
  return { steps, file };
}
function checkFolder(stats, folder, root) {
  if (!stats)
    return void 0;
  const name = root === void 0 ? folder : relative(resolve(root), folder).split(sep).join("/");
  if (stats.isSymbolicLink())
    return fail("symlinked-folder", `is inside a symlinked folder (${name})`);
  if (!stats.isDirectory())
    return fail("not-found", "does not exist");
  return void 0;
}
function checkFile(stats, maxBytes) {
  if (stats.isSymbolicLink())
    return fail("symlink", "is a symbolic link");
  if (!stats.isFile())
    return fail("not-a-file", `is ${kindOf(stats)}, not a regular file`);
  if (stats.size > maxBytes)
    return fail("too-large", `is ${stats.size} bytes; the limit is ${maxBytes} bytes`);
  return void 0;
}
function openError(error) {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR")
    return fail("not-found", "does not exist");
  if (code === "ELOOP")
    return fail("symlink", "is a symbolic link");
  return fail("unreadable", `cannot be read (${code})`);
}
function sameFile(before, after) {
  return after.isFile() && before.dev === after.dev && before.ino === after.ino;
}
function readFileSafeSync(path, options) {
  const planned = plan(path, options.root);
  if ("ok" in planned)
    return planned;
  const lstatOrUndefined = (p) => {
    try {
      return lstatSync(p);
    } catch {
      return void 0;
    }
  };
  for (const folder of planned.steps) {
    if (options.checkedFolders?.has(folder))
      continue;
    const stats2 = lstatOrUndefined(folder);
    const problem = checkFolder(stats2, folder, options.root);
    if (problem)
      return problem;
    if (!stats2)
      return fail("not-found", "does not exist");
    options.checkedFolders?.add(folder);
  }
  let stats;
  try {
    stats = lstatSync(planned.file);
  } catch (error) {
    return openError(error);
  }
  const refused = checkFile(stats, options.maxBytes);
  if (refused)
    return refused;
  let fd;
  try {
    fd = openSync(planned.file, OPEN_FLAGS);
  } catch (error) {
    return openError(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!sameFile(stats, opened))
      return fail("unreadable", "changed while it was opened");
    const chunks = [];
    let length = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(chunkSize(opened, length, options.maxBytes));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0)
        break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > options.maxBytes)
        return tooLarge(options.maxBytes);
      if (reachedEnd(opened, bytesRead, chunk.length))
        break;
    }
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
    return { ok: true, bytes, stats: opened };
  } catch (error) {
    return fail("unreadable", `cannot be read (${errorCode(error)})`);
  } finally {
    closeSync(fd);
  }
}
async function readFileSafe(path, options) {
  return readFileSafeSync(path, options);
}

export {
  readFileSafeSync,
  readFileSafe
};
