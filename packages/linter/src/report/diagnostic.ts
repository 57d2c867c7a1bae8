import type { Diagnostic, Severity } from './types.js';

/** A 1-based line and column (an article `Position` is one). */
export interface Place {
  line: number;
  column: number;
}

/** The first character of a file: where problems with the whole file are shown. */
export const FILE_START: Place = { line: 1, column: 1 };

export interface DiagnosticFields {
  ruleId: string;
  severity: Severity;
  message: string;
  at: Place;
  /** Exclusive; default: `at` (an empty span). */
  end?: Place | undefined;
  fixable?: boolean;
  url?: string | undefined;
}

/** The one way to build a Diagnostic (DESIGN §4.5's shape, every field in its order). */
export function makeDiagnostic(fields: DiagnosticFields): Diagnostic {
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
    ...(fields.url === undefined ? {} : { url: fields.url }),
  };
}

/** Report order: by line, then column, then rule id (a stable sort keeps the rest as found). */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

export const sortDiagnostics = (diagnostics: readonly Diagnostic[]): Diagnostic[] =>
  [...diagnostics].sort(compareDiagnostics);

export function countDiagnostics(diagnostics: readonly Diagnostic[]): {
  errorCount: number;
  warningCount: number;
} {
  let errorCount = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errorCount++;
  return { errorCount, warningCount: diagnostics.length - errorCount };
}
