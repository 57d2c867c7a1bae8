import type { RuleSettings } from '../config/resolve.js';
import { FILE_START } from '../report/diagnostic.js';
import type { Diagnostic } from '../report/types.js';
import { rules } from '../rules/index.js';
import type { FileProblem } from '../rules/rule.js';
import { ruleDiagnostic } from './rule-diagnostic.js';

/** What the rules with a `checkFile` phase report about problems the runner had with a file. */
export function fileProblemDiagnostics(
  problems: readonly FileProblem[],
  settings: RuleSettings,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (problems.length === 0) return diagnostics;
  for (const rule of rules) {
    const severity = settings[rule.meta.id]?.severity;
    if (!rule.checkFile || severity === undefined || severity === 'off') continue;
    for (const problem of problems) {
      rule.checkFile({
        problem,
        options: settings[rule.meta.id]?.options,
        report: (report) => diagnostics.push(ruleDiagnostic(rule, severity, report, FILE_START)),
      });
    }
  }
  return diagnostics;
}
