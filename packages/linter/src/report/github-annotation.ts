import type { Diagnostic } from './types.js';

/** The location and title of a GitHub annotation, as `@actions/core`'s AnnotationProperties. */
export interface GithubAnnotation {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * Where GitHub shows a diagnostic. GitHub honours columns only when the annotation starts and
 * ends on the same line, and its end column is inclusive where a Diagnostic's is exclusive; an
 * empty span marks its first character.
 */
export function githubAnnotation(path: string, d: Diagnostic): GithubAnnotation {
  return {
    title: `Plume ${d.ruleId}`,
    file: path,
    startLine: d.line,
    endLine: d.endLine,
    ...(d.line === d.endLine
      ? { startColumn: d.column, endColumn: Math.max(d.column, d.endColumn - 1) }
      : {}),
  };
}
