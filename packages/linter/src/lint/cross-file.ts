import { FILE_START } from '../report/diagnostic.js';
import type { Diagnostic, Severity } from '../report/types.js';
import { rules } from '../rules/index.js';
import { ruleDiagnostic } from './rule-diagnostic.js';

/** Per cross-file rule id: the file's severity for it and what the rule collected from the file. */
export type CrossFileFacts = Record<string, { severity: Severity; facts: unknown }>;

export interface CrossFileInput {
  path: string;
  crossFile: CrossFileFacts;
}

/**
 * The project phase: every rule with `checkProject` checks what each file collected, once the
 * files linted together are all done (on any thread). Diagnostics come back keyed by path.
 */
export function crossFileDiagnostics(files: readonly CrossFileInput[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const rule of rules) {
    if (!rule.checkProject) continue;
    const severityOf = new Map<string, Severity>();
    const collected: { path: string; facts: unknown }[] = [];
    for (const file of files) {
      const entry = file.crossFile[rule.meta.id];
      if (!entry) continue;
      severityOf.set(file.path, entry.severity);
      collected.push({ path: file.path, facts: entry.facts });
    }
    if (collected.length === 0) continue;
    rule.checkProject({
      files: collected,
      report(path, report) {
        const severity = severityOf.get(path);
        if (severity === undefined) return;
        const list = out.get(path) ?? [];
        list.push(ruleDiagnostic(rule, severity, report, FILE_START));
        out.set(path, list);
      },
    });
  }
  return out;
}
