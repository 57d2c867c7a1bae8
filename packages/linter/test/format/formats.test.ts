import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/format/index.js';
import { escapeMarkdown, formatMarkdown } from '../../src/format/markdown.js';
import { makeReport } from '../../src/report/make-report.js';
import type { Diagnostic, FileResult } from '../../src/report/types.js';

const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId: 'word-count',
  severity: 'error',
  message: 'Expected at least 700 words, found 18.',
  line: 6,
  column: 1,
  endLine: 6,
  endColumn: 4,
  fixable: false,
  url: 'https://example.test/docs/rules/word-count.md',
  ...over,
});

const file = (path: string, diagnostics: Diagnostic[]): FileResult => ({
  path,
  metrics: {
    words: 18,
    h2: 1,
    titleLength: 10,
    descriptionLength: 12,
    fleschFr: 60,
    sentences: 2,
    readingMinutes: 1,
  },
  diagnostics,
  errorCount: diagnostics.filter((d) => d.severity === 'error').length,
  warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
});

describe('github format', () => {
  it('writes one workflow command per diagnostic, columns only on single-line ones', () => {
    const report = makeReport([
      file('articles/a,b:c.md', [
        diagnostic(),
        diagnostic({ severity: 'warning', ruleId: 'paragraph-length', line: 8, endLine: 10, endColumn: 5 }),
      ]),
    ]);
    const lines = formatReport(report, 'github').trim().split('\n');
    // Columns 1 to 4 exclusive are GitHub's columns 1 to 3 inclusive.
    expect(lines[0]).toBe(
      '::error file=articles/a%2Cb%3Ac.md,line=6,col=1,endColumn=3,endLine=6,title=Plume word-count::Expected at least 700 words, found 18.',
    );
    expect(lines[1]).toMatch(
      /^::warning file=articles\/a%2Cb%3Ac\.md,line=8,endLine=10,title=Plume paragraph-length::/,
    );
    expect(lines[1]).not.toContain('col=');
  });

  it('marks the first character of an empty span', () => {
    const report = makeReport([file('a.md', [diagnostic({ column: 7, endColumn: 7 })])]);
    expect(formatReport(report, 'github')).toContain(',col=7,endColumn=7,');
  });

  it('escapes %, carriage returns and newlines in messages', () => {
    const report = makeReport([file('a.md', [diagnostic({ message: '100% sûr\r\nligne 2' })])]);
    expect(formatReport(report, 'github')).toContain('::100%25 sûr%0D%0Aligne 2');
  });
});

describe('sarif format', () => {
  it('is SARIF 2.1.0 with rules carrying helpUri and results carrying regions', () => {
    const report = makeReport([
      file('dir/a b.md', [diagnostic(), diagnostic({ ruleId: 'MD033', severity: 'warning' })]),
    ]);
    const sarif = JSON.parse(
      formatReport(report, 'sarif', { sarif: { cwd: '/repo', repositoryRoot: '/repo' } }),
    );
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['MD033', 'word-count']);
    expect(run.tool.driver.rules[1].helpUri).toBe('https://example.test/docs/rules/word-count.md');
    expect(run.results[0]).toMatchObject({
      ruleId: 'word-count',
      ruleIndex: 1,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'dir/a%20b.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 4 },
          },
        },
      ],
    });
  });
});

describe('markdown format (PR comment)', () => {
  it('has the summary table and a collapsible section per file', () => {
    const body = formatMarkdown(makeReport([file('a.md', [diagnostic()]), file('b.md', [])]));
    expect(body).toContain(
      '| file | words | H2s | description | keyphrase | SEO | errors | warnings | status |',
    );
    expect(body).toContain('| a.md | 18 | 1 | 12 | — | — | 1 | 0 | ❌ |');
    expect(body).toContain('| b.md | 18 | 1 | 12 | — | — | 0 | 0 | ✅ |');
    expect(body).toContain('<details><summary>a.md');
    expect(body).not.toContain('<details><summary>b.md');
  });

  it('makes text from articles inert: no mentions, HTML, images or links', () => {
    const escaped = escapeMarkdown(
      '@octocat <img src=x onerror=alert(1)> ![x](http://e.vil/p.png) [a](b) #12',
    );
    expect(escaped).not.toMatch(/@\w/);
    expect(escaped).not.toContain('<img');
    expect(escaped).not.toContain('![');
    expect(escaped).not.toContain('](');
    expect(escaped).toContain('&#35;12');
  });

  it('stays under the comment limit with a truncation note', () => {
    const many = Array.from({ length: 400 }, (_, index) =>
      file(
        `articles/${index}.md`,
        Array.from({ length: 20 }, () => diagnostic({ message: 'x'.repeat(100) })),
      ),
    );
    const body = formatMarkdown(makeReport(many));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('not shown');
  });
});

describe('json format', () => {
  it('prints only the documented keys', () => {
    const report = { ...makeReport([file('a.md', [])]), matchedFiles: 1 };
    expect(Object.keys(JSON.parse(formatReport(report, 'json')))).toEqual([
      'version',
      'files',
      'errorCount',
      'warningCount',
    ]);
  });
});
