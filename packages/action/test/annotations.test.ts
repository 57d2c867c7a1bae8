import type { AnnotationProperties } from '@actions/core';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotations.js';
import type { Diagnostic, LintReport } from '../src/report-types.js';

const diag = (
  severity: Diagnostic['severity'],
  line: number,
  extra: Partial<Diagnostic> = {},
): Diagnostic => ({
  ruleId: severity === 'error' ? 'word-count' : 'paragraph-length',
  severity,
  message: `${severity} at ${line}`,
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  fixable: false,
  ...extra,
});

function report(files: Record<string, Diagnostic[]>): LintReport {
  const all = Object.values(files).flat();
  const count = (s: string, list: Diagnostic[]) => list.filter((d) => d.severity === s).length;
  return {
    version: 1,
    files: Object.entries(files).map(([path, diagnostics]) => ({
      path,
      metrics: {
        words: 0,
        h2: 0,
        titleLength: 0,
        descriptionLength: 0,
        fleschFr: 0,
        sentences: 0,
        readingMinutes: 0,
      },
      diagnostics,
      errorCount: count('error', diagnostics),
      warningCount: count('warning', diagnostics),
    })),
    errorCount: count('error', all),
    warningCount: count('warning', all),
  };
}

function recorder() {
  const calls: { level: string; message: string; properties: AnnotationProperties }[] = [];
  return {
    calls,
    sink: {
      error: (message: string, properties: AnnotationProperties) =>
        calls.push({ level: 'error', message, properties }),
      warning: (message: string, properties: AnnotationProperties) =>
        calls.push({ level: 'warning', message, properties }),
    },
  };
}

describe('annotations', () => {
  it('annotates the exact span of a single-line diagnostic', () => {
    const { calls, sink } = recorder();
    annotate(report({ 'articles/x.md': [diag('error', 4)] }), sink);
    expect(calls).toEqual([
      {
        level: 'error',
        message: 'error at 4',
        properties: {
          title: 'Plume word-count',
          file: 'articles/x.md',
          startLine: 4,
          endLine: 4,
          startColumn: 3,
          endColumn: 9,
        },
      },
    ]);
  });

  it('leaves columns out of a multi-line diagnostic, as GitHub requires', () => {
    const { calls, sink } = recorder();
    annotate(report({ 'a.md': [diag('warning', 2, { endLine: 5 })] }), sink);
    expect(calls[0]?.properties).toEqual({
      title: 'Plume paragraph-length',
      file: 'a.md',
      startLine: 2,
      endLine: 5,
    });
  });

  it('stops at 10 errors and 10 warnings per step and returns the rest for the summary', () => {
    const { calls, sink } = recorder();
    const many = (severity: Diagnostic['severity']) =>
      Array.from({ length: 8 }, (_, i) => diag(severity, i + 1));
    const overflow = annotate(
      report({
        'a.md': [...many('error'), ...many('warning')],
        'b.md': [...many('error'), diag('warning', 99)],
      }),
      sink,
    );
    expect(calls.filter((c) => c.level === 'error')).toHaveLength(10);
    expect(calls.filter((c) => c.level === 'warning')).toHaveLength(9);
    expect(overflow.map((o) => `${o.path}:${o.diagnostic.line}`)).toEqual([
      'b.md:3',
      'b.md:4',
      'b.md:5',
      'b.md:6',
      'b.md:7',
      'b.md:8',
    ]);
  });

  it("keeps slots for the step's own failure message and warnings", () => {
    const { calls, sink } = recorder();
    const many = (severity: Diagnostic['severity']) =>
      Array.from({ length: 12 }, (_, i) => diag(severity, i + 1));
    const overflow = annotate(report({ 'a.md': [...many('error'), ...many('warning')] }), sink, {
      error: 1,
      warning: 1,
    });
    expect(calls.filter((c) => c.level === 'error')).toHaveLength(9);
    expect(calls.filter((c) => c.level === 'warning')).toHaveLength(9);
    expect(overflow).toHaveLength(6);
  });
});
