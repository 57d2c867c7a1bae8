import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  FILE_START,
  ruleDiagnostic
} from "./chunk-YEPGWXY6.js";
import {
  rules
} from "./chunk-3AVOLLOX.js";

// ../linter/dist/lint/cross-file.js
function crossFileDiagnostics(files) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (!rule.checkProject)
      continue;
    const severityOf = /* @__PURE__ */ new Map();
    const collected = [];
    for (const file of files) {
      const entry = file.crossFile[rule.meta.id];
      if (!entry)
        continue;
      severityOf.set(file.path, entry.severity);
      collected.push({ path: file.path, facts: entry.facts });
    }
    if (collected.length === 0)
      continue;
    rule.checkProject({
      files: collected,
      report(path, report) {
        const severity = severityOf.get(path);
        if (severity === void 0)
          return;
        const list = out.get(path) ?? [];
        list.push(ruleDiagnostic(rule, severity, report, FILE_START));
        out.set(path, list);
      }
    });
  }
  return out;
}

export {
  crossFileDiagnostics
};
