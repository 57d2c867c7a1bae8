import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  fixDocument,
  lintDocument,
  makeReport,
  readNamedSource,
  withDiagnostics
} from "./chunk-MFYMXG2A.js";
import {
  crossFileDiagnostics
} from "./chunk-3XUFCOUI.js";
import {
  resolveConfig
} from "./chunk-6CRMEHVJ.js";

// ../linter/dist/run/lint-text.js
import { resolve } from "node:path";

// ../linter/dist/config/config-error.js
var PlumeConfigError = class extends Error {
  name = "PlumeConfigError";
};

// ../linter/dist/run/lint-text.js
var isResolved = (config) => "baseDir" in config && "rules" in config && "overrides" in config && Array.isArray(config.extends);
function toResolved(config, cwd) {
  if (config && isResolved(config))
    return config;
  const result = resolveConfig(config ?? {}, { baseDir: resolve(cwd ?? process.cwd()) });
  if (!result.ok)
    throw new PlumeConfigError(result.error);
  return result.config;
}
var documentPaths = (options) => ({
  path: options.path ?? "<text>",
  absolutePath: options.path === void 0 ? void 0 : resolve(options.cwd ?? process.cwd(), options.path)
});
var sourceOf = (options, config) => options.source ?? readNamedSource(config.baseDir);
function lintText(text, options = {}) {
  const config = toResolved(options.config, options.cwd);
  const output = lintDocument({ ...documentPaths(options), text, config, source: sourceOf(options, config) });
  const crossFile = crossFileDiagnostics([{ path: output.result.path, crossFile: output.crossFile }]);
  return makeReport([withDiagnostics(output.result, crossFile.get(output.result.path) ?? [])]);
}
function fix(text, options = {}) {
  const config = toResolved(options.config, options.cwd);
  return fixDocument({ ...documentPaths(options), text, config, source: sourceOf(options, config) }).text;
}

export {
  PlumeConfigError,
  lintText,
  fix
};
