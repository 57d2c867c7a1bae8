import { escapeMarkdown } from '@plume/linter';
import { describe, expect, it } from 'vitest';
import { fenced, inlineCode } from '../src/escape.js';
import { COMMENT_BUDGET, type RunView, renderComment, renderSummary, SUMMARY_BUDGET } from '../src/render.js';
import type { RewriteReport, SeedOutcome } from '../src/report-types.js';
import { characters, fitSections, utf8Bytes } from '../src/truncate.js';

const rewrite: RewriteReport = {
  version: 1,
  model: 'gpt-test',
  seeds: [
    {
      seed: 'seeds/x.txt',
      article: 'articles/x.md',
      status: 'written',
      attempts: 2,
      usage: { promptTokens: 1200, completionTokens: 3400 },
      words: 905,
      errorCount: 0,
      warningCount: 1,
      error: null,
      warnings: ['seeds/x.txt: instruction part « be funny » not understood; ignored'],
    },
    {
      seed: 'seeds/bad.txt',
      article: null,
      status: 'failed',
      attempts: 0,
      usage: { promptTokens: 0, completionTokens: 0 },
      words: null,
      errorCount: 0,
      warningCount: 0,
      error: 'seeds/bad.txt: empty seed <img src=x> @team',
      warnings: [],
    },
  ],
};

const view = (extra: Partial<RunView> = {}): RunView => ({
  notices: [],
  rewrite,
  push: { kind: 'pushed', sha: 'abcdef1234567890', attempts: 1 },
  lintMarkdown: {
    comment: '| File | Words |\n|---|---|\n| articles/x.md | 905 |',
    summary: '| File | Words |',
  },
  unpushedArticles: [],
  unannotated: [],
  ...extra,
});

describe('escaping text from a pull request', () => {
  it('neutralises mentions, HTML and Markdown images', () => {
    const out = escapeMarkdown('@octocat <script>alert(1)</script> ![x](http://t/p.png) a|b');
    expect(out).not.toMatch(/@octocat/);
    expect(out).not.toContain('<');
    expect(out).not.toContain('![');
    expect(out).toContain('a\\|b');
  });

  it('fences text with a fence longer than any backtick run inside', () => {
    expect(fenced('a ```` b', 'md')).toBe('`````md\na ```` b\n`````');
  });
});

describe('the comment and the job summary', () => {
  it('show the rewrite table with model, requests and tokens, the push and the lint report', () => {
    const comment = renderComment(view());
    expect(comment).toContain('Model `gpt-test` · 2 request(s) · 1,200 prompt + 3,400 completion tokens');
    expect(comment).toContain('| `seeds/x.txt` | `articles/x.md` | ✅ written | 2 | 905 | 0 | 1 |');
    expect(comment).toContain('committed to the branch in abcdef1');
    expect(comment).toContain('| articles/x.md | 905 |');
    expect(comment).not.toContain('<img');
    expect(comment).not.toMatch(/@team/);
  });

  it('keep a file name with a pipe or a backtick inside its table cell', () => {
    const odd = { ...rewrite, seeds: [{ ...(rewrite.seeds[0] as SeedOutcome), seed: 'seeds/a|b`c.txt' }] };
    expect(renderComment(view({ rewrite: odd }))).toContain("| `seeds/a\\|b'c.txt` | `articles/x.md` |");
  });

  it('link the comment to the run for the full report', () => {
    const url = 'https://github.com/acme/news/actions/runs/42';
    expect(renderComment(view({ runUrl: url }))).toContain(`[job summary](${url})`);
    expect(renderSummary(view({ runUrl: url }))).not.toContain(url);
  });

  it("list a seed's warnings under the rewrite table", () => {
    expect(renderComment(view())).toContain(
      '**Seed warnings**\n\n- seeds/x.txt: instruction part « be funny » not understood; ignored',
    );
  });

  it('list the diagnostics beyond the annotation caps in the summary only', () => {
    const unannotated = [
      {
        path: 'articles/x.md',
        diagnostic: {
          ruleId: 'paragraph-length',
          severity: 'warning' as const,
          message: 'Expected at most 150 words, found 190.',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 5,
          fixable: false,
        },
      },
    ];
    expect(renderSummary(view({ unannotated }))).toContain(
      '| `articles/x.md` | 12 | `paragraph-length` | warning | Expected at most 150 words, found 190. |',
    );
    expect(renderComment(view({ unannotated }))).not.toContain('beyond GitHub');
  });

  it("show a fork's articles in full, fenced so nothing in them renders", () => {
    const comment = renderComment(
      view({ push: null, unpushedArticles: [{ path: 'articles/x.md', text: '## Titre\n\n<b>@all</b>\n' }] }),
    );
    expect(comment).toContain(
      '<details><summary>articles/x.md (not pushed: copy it into the branch)</summary>',
    );
    expect(comment).toContain('```markdown\n## Titre\n\n<b>@all</b>\n```');
  });

  it('keep a huge report under the comment limit with a note, closing the open blocks', () => {
    const text = `${'Une ligne de texte assez longue pour remplir.\n'.repeat(4000)}`;
    const comment = renderComment(view({ unpushedArticles: [{ path: 'articles/x.md', text }] }));
    expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(comment).toMatch(/Report truncated to fit in a comment/);
    expect(comment.match(/```/g)?.length).toBe(2);
    expect(comment.match(/<details>/g)?.length).toBe(comment.match(/<\/details>/g)?.length);
  });

  it('keep the summary under 1 MiB counted in bytes', () => {
    const summary = 'é'.repeat(100).concat('\n').repeat(6000);
    const rendered = renderSummary(view({ lintMarkdown: { comment: '', summary } }));
    expect(utf8Bytes(rendered)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(rendered).toMatch(/truncated to the job summary limit/);
  });
});

describe('fitting sections in a budget', () => {
  it('returns everything untouched when it fits', () => {
    expect(fitSections(['a', 'b'], 100, 'cut', characters)).toBe('a\n\nb');
  });

  it('cuts at a line boundary and closes an open fence', () => {
    const out = fitSections(['intro', `\`\`\`\n${'x\n'.repeat(500)}\`\`\``], 400, 'cut', characters);
    expect(out.length).toBeLessThanOrEqual(400);
    expect(out.endsWith('\n```\n\ncut')).toBe(true);
  });
});

describe('inline code from file names', () => {
  it('cannot be closed by a backtick in the name, so nothing after it renders', () => {
    expect(inlineCode('seeds/`<img src=x>`.txt')).toBe("`seeds/'<img src=x>'.txt`");
  });
});
