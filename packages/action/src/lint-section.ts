import { inlineCode, prose } from './escape.js';
import { type BlobBase, blobUrl, link } from './links.js';
import type { Diagnostic, FileResult, LintReport } from './report-types.js';

/**
 * How much of each article's diagnostics is shown, from everything (the job summary) down to
 * counts alone, so the comment fits GitHub's limit by summarising warnings first, then errors,
 * and never by leaving out an article that has errors.
 */
export const DETAIL_LEVELS = ['all', 'first', 'warning-rules', 'warning-count', 'counts'] as const;
export type Detail = (typeof DETAIL_LEVELS)[number];

/** Locations shown per rule before "and N more". */
const FIRST = 3;
/** Errors shown one by one, with their message, per rule. */
const ERRORS_LISTED = 5;

interface RuleGroup {
  ruleId: string;
  url: string | undefined;
  diagnostics: Diagnostic[];
  fixable: number;
}

/** Diagnostics of one severity grouped by rule, the most frequent first, ties by rule id. */
function byRule(diagnostics: readonly Diagnostic[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const d of diagnostics) {
    const group = groups.get(d.ruleId) ?? { ruleId: d.ruleId, url: d.url, diagnostics: [], fixable: 0 };
    group.diagnostics.push(d);
    if (d.fixable) group.fixable++;
    groups.set(d.ruleId, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.diagnostics.length - a.diagnostics.length || a.ruleId.localeCompare(b.ruleId),
  );
}

const safeUrl = (url: string | undefined) =>
  url && /^https?:\/\//.test(url) ? url.replace(/[()\s]/g, (c) => encodeURIComponent(c)) : undefined;

const ruleLink = (group: RuleGroup) => link(inlineCode(group.ruleId), safeUrl(group.url));

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Kandel–Moles scores read as the French Flesch scale reads them. */
function readingEase(score: number): string {
  if (score >= 80) return 'very easy to read';
  if (score >= 70) return 'easy to read';
  if (score >= 60) return 'fairly easy to read';
  if (score >= 50) return 'standard reading';
  if (score >= 30) return 'hard to read';
  return 'very hard to read';
}

const lineLink = (base: BlobBase | undefined, path: string, d: Diagnostic) =>
  link(`line ${d.line}`, blobUrl(base, path, { line: d.line, endLine: d.endLine }));

/** The first few distinct lines of a rule's diagnostics, linked, then how many diagnostics remain. */
function locations(
  base: BlobBase | undefined,
  path: string,
  list: readonly Diagnostic[],
  shown: number,
): string {
  const first: Diagnostic[] = [];
  for (const d of list) {
    if (first.length === shown) break;
    if (!first.some((f) => f.line === d.line)) first.push(d);
  }
  const lines = new Set(first.map((d) => d.line));
  const more = list.filter((d) => !lines.has(d.line)).length;
  const links = first.map((d) => lineLink(base, path, d));
  return more > 0 ? `${links.join(', ')} and ${more} more` : links.join(', ');
}

const countLabel = (group: RuleGroup) => {
  const n = group.diagnostics.length;
  const fix = group.fixable === 0 ? '' : group.fixable === n ? ', fixable' : `, ${group.fixable} fixable`;
  return `×${n}${fix}`;
};

function errorLines(
  base: BlobBase | undefined,
  path: string,
  errors: readonly Diagnostic[],
  detail: Detail,
): string[] {
  const groups = byRule(errors);
  if (detail === 'counts') {
    return [`- Errors: ${groups.map((g) => `${ruleLink(g)} ×${g.diagnostics.length}`).join(', ')}`];
  }
  const lines: string[] = [];
  for (const group of groups) {
    const listed = detail === 'all' ? group.diagnostics : group.diagnostics.slice(0, ERRORS_LISTED);
    if (group.diagnostics.length === 1 && listed[0]) {
      lines.push(`- ${ruleLink(group)} · ${lineLink(base, path, listed[0])}: ${prose(listed[0].message)}`);
      continue;
    }
    if (detail === 'warning-count' || detail === 'warning-rules') {
      // Errors keep their locations while warnings are summarised; their messages go first.
      lines.push(
        `- ${ruleLink(group)} ${countLabel(group)} · ${locations(base, path, group.diagnostics, FIRST)}: ${prose(group.diagnostics[0]?.message ?? '')}`,
      );
      continue;
    }
    lines.push(`- ${ruleLink(group)} ${countLabel(group)}`);
    for (const d of listed) lines.push(`  - ${lineLink(base, path, d)}: ${prose(d.message)}`);
    const more = group.diagnostics.length - listed.length;
    if (more > 0) lines.push(`  - and ${more} more`);
  }
  return lines;
}

function warningBlock(
  base: BlobBase | undefined,
  path: string,
  warnings: readonly Diagnostic[],
  detail: Detail,
): string[] {
  if (warnings.length === 0) return [];
  const groups = byRule(warnings);
  const fixable = groups.reduce((n, g) => n + g.fixable, 0);
  const title = `${plural(warnings.length, 'warning')} from ${plural(groups.length, 'rule')}${fixable > 0 ? `, ${fixable.toLocaleString('en-US')} fixable` : ''}`;
  if (detail === 'warning-count' || detail === 'counts') return [`- ${title}`];
  const lines = groups.map((g) => {
    const head = `- ${ruleLink(g)} ${countLabel(g)}`;
    if (detail === 'warning-rules') return head;
    if (detail === 'all') {
      return [head, ...g.diagnostics.map((d) => `  - ${lineLink(base, path, d)}: ${prose(d.message)}`)].join(
        '\n',
      );
    }
    return `${head} · ${locations(base, path, g.diagnostics, FIRST)}: ${prose(g.diagnostics[0]?.message ?? '')}`;
  });
  // The summary is fixed text: raw HTML takes no Markdown escapes, so nothing from a file goes in it.
  return ['', `<details><summary>${title}</summary>`, '', ...lines, '', '</details>'];
}

/** The verdict line a writer reads first: counts, length, structure, readability. */
export function verdict(file: FileResult): string {
  const m = file.metrics;
  const counts =
    file.errorCount > 0
      ? `**${plural(file.errorCount, 'error')}**, ${plural(file.warningCount, 'warning')}`
      : file.warningCount > 0
        ? plural(file.warningCount, 'warning')
        : 'no problem found';
  return [
    counts,
    plural(m.words, 'word'),
    plural(m.h2, 'subheading'),
    `description of ${plural(m.descriptionLength, 'character')}`,
    `${readingEase(m.fleschFr)} (Flesch ${Math.round(m.fleschFr)})`,
    ...(file.seo ? [seoVerdict(file.seo)] : []),
  ].join(' · ');
}

const SEO_VERDICTS = {
  good: 'good',
  'needs-work': 'needs work',
  poor: 'poor',
  'no-keyphrase': 'no focus keyphrase',
};

/** The linter's SEO verdict: `SEO needs work (keyphrase « coopération militaire »)`. */
function seoVerdict(seo: NonNullable<FileResult['seo']>): string {
  return `SEO ${SEO_VERDICTS[seo.verdict]}${seo.keyphrase === null ? '' : ` (keyphrase « ${prose(seo.keyphrase)} »)`}`;
}

export const fileIcon = (file: FileResult) =>
  file.errorCount > 0 ? '❌' : file.warningCount > 0 ? '⚠️' : '✅';

/** One article's section: its heading and link, the verdict, errors, then warnings folded. */
export function fileSection(
  file: FileResult,
  base: BlobBase | undefined,
  detail: Detail,
  marks: readonly string[] = [],
): string {
  const errors = file.diagnostics.filter((d) => d.severity === 'error');
  const warnings = file.diagnostics.filter((d) => d.severity === 'warning');
  const heading = `#### ${fileIcon(file)} ${link(inlineCode(file.path), blobUrl(base, file.path))}`;
  return [
    heading,
    '',
    verdict(file),
    ...marks.map((m) => `\n${m}`),
    ...(errors.length > 0 ? ['', ...errorLines(base, file.path, errors, detail)] : []),
    ...warningBlock(base, file.path, warnings, detail),
  ].join('\n');
}

/** Clean articles need no section: one line lists them all. */
export function cleanLine(files: readonly FileResult[], base: BlobBase | undefined): string {
  const list = files.map(
    (f) => `${link(inlineCode(f.path), blobUrl(base, f.path))} (${plural(f.metrics.words, 'word')})`,
  );
  return `✅ No problem found in ${list.join(', ')}.`;
}

/** Articles with errors first (most errors first), then with warnings, each group by path. */
export function orderFiles(report: LintReport): FileResult[] {
  return [...report.files].sort(
    (a, b) =>
      Number(b.errorCount > 0) - Number(a.errorCount > 0) ||
      b.errorCount - a.errorCount ||
      Number(b.warningCount > 0) - Number(a.warningCount > 0) ||
      a.path.localeCompare(b.path),
  );
}

/** What `--fix` would repair, and the command that does it for these files. */
export function fixHint(report: LintReport): string | undefined {
  const fixable = report.files.map((f) => ({
    path: f.path,
    n: f.diagnostics.filter((d) => d.fixable).length,
  }));
  const total = fixable.reduce((n, f) => n + f.n, 0);
  if (total === 0) return undefined;
  const problems = report.errorCount + report.warningCount;
  const files = fixable.filter((f) => f.n > 0).map((f) => f.path);
  // Past a handful of files the command names their folders instead, to stay on one line.
  const paths =
    files.length <= 4 ? files : [...new Set(files.map((p) => `${p.replace(/[^/]*$/, '') || './'}`))];
  return [
    '> [!TIP]',
    `> ${total.toLocaleString('en-US')} of the ${plural(problems, 'problem')} can be fixed automatically:`,
    '>',
    `> ${inlineCode(`npx -p @plume/linter plume-lint --fix ${paths.map(shellWord).join(' ')}`)}`,
  ].join('\n');
}

/** A path as one shell word: quoted when it holds anything but the usual file name characters. */
const shellWord = (path: string) => (/^[\w./@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`);
