import type { Place } from '../report/diagnostic.js';
import { makeDiagnostic } from '../report/diagnostic.js';
import type { Diagnostic, Severity } from '../report/types.js';
import { docsUrl } from '../rules/index.js';
import type { Report, Rule } from '../rules/rule.js';

/**
 * A rule's report as a diagnostic: the runner stamps the rule's id, docs page and whether it is
 * fixable, and the configured severity, which a report may only lower to a warning.
 */
export function ruleDiagnostic(
  rule: Rule,
  configured: Severity,
  report: Report,
  fallback: Place,
): Diagnostic {
  return makeDiagnostic({
    ruleId: rule.meta.id,
    severity: report.severity === 'warning' ? 'warning' : configured,
    message: report.message,
    at: report.at ?? fallback,
    end: report.end,
    fixable: report.fix !== undefined,
    url: docsUrl(rule.meta.id),
  });
}
