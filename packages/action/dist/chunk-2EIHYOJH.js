import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  VERSION,
  docsUrl,
  fixDocument,
  lintDocument,
  parseFrontMatter,
  resolveConfig,
  uniqueMetadataDiagnostics
} from "./chunk-ZLANVZ4T.js";
import {
  require_picomatch
} from "./chunk-GKVB7MBV.js";
import {
  __toESM
} from "./chunk-A4GP3SDO.js";

// ../linter/dist/api.js
import { resolve as resolve7 } from "node:path";

// ../linter/dist/errors.js
var PlumeConfigError = class extends Error {
  name = "PlumeConfigError";
};

// ../linter/dist/report.js
function withDiagnostics(result, extra) {
  if (extra.length === 0)
    return result;
  const diagnostics = [...result.diagnostics, ...extra].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  return { ...result, diagnostics, errorCount, warningCount: diagnostics.length - errorCount };
}
function makeReport(files) {
  let errorCount = 0;
  let warningCount = 0;
  for (const file of files) {
    errorCount += file.errorCount;
    warningCount += file.warningCount;
  }
  return { version: 1, files, errorCount, warningCount };
}

// ../linter/dist/lint-files.js
import { resolve as resolve6 } from "node:path";

// ../linter/dist/config/load.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CONFIG_FILE = "plume.config.json";
function findConfigFile(cwd) {
  let dir = resolve(cwd);
  for (; ; ) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate))
      return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
function loadConfig(options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = options.configFile ? resolve(cwd, options.configFile) : findConfigFile(cwd);
  if (path === void 0)
    return resolveConfig({}, { baseDir: cwd });
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = error.code;
    return {
      ok: false,
      error: `${path}: ${code === "ENOENT" ? "config file not found" : `cannot read (${code})`}`
    };
  }
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, error: `${path}: invalid JSON: ${error.message}` };
  }
  return resolveConfig(raw, { baseDir: dirname(path), configPath: path });
}

// ../linter/dist/files.js
import { statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve4 } from "node:path";

// ../../node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// ../../node_modules/.pnpm/fdir@6.5.0_picomatch@4.0.7/node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname2, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve2(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname2(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// ../../node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative3) : [];
}

// ../linter/dist/files.js
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
var MARKDOWN = "**/*.{md,markdown}";
var toPosix = (path) => path.split("\\").join("/");
async function expandPatterns(patterns, config, cwd) {
  const ignore = [
    ...ALWAYS_IGNORED,
    ...config.ignores.map((pattern) => toPosix(resolve4(config.baseDir, pattern)))
  ];
  const found = /* @__PURE__ */ new Set();
  const globsFromCwd = [];
  const useDefaults = patterns.length === 0;
  const inputs = useDefaults ? config.articles.map((pattern) => toPosix(resolve4(config.baseDir, pattern))) : patterns;
  for (const pattern of inputs) {
    const absolute = resolve4(cwd, pattern);
    let stats;
    if (!isDynamicPattern(pattern)) {
      try {
        stats = statSync2(absolute);
      } catch {
        stats = void 0;
      }
    }
    if (stats?.isDirectory())
      globsFromCwd.push(`${toPosix(absolute)}/${MARKDOWN}`);
    else if (stats?.isFile())
      found.add(absolute);
    else
      globsFromCwd.push(isAbsolute2(pattern) ? toPosix(pattern) : toPosix(resolve4(cwd, pattern)));
  }
  if (globsFromCwd.length > 0) {
    const matches = await glob(globsFromCwd, { absolute: true, ignore, dot: false, onlyFiles: true });
    for (const match of matches)
      found.add(resolve4(match));
  }
  const explicitIgnore = ignore.slice(ALWAYS_IGNORED.length);
  const { default: picomatch2 } = await import("./picomatch-OF3SPXVJ.js");
  const ignored = explicitIgnore.length > 0 ? picomatch2(explicitIgnore, { dot: true }) : () => false;
  return [...found].filter((absolute) => !ignored(toPosix(absolute))).sort().map((absolutePath) => ({ absolutePath, path: toPosix(relative2(cwd, absolutePath)) || absolutePath }));
}
function shard(items, index, count) {
  return items.filter((_, position) => position % count === index - 1);
}

// ../linter/dist/pool.js
import { availableParallelism as availableParallelism2 } from "node:os";

// ../linter/dist/cache.js
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { join as join2, resolve as resolve5 } from "node:path";
var DEFAULT_CACHE_LOCATION = ".plumecache";
var CACHE_FILE = "lint-cache.json";
var LintCache = class {
  data;
  configHash;
  file;
  constructor(location, config) {
    this.file = join2(location, CACHE_FILE);
    this.configHash = createHash("sha256").update(JSON.stringify(config)).digest("hex");
    this.data = { version: VERSION, entries: {} };
    try {
      const parsed = JSON.parse(readFileSync2(this.file, "utf8"));
      if (parsed.version === VERSION && parsed.entries && typeof parsed.entries === "object")
        this.data = parsed;
    } catch {
    }
  }
  /** The cache key of a file, or undefined when it cannot be read (then it is linted). */
  keyOf(job, config) {
    let bytes;
    try {
      bytes = readFileSync2(job.absolutePath);
    } catch {
      return void 0;
    }
    const hash = createHash("sha256").update(VERSION).update(this.configHash).update(bytes);
    if (mayNameSource(bytes)) {
      const source = parseFrontMatter(bytes.toString("utf8").replace(/^\uFEFF/, "")).data?.source;
      if (typeof source === "string") {
        try {
          hash.update("source").update(readFileSync2(resolve5(config.baseDir, source)));
        } catch {
          hash.update("no-source");
        }
      }
    }
    return hash.digest("hex");
  }
  get(job, key) {
    const entry = this.data.entries[job.absolutePath];
    if (entry?.key !== key)
      return void 0;
    return {
      ...entry.outcome,
      result: { ...entry.outcome.result, path: job.path },
      summary: { ...entry.outcome.summary, path: job.path }
    };
  }
  changed = false;
  set(job, key, outcome) {
    this.data.entries[job.absolutePath] = { key, outcome };
    this.changed = true;
  }
  /** Writes the cache when a file was linted afresh (an all-hits run leaves it as it is). */
  save() {
    if (!this.changed)
      return;
    try {
      mkdirSync(resolve5(this.file, ".."), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(this.data));
      renameSync(temporary, this.file);
    } catch {
    }
  }
};
function mayNameSource(bytes) {
  const start = bytes[0] === 239 ? 3 : 0;
  if (bytes.toString("latin1", start, start + 3) !== "---")
    return false;
  const close = bytes.indexOf("\n---", start + 3);
  if (close === -1)
    return false;
  return /^["']?source["']?[ \t]*:/mu.test(bytes.toString("utf8", start, close));
}

// ../linter/dist/free-cores.js
import { availableParallelism, cpus } from "node:os";
function sample() {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    idle += cpu.times.idle;
    total += cpu.times.idle + cpu.times.user + cpu.times.sys + cpu.times.nice + cpu.times.irq;
  }
  const own = process.cpuUsage();
  return { at: performance.now(), idle, total, own: (own.user + own.system) / 1e3 };
}
var MIN_WINDOW_MS = 60;
var MAX_WINDOW_MS = 2e3;
var since = sample();
async function freeCores() {
  let age = performance.now() - since.at;
  if (age > MAX_WINDOW_MS) {
    since = sample();
    age = 0;
  }
  if (age < MIN_WINDOW_MS)
    await new Promise((resolve8) => setTimeout(resolve8, MIN_WINDOW_MS - age));
  const now = sample();
  const total = now.total - since.total;
  const free = now.idle - since.idle + (now.own - since.own);
  since = now;
  if (total <= 0)
    return availableParallelism();
  return Math.min(cpus().length, free / total * cpus().length);
}

// ../linter/dist/lint-worker.js
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
var YOUNG_GENERATION_MB = 40;
var OLD_GENERATION_MB = 512;
var workerUrl = new URL("./worker.js", import.meta.url);
var workerAvailable = () => workerUrl.protocol === "file:" && existsSync2(fileURLToPath2(workerUrl));
function spawnLintWorker() {
  return new Worker(workerUrl, {
    resourceLimits: {
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: OLD_GENERATION_MB
    }
  });
}
var prestarted = /* @__PURE__ */ new Set();
function takePrestartedWorkers(count) {
  const taken = [...prestarted].slice(0, count);
  for (const worker of prestarted) {
    if (taken.includes(worker))
      worker.ref();
    else
      void worker.terminate();
  }
  prestarted.clear();
  return taken;
}

// ../linter/dist/pool.js
var MIN_FILES_PER_WORKER = 16;
async function workerCount(files, requested) {
  if (requested !== void 0)
    return Math.max(0, Math.min(requested, Math.ceil(files / 2)));
  if (files < MIN_FILES_PER_WORKER)
    return 0;
  const cores = availableParallelism2();
  if (cores < 2 || files < 2 * MIN_FILES_PER_WORKER)
    return 1;
  if (await freeCores() < 1.25)
    return 1;
  return Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
}
async function runInProcess(jobs, config, fix2) {
  if (jobs.length === 0)
    return [];
  const { lintFile } = await import("./lint-file-RH6FINCS.js");
  return jobs.map((job) => lintFile(job, config, fix2));
}
async function runShared(jobs, config, fix2, count) {
  const batches = [];
  for (let start = 0; start < jobs.length; ) {
    const size = Math.max(1, Math.min(8, Math.ceil((jobs.length - start) / (count * 4))));
    batches.push({ start, jobs: jobs.slice(start, start + size) });
    start += size;
  }
  const outcomes = new Array(jobs.length);
  const store = (start, results) => {
    results.forEach((outcome, index) => {
      outcomes[start + index] = outcome;
    });
  };
  const lost = [];
  let next = 0;
  const threads = takePrestartedWorkers(count);
  while (threads.length < count)
    threads.push(spawnLintWorker());
  const workers = threads.map((worker) => {
    return new Promise((done) => {
      let current;
      let finished = false;
      const finish = () => {
        if (finished)
          return;
        finished = true;
        if (current)
          lost.push(current);
        current = void 0;
        done();
      };
      const feed = () => {
        current = batches[next++];
        if (!current) {
          void worker.terminate();
          return;
        }
        worker.postMessage({ kind: "lint", id: current.start, jobs: current.jobs });
      };
      worker.on("message", (message) => {
        store(message.id, message.outcomes);
        feed();
      });
      worker.on("error", finish);
      worker.on("exit", finish);
      worker.postMessage({ kind: "configure", config, fix: fix2 });
      feed();
    });
  });
  await Promise.all(workers);
  lost.push(...batches.slice(next));
  for (const batch of lost)
    store(batch.start, await runInProcess(batch.jobs, config, fix2));
  return outcomes;
}
async function runJobs(jobs, config, options) {
  const cache = options.cacheLocation ? new LintCache(options.cacheLocation, config) : void 0;
  const outcomes = new Array(jobs.length);
  const keys = new Array(jobs.length);
  const pending = [];
  jobs.forEach((job, index) => {
    const key = cache?.keyOf(job, config);
    keys[index] = key;
    const hit = key !== void 0 && !options.fix ? cache?.get(job, key) : void 0;
    if (hit)
      outcomes[index] = hit;
    else
      pending.push(index);
  });
  const pendingJobs = pending.map((index) => jobs[index]);
  const count = workerAvailable() ? await workerCount(pendingJobs.length, options.concurrency) : 0;
  if (count === 0)
    takePrestartedWorkers(0);
  const fresh = count > 0 ? await runShared(pendingJobs, config, options.fix, count) : await runInProcess(pendingJobs, config, options.fix);
  pending.forEach((jobIndex, position) => {
    const outcome = fresh[position];
    outcomes[jobIndex] = outcome;
    const key = keys[jobIndex];
    if (cache && key !== void 0 && !outcome.fixed)
      cache.set(jobs[jobIndex], key, outcome);
  });
  cache?.save();
  return outcomes;
}

// ../linter/dist/lint-files.js
async function lintFiles(patterns, options = {}) {
  const cwd = resolve6(options.cwd ?? process.cwd());
  let config = options.config;
  if (!config) {
    const loaded = loadConfig({ cwd, configFile: options.configFile });
    if (!loaded.ok)
      throw new PlumeConfigError(loaded.error);
    config = loaded.config;
  }
  let jobs = await expandPatterns(patterns, config, cwd);
  const matchedFiles = jobs.length;
  if (options.shard)
    jobs = shard(jobs, options.shard.index, options.shard.count);
  const outcomes = await runJobs(jobs, config, {
    fix: options.fix ?? false,
    cacheLocation: options.cacheLocation ? resolve6(cwd, options.cacheLocation) : void 0,
    concurrency: options.concurrency
  });
  const duplicates = uniqueMetadataDiagnostics(outcomes.map((outcome) => outcome.summary), docsUrl("unique-metadata"));
  const files = outcomes.map((outcome) => withDiagnostics(outcome.result, duplicates.get(outcome.result.path) ?? []));
  const report2 = { ...makeReport(files), matchedFiles };
  const fixedFiles = outcomes.filter((outcome) => outcome.fixed).map((outcome) => outcome.result.path);
  if (options.fix)
    report2.fixedFiles = fixedFiles;
  return report2;
}

// ../linter/dist/api.js
var isResolved = (config) => "baseDir" in config && "rules" in config && "overrides" in config && Array.isArray(config.extends);
function toResolved(config, cwd) {
  if (config && isResolved(config))
    return config;
  const result = resolveConfig(config ?? {}, { baseDir: resolve7(cwd ?? process.cwd()) });
  if (!result.ok)
    throw new PlumeConfigError(result.error);
  return result.config;
}
var documentPaths = (options) => ({
  path: options.path ?? "<text>",
  absolutePath: options.path === void 0 ? void 0 : resolve7(options.cwd ?? process.cwd(), options.path)
});
function lintText(text, options = {}) {
  const config = toResolved(options.config, options.cwd);
  const output = lintDocument({ ...documentPaths(options), text, config, source: options.source });
  return makeReport([output.result]);
}
function fix(text, options = {}) {
  const config = toResolved(options.config, options.cwd);
  return fixDocument({ ...documentPaths(options), text, config, source: options.source }).text;
}

export {
  PlumeConfigError,
  loadConfig,
  glob,
  DEFAULT_CACHE_LOCATION,
  lintFiles,
  lintText,
  fix
};
