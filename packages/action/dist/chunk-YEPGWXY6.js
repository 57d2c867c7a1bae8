import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  docsUrl
} from "./chunk-3AVOLLOX.js";

// ../linter/dist/report/diagnostic.js
var FILE_START = { line: 1, column: 1 };
function makeDiagnostic(fields) {
  const end = fields.end ?? fields.at;
  return {
    ruleId: fields.ruleId,
    severity: fields.severity,
    message: fields.message,
    line: fields.at.line,
    column: fields.at.column,
    endLine: end.line,
    endColumn: end.column,
    fixable: fields.fixable ?? false,
    ...fields.url === void 0 ? {} : { url: fields.url }
  };
}
var compareDiagnostics = (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
var sortDiagnostics = (diagnostics) => [...diagnostics].sort(compareDiagnostics);
function countDiagnostics(diagnostics) {
  let errorCount = 0;
  for (const diagnostic of diagnostics)
    if (diagnostic.severity === "error")
      errorCount++;
  return { errorCount, warningCount: diagnostics.length - errorCount };
}

// ../linter/dist/lint/rule-diagnostic.js
function ruleDiagnostic(rule, configured, report, fallback) {
  return makeDiagnostic({
    ruleId: rule.meta.id,
    severity: report.severity === "warning" ? "warning" : configured,
    message: report.message,
    at: report.at ?? fallback,
    end: report.end,
    fixable: report.fix !== void 0,
    url: docsUrl(rule.meta.id)
  });
}

export {
  FILE_START,
  makeDiagnostic,
  sortDiagnostics,
  countDiagnostics,
  ruleDiagnostic
};
