import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  FILE_START,
  ruleDiagnostic
} from "./chunk-YEPGWXY6.js";
import {
  rules
} from "./chunk-3AVOLLOX.js";

// ../linter/dist/lint/file-problems.js
function fileProblemDiagnostics(problems, settings) {
  const diagnostics = [];
  if (problems.length === 0)
    return diagnostics;
  for (const rule of rules) {
    const severity = settings[rule.meta.id]?.severity;
    if (!rule.checkFile || severity === void 0 || severity === "off")
      continue;
    for (const problem of problems) {
      rule.checkFile({
        problem,
        options: settings[rule.meta.id]?.options,
        report: (report) => diagnostics.push(ruleDiagnostic(rule, severity, report, FILE_START))
      });
    }
  }
  return diagnostics;
}

export {
  fileProblemDiagnostics
};
