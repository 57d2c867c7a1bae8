import type { FilterMode } from './annotations.js';
import { fenced, htmlText, inlineCode, prose } from './escape.js';
import { type BlobBase, blobUrl, link } from './links.js';
import {
  cleanLine,
  DETAIL_LEVELS,
  type Detail,
  fileIcon,
  fileSection,
  fixHint,
  orderFiles,
} from './lint-section.js';
import type { PushOutcome } from './push.js';
import type { LintReport, RewriteReport, SeedOutcome } from './report-types.js';
import { characters, fitSections, utf8Bytes } from './truncate.js';

/** What became of the diagnostics as annotations, for the summary to say. */
export interface AnnotationCounts {
  mode: FilterMode;
  annotated: number;
  /** Kept by the filter, past GitHub's per-step caps. */
  overCap: number;
  /** Outside the lines the pull request changed. */
  filteredOut: number;
}

/** Everything a run has to tell, gathered by main.ts and rendered for the comment and the summary. */
export interface RunView {
  /** Why the run did less than a full rewrite (lint only, cost cap, loop guard, fork...). */
  notices: string[];
  rewrite: RewriteReport | null;
  /** What happened to the rewritten articles: pushed, or why not. */
  push: PushOutcome | null;
  lint: LintReport;
  /** Articles written with errors and not pushed (`push-on-error: false`). */
  heldBack: string[];
  /** Articles that could not be pushed (fork PRs): shown in full so the writer can take them. */
  unpushedArticles: { path: string; text: string }[];
  /** Where files link to; absent outside a pull request. */
  blobBase?: BlobBase;
  annotations?: AnnotationCounts;
  /** Link to the run, for "full report in the job summary". */
  runUrl?: string;
}

/** GitHub's comment limit, minus the marker line comment.ts adds. */
export const COMMENT_BUDGET = 65_536 - 64;
/** The job summary's 1 MiB cap per step, with a margin for other steps' writes. */
export const SUMMARY_BUDGET = 1_000_000;

const number = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${number(n)} ${word}${n === 1 ? '' : 's'}`;

function seedLine(s: SeedOutcome, base: BlobBase | undefined, heldBack: ReadonlySet<string>): string {
  const article = s.article ? ` → ${link(inlineCode(s.article), blobUrl(base, s.article))}` : '';
  const attempts = plural(s.attempts, 'attempt');
  const what = (() => {
    switch (s.status) {
      case 'written':
        return `✅ written in ${attempts}, ${plural(s.words ?? 0, 'word')}`;
      case 'written-with-errors':
        return `❌ written with **${plural(s.errorCount, 'error')}** left after ${attempts}, ${plural(s.words ?? 0, 'word')}`;
      case 'skipped-unchanged':
        return '⏭️ unchanged since its last rewrite';
      case 'skipped-edited':
        return '✋ edited by hand: kept as it is';
      case 'failed':
        return `❌ not rewritten: ${prose(s.error ?? 'unknown error')}`;
      case 'submitted':
        return '⏳ in a batch: the next run collects it';
    }
  })();
  const held =
    s.article && heldBack.has(s.article)
      ? ' · **not pushed**: it has lint errors and `push-on-error` is false'
      : '';
  const warnings = s.warnings.map((w) => `  - ${prose(w)}`);
  return [`- ${inlineCode(s.seed)}${article}: ${what}${held}`, ...warnings].join('\n');
}

function rewriteSection(view: RunView): string {
  const rewrite = view.rewrite;
  if (!rewrite || rewrite.seeds.length === 0) return '';
  const prompt = rewrite.seeds.reduce((sum, s) => sum + s.usage.promptTokens, 0);
  const completion = rewrite.seeds.reduce((sum, s) => sum + s.usage.completionTokens, 0);
  const requests = rewrite.seeds.reduce((sum, s) => sum + s.attempts, 0);
  const held = new Set(view.heldBack);
  return [
    '#### Rewrite',
    '',
    `Model ${inlineCode(rewrite.model)} · ${plural(requests, 'request')} · ${number(prompt)} prompt + ${number(completion)} completion tokens`,
    '',
    ...rewrite.seeds.map((s) => seedLine(s, view.blobBase, held)),
  ].join('\n');
}

function pushLine(push: PushOutcome): string {
  switch (push.kind) {
    case 'pushed':
      return `Articles committed to the branch in ${push.sha.slice(0, 7)}.`;
    case 'unchanged':
      return 'The branch already holds these articles: nothing to commit.';
    case 'failed':
      return `> [!WARNING]\n> The articles were not pushed: ${prose(push.message)}`;
  }
}

function articlesSection(articles: RunView['unpushedArticles']): string {
  return articles
    .map((a) =>
      [
        `<details><summary><code>${htmlText(a.path)}</code> (not pushed: copy it into the branch)</summary>`,
        '',
        fenced(a.text, 'markdown'),
        '',
        '</details>',
      ].join('\n'),
    )
    .join('\n\n');
}

/** One sentence on the whole lint: how many articles need work, and how much. */
function headline(report: LintReport): string {
  const withErrors = report.files.filter((f) => f.errorCount > 0).length;
  const warningsOnly = report.files.filter((f) => f.errorCount === 0 && f.warningCount > 0).length;
  const clean = report.files.length - withErrors - warningsOnly;
  const parts = [
    withErrors > 0 ? `**${number(withErrors)} with errors** (${plural(report.errorCount, 'error')})` : '',
    warningsOnly > 0 ? `${number(warningsOnly)} with warnings only` : '',
    clean > 0 ? `${number(clean)} clean` : '',
  ].filter(Boolean);
  return `${plural(report.files.length, 'article')} checked: ${parts.join(', ')}; ${plural(report.warningCount, 'warning')} in all.`;
}

/**
 * The articles at one level of detail. `compact` also folds the articles without errors into
 * one line each: the last step before cutting, which still shows every article with errors.
 */
function lintSections(view: RunView, detail: Detail, compact = false): string[] {
  if (view.lint.files.length === 0) return ['_No article to lint._'];
  const files = orderFiles(view.lint);
  const held = new Set(view.heldBack);
  const marks = (path: string) =>
    held.has(path) ? ['**Not pushed**: it has lint errors and `push-on-error` is false.'] : [];
  const sections = [headline(view.lint)];
  const hint = fixHint(view.lint);
  if (hint) sections.push(hint);
  const withProblems = files.filter((f) => f.diagnostics.length > 0);
  const clean = files.filter((f) => f.diagnostics.length === 0);
  const detailed = compact ? withProblems.filter((f) => f.errorCount > 0) : withProblems;
  sections.push(...detailed.map((f) => fileSection(f, view.blobBase, detail, marks(f.path))));
  if (compact) {
    const folded = withProblems.filter((f) => f.errorCount === 0);
    if (folded.length > 0)
      sections.push(
        folded
          .map(
            (f) =>
              `- ${fileIcon(f)} ${link(inlineCode(f.path), blobUrl(view.blobBase, f.path))}: ${plural(f.warningCount, 'warning')}`,
          )
          .join('\n'),
      );
  }
  if (clean.length > 0) sections.push(cleanLine(clean, view.blobBase));
  return sections;
}

function annotationLine(counts: AnnotationCounts): string {
  const where =
    counts.mode === 'nofilter'
      ? 'anywhere in the articles'
      : counts.mode === 'file'
        ? 'in the articles this pull request changed'
        : counts.mode === 'added'
          ? 'on the lines this pull request added or changed'
          : 'on the lines this pull request changed and their context';
  const more = [
    counts.overCap > 0
      ? `${number(counts.overCap)} more past GitHub’s limit of 10 errors and 10 warnings per step`
      : '',
    counts.filteredOut > 0 ? `${number(counts.filteredOut)} elsewhere` : '',
  ].filter(Boolean);
  return `<sub>Annotations (\`filter-mode: ${counts.mode}\`): ${plural(counts.annotated, 'diagnostic')} ${where}${more.length > 0 ? `; ${more.join(', ')}` : ''}. Every diagnostic is listed here.</sub>`;
}

function sections(view: RunView, lint: string[], forSummary: boolean): string[] {
  const out = ['### Plume'];
  if (view.notices.length > 0) out.push(['> [!NOTE]', ...view.notices.map((n) => `> ${n}`)].join('\n'));
  const rewrite = rewriteSection(view);
  if (rewrite) out.push(rewrite);
  if (view.push) out.push(pushLine(view.push));
  out.push(...lint);
  if (forSummary && view.annotations) out.push(annotationLine(view.annotations));
  if (view.unpushedArticles.length > 0) out.push(articlesSection(view.unpushedArticles));
  if (!forSummary && view.runUrl)
    out.push(`<sub>Every diagnostic, one by one: [job summary](${view.runUrl}).</sub>`);
  return out;
}

/**
 * The sticky comment's Markdown, under GitHub's 65,536-character limit: the most detail that
 * fits, warnings summarised before errors, and never an article with errors left out.
 */
export function renderComment(view: RunView): string {
  const where = view.runUrl ? `[job summary](${view.runUrl})` : 'job summary';
  const note = `_Report truncated to fit in a comment; the full report is in the ${where}._`;
  const attempts = [
    ...DETAIL_LEVELS.filter((d) => d !== 'all').map((d) => sections(view, lintSections(view, d), false)),
    sections(view, lintSections(view, 'counts', true), false),
  ];
  for (const attempt of attempts) {
    const text = attempt.join('\n\n');
    if (characters(text) <= COMMENT_BUDGET) return text;
  }
  return fitSections(attempts.at(-1) ?? [], COMMENT_BUDGET, note, characters);
}

/** The job summary's Markdown: every diagnostic once, under the 1 MiB step limit. */
export function renderSummary(view: RunView): string {
  return fitSections(
    sections(view, lintSections(view, 'all'), true),
    SUMMARY_BUDGET,
    '_Report truncated to the job summary limit (1 MiB); the JSON report has every diagnostic._',
    utf8Bytes,
  );
}
