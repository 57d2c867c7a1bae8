import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic, LintReport } from './report-types.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest are dropped silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
}

export interface LocatedDiagnostic {
  path: string;
  diagnostic: Diagnostic;
}

export function annotationProperties(path: string, d: Diagnostic): AnnotationProperties {
  return {
    title: `Plume ${d.ruleId}`,
    file: path,
    startLine: d.line,
    endLine: d.endLine,
    // GitHub only honours columns on single-line annotations.
    ...(d.line === d.endLine ? { startColumn: d.column, endColumn: d.endColumn } : {}),
  };
}

/**
 * Annotates the first errors and warnings on their exact lines, up to GitHub's caps less the
 * slots the step keeps for its own messages (`reserve`), and returns the ones left out, for the
 * job summary to list instead.
 */
export function annotate(
  report: LintReport,
  sink: AnnotationSink,
  reserve: { error: number; warning: number } = { error: 0, warning: 0 },
): LocatedDiagnostic[] {
  const room = {
    error: MAX_ANNOTATIONS_PER_LEVEL - reserve.error,
    warning: MAX_ANNOTATIONS_PER_LEVEL - reserve.warning,
  };
  const shown = { error: 0, warning: 0 };
  const overflow: LocatedDiagnostic[] = [];
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      const level = diagnostic.severity;
      if (shown[level] >= room[level]) {
        overflow.push({ path: file.path, diagnostic });
        continue;
      }
      shown[level] += 1;
      sink[level](diagnostic.message, annotationProperties(file.path, diagnostic));
    }
  }
  return overflow;
}
