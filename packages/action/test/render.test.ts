import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { fenced, htmlText, inlineCode, prose } from '../src/escape.js';
import type { BlobBase } from '../src/links.js';
import { COMMENT_BUDGET, type RunView, renderComment, renderSummary, SUMMARY_BUDGET } from '../src/render.js';
import type { Diagnostic, RewriteReport } from '../src/report-types.js';
import { characters, fitSections, utf8Bytes } from '../src/truncate.js';
import { diag, fileResult, lintReport } from './helpers/report.js';

/** GitHub Flavored Markdown, as GitHub renders a comment (marked's GFM mode). */
const gfm = (markdown: string) => marked.parse(markdown, { gfm: true, async: false }) as string;

const SHA = '0123456789abcdef0123456789abcdef01234567';
const BASE: BlobBase = { repositoryUrl: 'https://github.com/acme/news', sha: SHA, absent: new Set() };
const blob = (path: string) => `https://github.com/acme/news/blob/${SHA}/${path}`;
const docs = (rule: string) => `https://plume.example/docs/rules/${rule}.md`;

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

const rule = (
  ruleId: string,
  severity: Diagnostic['severity'],
  line: number,
  extra: Partial<Diagnostic> = {},
) =>
  diag(severity, line, {
    ruleId,
    url: docs(ruleId),
    message: `${ruleId} problem at line ${line}.`,
    ...extra,
  });

const many = (ruleId: string, count: number, fixable: boolean) =>
  Array.from({ length: count }, (_, i) => rule(ruleId, 'warning', i + 10, { fixable }));

const metrics = { words: 812, h2: 5, descriptionLength: 138, fleschFr: 64.6 };

/** Seven articles as a real pull request gives them: two with errors, hundreds of HTML and typography warnings. */
function sevenFiles(scale = 1) {
  return lintReport([
    fileResult(
      'articles/000_af85d498e5d161d6.md',
      [...many('MD033', 60 * scale, false), ...many('french-typography', 40 * scale, true)],
      metrics,
    ),
    fileResult('articles/a_b.md', [], { ...metrics, words: 950 }),
    fileResult(
      'articles/short.md',
      [
        rule('word-count', 'error', 6, { message: 'Expected at least 700 words, found 512.' }),
        rule('meta-description', 'error', 3, { message: 'Expected 120 to 156 characters, found 64.' }),
        ...many('french-typography', 30 * scale, true),
      ],
      { ...metrics, words: 512 },
    ),
    fileResult(
      'articles/html.md',
      [...many('MD033', 150 * scale, false), rule('paragraph-length', 'warning', 40)],
      metrics,
    ),
    fileResult(
      'articles/quotes.md',
      [
        rule('faithful-quotes', 'error', 12, {
          message: 'The quotation « Nous vaincrons » is not in the source.',
        }),
        rule('faithful-quotes', 'error', 30),
        ...many('french-typography', 100 * scale, true),
      ],
      metrics,
    ),
    fileResult('articles/typo.md', many('french-typography', 100 * scale, true), metrics),
    fileResult('articles/clean.md', [], { ...metrics, words: 1020 }),
  ]);
}

const view = (extra: Partial<RunView> = {}): RunView => ({
  notices: [],
  rewrite,
  push: { kind: 'pushed', sha: 'abcdef1234567890', attempts: 1 },
  lint: sevenFiles(),
  heldBack: [],
  unpushedArticles: [],
  blobBase: BASE,
  runUrl: 'https://github.com/acme/news/actions/runs/42',
  ...extra,
});

const summaries = (html: string) =>
  [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map((m) => m[1] ?? '');

describe('escaping text from a pull request', () => {
  it('neutralises mentions, HTML and Markdown images', () => {
    const out = prose('@octocat <script>alert(1)</script> ![x](http://t/p.png) a|b');
    const html = gfm(prose('@octocat &#64;team #12 and ## headings, a@'));
    expect(html).not.toMatch(/@octocat|@team|#12/);
    // Signs that cannot ping stay as they are, with nothing invisible in them.
    expect(html).toContain('## headings, a@');
    expect(out).not.toContain('<');
    expect(out).not.toContain('![');
  });

  it('fences text with a fence longer than any backtick run inside', () => {
    expect(fenced('a ```` b', 'md')).toBe('`````md\na ```` b\n`````');
  });

  it('makes a code span no backtick in the name can close', () => {
    const html = gfm(`${inlineCode('seeds/`<img src=x>`_a.txt')} after`);
    expect(html).toContain('<code>seeds/`&lt;img src=x&gt;`_a.txt</code> after');
  });

  it('escapes for HTML, not Markdown, inside raw HTML', () => {
    expect(htmlText('a_b <i>@all</i> #1')).toBe('a_b &#60;i&#62;@\u200ball&#60;/i&#62; #\u200b1');
  });
});

describe('the comment, rendered as GitHub Flavored Markdown', () => {
  const html = gfm(renderComment(view()));

  it('shows no escape artefact in a <summary>', () => {
    const found = summaries(html);
    expect(found.length).toBeGreaterThan(0);
    for (const summary of found) expect(summary).not.toContain('\\');
  });

  it('links every article to its file at the pull request head, and every location to its line', () => {
    expect(html).toContain(
      `<a href="${blob('articles/000_af85d498e5d161d6.md')}"><code>articles/000_af85d498e5d161d6.md</code></a>`,
    );
    expect(html).toContain(
      `<a href="${blob('articles/short.md')}#L6">line 6</a>: Expected at least 700 words, found 512.`,
    );
    expect(html).toContain(`<a href="${blob('articles/clean.md')}"><code>articles/clean.md</code></a>`);
  });

  it('links each rule to its docs', () => {
    expect(html).toContain(`<a href="${docs('word-count')}"><code>word-count</code></a>`);
    expect(html).toContain(`<a href="${docs('MD033')}"><code>MD033</code></a>`);
  });

  it('puts the articles with errors first, and errors before warnings', () => {
    const headings = [...html.matchAll(/<h4>.*?<code>(.*?)<\/code>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'articles/quotes.md',
      'articles/short.md',
      'articles/000_af85d498e5d161d6.md',
      'articles/html.md',
      'articles/typo.md',
    ]);
    const short = html.slice(html.indexOf('<code>articles/short.md</code>'));
    expect(short.indexOf('word-count')).toBeLessThan(short.indexOf('<details>'));
  });

  it('groups diagnostics by rule with counts and the first few locations', () => {
    expect(html).toContain(
      `<a href="${docs('MD033')}"><code>MD033</code></a> ×150 · <a href="${blob('articles/html.md')}#L10">line 10</a>, <a href="${blob('articles/html.md')}#L11">line 11</a>, <a href="${blob('articles/html.md')}#L12">line 12</a> and 147 more: MD033 problem at line 10.`,
    );
    expect(summaries(html)).toContain('151 warnings from 2 rules');
    expect(summaries(html)).toContain('100 warnings from 1 rule, 100 fixable');
  });

  it('gives a verdict per article in words', () => {
    expect(html).toContain(
      '<strong>2 errors</strong>, 30 warnings · 512 words · 5 subheadings · description of 138 characters · fairly easy to read (Flesch 65)',
    );
  });

  it('says how many problems --fix repairs, with the command', () => {
    expect(html).toContain('270 of the 485 problems can be fixed automatically');
    expect(html).toContain(
      '<code>npx -p @plume/linter plume-lint --fix articles/000_af85d498e5d161d6.md articles/short.md articles/quotes.md articles/typo.md</code>',
    );
    const five = lintReport(
      ['articles/a.md', 'articles/b.md', 'articles/c.md', 'articles/d.md', 'articles/breves/e.md'].map((p) =>
        fileResult(p, many('french-typography', 1, true)),
      ),
    );
    // Past four files, their folders keep the command on one line.
    expect(gfm(renderComment(view({ lint: five })))).toContain(
      '<code>npx -p @plume/linter plume-lint --fix articles/ articles/breves/</code>',
    );
  });

  it('fits GitHub’s column: no table', () => {
    expect(html).not.toContain('<table');
  });

  it('lists the rewrite per seed with the model, requests and tokens, and escapes provider text', () => {
    expect(html).toContain(
      'Model <code>gpt-test</code> · 2 requests · 1,200 prompt + 3,400 completion tokens',
    );
    expect(html).toContain(
      `<code>seeds/x.txt</code> → <a href="${blob('articles/x.md')}"><code>articles/x.md</code></a>: ✅ written in 2 attempts, 905 words`,
    );
    expect(html).toContain('instruction part « be funny » not understood; ignored');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/@team/);
    expect(html).toContain('committed to the branch in abcdef1');
  });

  it('marks an article held back by push-on-error, without a link to a file the branch lacks', () => {
    const held = gfm(
      renderComment(
        view({
          heldBack: ['articles/short.md'],
          blobBase: { ...BASE, absent: new Set(['articles/short.md']) },
        }),
      ),
    );
    expect(held).toContain(
      '<strong>Not pushed</strong>: it has lint errors and <code>push-on-error</code> is false.',
    );
    expect(held).not.toContain(blob('articles/short.md'));
  });

  it('links the comment to the run for every diagnostic', () => {
    expect(html).toContain('<a href="https://github.com/acme/news/actions/runs/42">job summary</a>');
  });
});

describe('a comment too long for GitHub', () => {
  it('summarises warnings first and keeps every article with errors', () => {
    const big = view({ lint: sevenFiles(40) });
    const comment = renderComment(big);
    expect(characters(comment)).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(comment).not.toMatch(/truncated/);
    const html = gfm(comment);
    for (const path of ['articles/quotes.md', 'articles/short.md'])
      expect(html).toContain(`<a href="${blob(path)}"><code>${path}</code></a>`);
    expect(html).toContain(`<a href="${blob('articles/short.md')}#L6">line 6</a>`);
    expect(html).toContain(
      '<a href="https://plume.example/docs/rules/faithful-quotes.md"><code>faithful-quotes</code></a>',
    );
  });

  it('keeps a huge report under the limit with a note, closing the open blocks', () => {
    const text = `${'Une ligne de texte assez longue pour remplir.\n'.repeat(4000)}`;
    const comment = renderComment(view({ unpushedArticles: [{ path: 'articles/x_y.md', text }] }));
    expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(comment).toMatch(/Report truncated to fit in a comment/);
    expect(comment.match(/```/g)?.length).toBe(2);
    expect(comment.match(/<details>/g)?.length).toBe(comment.match(/<\/details>/g)?.length);
    expect(summaries(gfm(comment))).toContain(
      '<code>articles/x_y.md</code> (not pushed: copy it into the branch)',
    );
  });
});

describe('the job summary', () => {
  it('holds every diagnostic once, and says what became annotations', () => {
    const summary = renderSummary(
      view({ annotations: { mode: 'added', annotated: 12, overCap: 3, filteredOut: 570 } }),
    );
    const html = gfm(summary);
    const report = sevenFiles();
    for (const file of report.files)
      for (const d of file.diagnostics)
        expect(
          html.split(`href="${blob(file.path)}#L${d.line}">line ${d.line}</a>: ${d.message}`).length - 1,
        ).toBeGreaterThanOrEqual(1);
    const listed = html.match(/">line \d+<\/a>: /g)?.length;
    expect(listed).toBe(report.errorCount + report.warningCount);
    expect(html).toContain(
      '12 diagnostics on the lines this pull request added or changed; 3 more past GitHub’s limit of 10 errors and 10 warnings per step, 570 elsewhere.',
    );
    expect(html).not.toContain('runs/42');
  });

  it('stays under 1 MiB counted in bytes', () => {
    const rendered = renderSummary(view({ lint: sevenFiles(60) }));
    expect(utf8Bytes(rendered)).toBeLessThanOrEqual(SUMMARY_BUDGET);
  });

  it("shows a fork's articles in full, fenced so nothing in them renders", () => {
    const html = gfm(
      renderSummary(
        view({
          push: null,
          unpushedArticles: [{ path: 'articles/x.md', text: '## Titre\n\n<b>@all</b>\n' }],
        }),
      ),
    );
    expect(html).toContain('<code class="language-markdown">## Titre\n\n&lt;b&gt;@all&lt;/b&gt;\n</code>');
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
