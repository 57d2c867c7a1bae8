import type { AnnotationProperties } from '@actions/core';
import { githubAnnotation } from '@plume/linter';
import type { ChangedLines } from './diff-lines.js';
import type { Diagnostic, LintReport } from './report-types.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; the rest are dropped silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

/**
 * Which diagnostics become annotations, as reviewdog's `filter_mode`: on the lines the pull
 * request added, on those and their diff context, anywhere in a changed file, or all.
 */
export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
}

export interface LocatedDiagnostic {
  path: string;
  diagnostic: Diagnostic;
}

/** Whether the diagnostic falls where `mode` looks: any line of its range counts. */
export function inFilter(mode: FilterMode, changed: ChangedLines, path: string, d: Diagnostic): boolean {
  if (mode === 'nofilter') return true;
  const diff = changed.get(path);
  if (diff === undefined) return false;
  if (mode === 'file' || diff === 'all') return true;
  const lines = mode === 'added' ? diff.added : diff.context;
  for (let line = d.line; line <= Math.max(d.line, d.endLine); line++) if (lines.has(line)) return true;
  return false;
}

export interface AnnotationResult {
  annotated: number;
  /** Kept by the filter but past GitHub's per-step caps. */
  overCap: LocatedDiagnostic[];
  /** Left out by the filter (outside the lines the pull request changed). */
  filteredOut: number;
}

/**
 * Annotates the diagnostics the filter keeps, errors and warnings each up to GitHub's cap less
 * the slots the step keeps for its own messages (`reserve`). Every diagnostic, annotated or not,
 * is in the job summary.
 */
export function annotate(
  report: LintReport,
  sink: AnnotationSink,
  filter: { mode: FilterMode; changed: ChangedLines },
  reserve: { error: number; warning: number } = { error: 0, warning: 0 },
): AnnotationResult {
  const room = {
    error: MAX_ANNOTATIONS_PER_LEVEL - reserve.error,
    warning: MAX_ANNOTATIONS_PER_LEVEL - reserve.warning,
  };
  const shown = { error: 0, warning: 0 };
  const overCap: LocatedDiagnostic[] = [];
  let filteredOut = 0;
  for (const file of report.files) {
    for (const diagnostic of file.diagnostics) {
      if (!inFilter(filter.mode, filter.changed, file.path, diagnostic)) {
        filteredOut++;
        continue;
      }
      const level = diagnostic.severity;
      if (shown[level] >= room[level]) {
        overCap.push({ path: file.path, diagnostic });
        continue;
      }
      shown[level] += 1;
      // The linter's one mapping: GitHub's inclusive end column, columns on single lines only.
      sink[level](diagnostic.message, githubAnnotation(file.path, diagnostic));
    }
  }
  return { annotated: shown.error + shown.warning, overCap, filteredOut };
}
