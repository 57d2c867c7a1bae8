import type { AnnotationProperties } from '@actions/core';
import { describe, expect, it } from 'vitest';
import { annotate, type FilterMode } from '../src/annotations.js';
import { type ChangedLines, changedLinesOf, type FileDiff, parsePatch } from '../src/diff-lines.js';
import type { Diagnostic } from '../src/report-types.js';
import { diag, lintReport as report } from './helpers/report.js';

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

const everything = { mode: 'nofilter' as const, changed: new Map() };

// A real `patch` as GitHub lists it: lines 3-4 replaced by 3-5, line 10 added; context around.
const PATCH = [
  '@@ -1,6 +1,7 @@',
  ' ---',
  ' title: Titre',
  '-description: Courte.',
  '-keyphrase: x',
  '+description: Une description plus longue.',
  '+keyphrase: guerre',
  '+slug: guerre',
  ' ---',
  ' ',
  '@@ -8,2 +9,3 @@ ## Section',
  ' Un paragraphe.',
  '+Une phrase ajoutée.',
  ' Fin.',
  '\\ No newline at end of file',
].join('\n');

describe('parsePatch', () => {
  it('numbers the added lines and the context in the new version of the file', () => {
    const diff = parsePatch(PATCH);
    expect([...diff.added]).toEqual([3, 4, 5, 10]);
    expect([...diff.context]).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11]);
  });

  it('counts every line of an added file, or of a file whose diff GitHub did not send', () => {
    expect(changedLinesOf({ status: 'added', patch: '@@ -0,0 +1 @@\n+x' })).toBe('all');
    expect(changedLinesOf({ status: 'modified' })).toBe('all');
    expect(changedLinesOf({ status: 'modified', patch: PATCH })).not.toBe('all');
  });
});

describe('annotations', () => {
  it('annotates the exact span of a single-line diagnostic, in GitHub’s inclusive columns', () => {
    const { calls, sink } = recorder();
    // Plume's span 3..9 (end exclusive) covers columns 3 to 8.
    annotate(report({ 'articles/x.md': [diag('error', 4)] }), sink, everything);
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
          endColumn: 8,
        },
      },
    ]);
  });

  it('keeps a one-column span on its column (an empty span never ends before it starts)', () => {
    const { calls, sink } = recorder();
    annotate(report({ 'a.md': [diag('error', 1, { column: 1, endColumn: 1 })] }), sink, everything);
    expect(calls[0]?.properties).toMatchObject({ startColumn: 1, endColumn: 1 });
  });

  it('leaves columns out of a multi-line diagnostic, as GitHub requires', () => {
    const { calls, sink } = recorder();
    annotate(report({ 'a.md': [diag('warning', 2, { endLine: 5 })] }), sink, everything);
    expect(calls[0]?.properties).toEqual({
      title: 'Plume paragraph-length',
      file: 'a.md',
      startLine: 2,
      endLine: 5,
    });
  });

  const changed: ChangedLines = new Map<string, FileDiff | 'all'>([
    ['articles/edited.md', parsePatch(PATCH)],
    ['articles/new.md', 'all'],
  ]);
  const diagnostics = {
    'articles/edited.md': [
      diag('error', 4), // an added line
      diag('warning', 7), // context only
      diag('warning', 20), // outside the diff
      diag('warning', 8, { endLine: 10 }), // a range reaching an added line
    ],
    'articles/new.md': [diag('warning', 50)],
    'articles/untouched.md': [diag('error', 1)],
  };
  it.each<[FilterMode, string[], number]>([
    ['added', ['articles/edited.md:4', 'articles/edited.md:8', 'articles/new.md:50'], 3],
    [
      'diff_context',
      ['articles/edited.md:4', 'articles/edited.md:7', 'articles/edited.md:8', 'articles/new.md:50'],
      2,
    ],
    [
      'file',
      [
        'articles/edited.md:4',
        'articles/edited.md:7',
        'articles/edited.md:20',
        'articles/edited.md:8',
        'articles/new.md:50',
      ],
      1,
    ],
    [
      'nofilter',
      [
        'articles/edited.md:4',
        'articles/edited.md:7',
        'articles/edited.md:20',
        'articles/edited.md:8',
        'articles/new.md:50',
        'articles/untouched.md:1',
      ],
      0,
    ],
  ])('filter-mode %s annotates %j', (mode, expected, filteredOut) => {
    const { calls, sink } = recorder();
    const result = annotate(report(diagnostics), sink, { mode, changed });
    expect(calls.map((c) => `${c.properties.file}:${c.properties.startLine}`)).toEqual(expected);
    expect(result.filteredOut).toBe(filteredOut);
  });

  it('stops at 10 errors and 10 warnings per step and returns the rest for the summary', () => {
    const { calls, sink } = recorder();
    const many = (severity: Diagnostic['severity']) =>
      Array.from({ length: 8 }, (_, i) => diag(severity, i + 1));
    const { overCap } = annotate(
      report({
        'a.md': [...many('error'), ...many('warning')],
        'b.md': [...many('error'), diag('warning', 99)],
      }),
      sink,
      everything,
    );
    expect(calls.filter((c) => c.level === 'error')).toHaveLength(10);
    expect(calls.filter((c) => c.level === 'warning')).toHaveLength(9);
    expect(overCap.map((o) => `${o.path}:${o.diagnostic.line}`)).toEqual([
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
    const { overCap } = annotate(
      report({ 'a.md': [...many('error'), ...many('warning')] }),
      sink,
      everything,
      {
        error: 1,
        warning: 1,
      },
    );
    expect(calls.filter((c) => c.level === 'error')).toHaveLength(9);
    expect(calls.filter((c) => c.level === 'warning')).toHaveLength(9);
    expect(overCap).toHaveLength(6);
  });
});
