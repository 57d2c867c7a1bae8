import { escapeMarkdown } from '@plume/linter';
import type { LocatedDiagnostic } from './annotations.js';
import { fenced, inlineCode } from './escape.js';
import type { PushOutcome } from './push.js';
import type { RewriteReport, SeedOutcome } from './report-types.js';
import { characters, fitSections, utf8Bytes } from './truncate.js';

/** Everything a run has to tell, gathered by main.ts and rendered for the comment and the summary. */
export interface RunView {
  /** Why the run did less than a full rewrite (lint only, cost cap, loop guard, fork...). */
  notices: string[];
  rewrite: RewriteReport | null;
  /** What happened to the rewritten articles: pushed, or why not. */
  push: PushOutcome | null;
  /** The linter's own Markdown report (`formatReport(report, 'markdown')`), sized for each place. */
  lintMarkdown: { comment: string; summary: string };
  /** Articles that could not be pushed (fork PRs): shown in full so the writer can take them. */
  unpushedArticles: { path: string; text: string }[];
  /** Diagnostics GitHub's per-step annotation caps left out. */
  unannotated: LocatedDiagnostic[];
  /** Link to the run, for "full report in the job summary". */
  runUrl?: string;
}

/** GitHub's comment limit, minus the marker line comment.ts adds. */
export const COMMENT_BUDGET = 65_536 - 64;
/** The job summary's 1 MiB cap per step, with a margin for other steps' writes. */
export const SUMMARY_BUDGET = 1_000_000;
/**
 * The linter's share of each: the rest leaves room for notices, the rewrite table and a fork's
 * articles. The summary's is in characters, so it allows for 2-byte French letters.
 */
export const LINT_COMMENT_CHARS = 45_000;
export const LINT_SUMMARY_CHARS = 400_000;

const STATUS_LABEL: Record<SeedOutcome['status'], string> = {
  written: '✅ written',
  'written-with-errors': '⚠️ written with errors',
  'skipped-unchanged': '⏭️ unchanged',
  'skipped-edited': '✋ edited by hand, kept',
  failed: '❌ failed',
  submitted: '⏳ in a batch',
};

const number = (n: number) => n.toLocaleString('en-US');

function seedWarnings(seeds: SeedOutcome[]): string[] {
  // The rewriter's warnings already name their seed.
  const lines = seeds.flatMap((s) => s.warnings.map((w) => `- ${escapeMarkdown(w)}`));
  return lines.length > 0 ? ['', '**Seed warnings**', '', ...lines] : [];
}

function rewriteSection(rewrite: RewriteReport): string {
  const prompt = rewrite.seeds.reduce((sum, s) => sum + s.usage.promptTokens, 0);
  const completion = rewrite.seeds.reduce((sum, s) => sum + s.usage.completionTokens, 0);
  const requests = rewrite.seeds.reduce((sum, s) => sum + s.attempts, 0);
  const rows = rewrite.seeds.map((s) =>
    [
      inlineCode(s.seed),
      s.article ? inlineCode(s.article) : '—',
      STATUS_LABEL[s.status],
      s.attempts,
      s.words ?? '—',
      s.errorCount,
      s.warningCount,
      s.error ? escapeMarkdown(s.error) : '',
    ].join(' | '),
  );
  return [
    '#### Rewrite',
    '',
    `Model ${inlineCode(rewrite.model)} · ${number(requests)} request(s) · ${number(prompt)} prompt + ${number(completion)} completion tokens`,
    '',
    '| Seed | Article | Status | Attempts | Words | Errors | Warnings | Note |',
    '|---|---|---|--:|--:|--:|--:|---|',
    ...rows.map((row) => `| ${row} |`),
    ...seedWarnings(rewrite.seeds),
  ].join('\n');
}

function pushLine(push: PushOutcome): string {
  switch (push.kind) {
    case 'pushed':
      return `Articles committed to the branch in ${push.sha.slice(0, 7)}.`;
    case 'unchanged':
      return 'The branch already holds these articles: nothing to commit.';
    case 'failed':
      return `> [!WARNING]\n> The articles were not pushed: ${escapeMarkdown(push.message)}`;
  }
}

function articlesSection(articles: RunView['unpushedArticles']): string {
  return articles
    .map((a) =>
      [
        `<details><summary>${escapeMarkdown(a.path)} (not pushed: copy it into the branch)</summary>`,
        '',
        fenced(a.text, 'markdown'),
        '',
        '</details>',
      ].join('\n'),
    )
    .join('\n\n');
}

function unannotatedSection(list: LocatedDiagnostic[]): string {
  return [
    `#### ${number(list.length)} more diagnostic(s) beyond GitHub's annotation limit`,
    '',
    '| File | Line | Rule | Severity | Message |',
    '|---|--:|---|---|---|',
    ...list.map(
      ({ path, diagnostic: d }) =>
        `| ${inlineCode(path)} | ${d.line} | ${inlineCode(d.ruleId)} | ${d.severity} | ${escapeMarkdown(d.message)} |`,
    ),
  ].join('\n');
}

function sections(view: RunView, forSummary: boolean): string[] {
  const out = ['### Plume'];
  if (view.notices.length > 0) out.push(['> [!NOTE]', ...view.notices.map((n) => `> ${n}`)].join('\n'));
  if (view.rewrite && view.rewrite.seeds.length > 0) out.push(rewriteSection(view.rewrite));
  if (view.push) out.push(pushLine(view.push));
  const lint = forSummary ? view.lintMarkdown.summary : view.lintMarkdown.comment;
  out.push(lint.trim() || '_No article to lint._');
  if (forSummary && view.unannotated.length > 0) out.push(unannotatedSection(view.unannotated));
  if (view.unpushedArticles.length > 0) out.push(articlesSection(view.unpushedArticles));
  if (!forSummary && view.runUrl) out.push(`<sub>Full report: [job summary](${view.runUrl}).</sub>`);
  return out;
}

/** The sticky comment's Markdown, under GitHub's 65,536-character limit. */
export function renderComment(view: RunView): string {
  const where = view.runUrl ? `[job summary](${view.runUrl})` : 'job summary';
  return fitSections(
    sections(view, false),
    COMMENT_BUDGET,
    `_Report truncated to fit in a comment; the full report is in the ${where}._`,
    characters,
  );
}

/** The job summary's Markdown, under the 1 MiB step limit. */
export function renderSummary(view: RunView): string {
  return fitSections(
    sections(view, true),
    SUMMARY_BUDGET,
    '_Report truncated to the job summary limit (1 MiB); the JSON report has every diagnostic._',
    utf8Bytes,
  );
}
