import type { LintError, Rule as MarkdownlintRule, MicromarkToken } from 'markdownlint';
import { lint as markdownlint } from 'markdownlint/sync';
import type { Article } from '../article/article.js';
import { type BuiltArticle, buildArticle, lineStartsOf } from '../article/article-builder.js';
import { parseFrontMatter } from '../article/front-matter.js';
import type { ResolvedConfig, RuleSettings } from '../config/resolve.js';
import type { Diagnostic, FileResult, Severity } from '../report/types.js';
import { docsUrl, rules as registry, ruleById } from '../rules/index.js';
import type { Fix, Project, Report, Rule, SourceText } from '../rules/rule.js';
import { collectDirectives, type Directive, isSuppressed } from './directives.js';
import { markdownlintSetup } from './markdownlint-config.js';
import { articleMetrics, emptyMetrics } from './metrics.js';

/** What cross-file rules need from each file, small enough to cross thread boundaries. */
export interface ArticleSummary {
  path: string;
  fields: Partial<Record<'slug' | 'title' | 'description' | 'keyphrase', { value: string; line: number }>>;
  /** Severity of `unique-metadata` for this file; omitted when off or disabled inline. */
  uniqueSeverity: Severity | undefined;
}

export interface EngineInput {
  /** Path shown in reports. */
  path: string;
  text: string;
  /** Rule settings and language for this file (see settingsFor). */
  settings: { rules: RuleSettings; lang: string };
  config: ResolvedConfig;
  /** The source named by `source:`, already read; undefined when absent or unreadable. */
  source: ((article: Article) => SourceText | undefined) | undefined;
  /** Diagnostics found before parsing (encoding); they go through the same filters. */
  preDiagnostics?: Diagnostic[];
  project?: Project;
}

export interface EngineOutput {
  result: FileResult;
  summary: ArticleSummary;
  fixes: Fix[];
  article: Article | undefined;
}

const ENGINE_RULE = 'plume-engine';
const markdownlintDocs = (page: string) =>
  `https://github.com/DavidAnson/markdownlint/blob/v0.42.1/doc/${page}.md`;

/**
 * markdownlint runs on the body alone, so the rules that read the front matter are told here:
 * MD025 and MD001 count the title as the H1 (emulated after the pass), MD041 is satisfied by it.
 * (MD022's `include_front_matter` is the one option that cannot see the front matter.)
 */
function frontMatterAware(config: Record<string, unknown>, hasTitle: boolean): Record<string, unknown> {
  const out = { ...config };
  // markdownlint's `default` is true when absent.
  const md025 = out.MD025 ?? out['single-title'] ?? out['single-h1'] ?? out.default ?? true;
  if (md025) out.MD025 = { ...(typeof md025 === 'object' ? md025 : {}), front_matter_title: '' };
  const md001 = out.MD001 ?? out['heading-increment'] ?? out.default ?? true;
  if (md001) out.MD001 = { ...(typeof md001 === 'object' ? md001 : {}), front_matter_title: '' };
  if (hasTitle) {
    out.MD041 = false;
    out['first-line-heading'] = false;
    out['first-line-h1'] = false;
  }
  return out;
}

/** markdownlint's fix for one of its errors, as a file-offset replacement. */
function markdownlintFix(
  error: LintError,
  bodyLineOffset: number,
  text: string,
  lineStarts: readonly number[],
  eol: string,
): Fix | undefined {
  const info = error.fixInfo;
  if (!info) return undefined;
  const line = (info.lineNumber ?? error.lineNumber) + bodyLineOffset;
  const lineStart = lineStarts[line - 1];
  if (lineStart === undefined) return undefined;
  const nextStart = lineStarts[line] ?? text.length;
  const lineEnd = text.slice(lineStart, nextStart).replace(/\r?\n$|\r$/, '').length + lineStart;
  if (info.deleteCount === -1) return { start: lineStart, end: nextStart, text: '' };
  const start = lineStart + (info.editColumn ?? 1) - 1;
  const end = Math.min(lineEnd, start + (info.deleteCount ?? 0));
  return { start, end, text: (info.insertText ?? '').replace(/\n/g, eol) };
}

function markdownlintMessage(error: LintError): string {
  let message = error.ruleDescription;
  if (error.errorDetail) message += `: ${error.errorDetail}`;
  if (error.errorContext) message += ` [${error.errorContext}]`;
  return message;
}

/**
 * Lints one decoded file in a single markdownlint pass: Plume's rules run inside a markdownlint
 * custom rule on the same micromark tokens, so the file is parsed once (DESIGN §4.6).
 */
export function lintWithEngine(input: EngineInput): EngineOutput {
  const { text, settings, config } = input;
  const frontMatter = parseFrontMatter(text);
  const enabled = registry.filter((rule) => (settings.rules[rule.meta.id]?.severity ?? 'off') !== 'off');
  const md = markdownlintSetup(config.markdownlint, settings.rules);
  const reports: { rule: Rule; report: Report }[] = [];
  // A closed front matter (valid or not) is cut off; an unclosed one is left to the Markdown parse.
  const bodyLineOffset = frontMatter.end ? frontMatter.lineCount : 0;
  const body = frontMatter.end ? text.slice(frontMatter.end.offset) : text;
  const hasTitle = frontMatter.data?.title !== undefined;
  const mdConfig = frontMatterAware(md.config, hasTitle);
  const crashes: { rule: Rule; message: string }[] = [];
  let article: BuiltArticle | undefined;
  let directives: Directive[] = [];

  const engineRule: MarkdownlintRule = {
    names: [ENGINE_RULE],
    description: 'Plume rules',
    tags: ['plume'],
    parser: 'micromark',
    function(params) {
      const tokens = (params.parsers.micromark?.tokens ?? []) as readonly MicromarkToken[];
      const built = buildArticle({
        path: input.path,
        text,
        lang: settings.lang,
        frontMatter,
        tokens,
        bodyLineOffset,
      });
      article = built;
      directives = collectDirectives(tokens, bodyLineOffset);
      const source = input.source?.(built);
      const project = input.project ?? { articles: [built] };
      for (const rule of enabled) {
        try {
          rule.check({
            article: built,
            options: settings.rules[rule.meta.id]?.options,
            source,
            project,
            words: config.words,
            report: (report) => reports.push({ rule, report }),
          });
        } catch (error) {
          crashes.push({ rule, message: error instanceof Error ? error.message : String(error) });
        }
      }
    },
  };

  const results = markdownlint({
    strings: { [input.path]: body },
    // markdownlint gets the body only: its own front-matter pattern costs a regex compile per file.
    frontMatter: null,
    config: { ...mdConfig, [ENGINE_RULE]: true },
    customRules: [engineRule],
    handleRuleFailures: false,
  });

  const lineStarts = lineStartsOf(text);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const diagnostics: Diagnostic[] = [...(input.preDiagnostics ?? [])];
  const fixes: Fix[] = [];
  const bodyStart = article?.body.start ?? { line: 1, column: 1, offset: 0 };

  for (const { rule, report } of reports) {
    const configured = settings.rules[rule.meta.id]?.severity;
    if (configured === undefined || configured === 'off') continue;
    const severity = report.severity === 'warning' ? 'warning' : configured;
    const at = report.at ?? bodyStart;
    const end = report.end ?? at;
    diagnostics.push({
      ruleId: rule.meta.id,
      severity,
      message: report.message,
      line: at.line,
      column: at.column,
      endLine: end.line,
      endColumn: end.column,
      fixable: report.fix !== undefined,
      url: docsUrl(rule.meta.id),
    });
    if (report.fix) fixes.push(report.fix);
  }
  for (const { rule, message } of crashes) {
    diagnostics.push({
      ruleId: rule.meta.id,
      severity: 'error',
      message: `The rule failed on this file (a bug in Plume, please report it): ${message}`,
      line: bodyStart.line,
      column: bodyStart.column,
      endLine: bodyStart.line,
      endColumn: bodyStart.column,
      fixable: false,
      url: docsUrl(rule.meta.id),
    });
  }
  for (const error of results[input.path] ?? []) {
    const name = error.ruleNames[0] ?? 'MD000';
    if (name === ENGINE_RULE) continue;
    const column = error.errorRange?.[0] ?? 1;
    const line = error.lineNumber + bodyLineOffset;
    const fix = markdownlintFix(error, bodyLineOffset, text, lineStarts, eol);
    diagnostics.push({
      ruleId: name,
      severity: md.severityOf(name),
      message: markdownlintMessage(error),
      line,
      column,
      endLine: line,
      endColumn: column + (error.errorRange?.[1] ?? 0),
      fixable: fix !== undefined,
      ...(error.ruleInformation ? { url: error.ruleInformation } : {}),
    });
    if (fix) fixes.push(fix);
  }

  const firstHeading = article?.body.headings[0];
  if (hasTitle && firstHeading && firstHeading.depth > 2 && mdConfig.MD001) {
    // With the title as H1, the body's first heading must be an H2 (markdownlint's MD001 does the same).
    diagnostics.push({
      ruleId: 'MD001',
      severity: md.severityOf('MD001'),
      message: `Heading levels should only increment by one level at a time: Expected: h2; Actual: h${firstHeading.depth}`,
      line: firstHeading.start.line,
      column: 1,
      endLine: firstHeading.start.line,
      endColumn: 1,
      fixable: false,
      url: markdownlintDocs('md001'),
    });
  }
  if (hasTitle && article && mdConfig.MD025) {
    // The front-matter title is the page's H1 (DESIGN §4.3), so every body H1 is one too many.
    const reported = new Set(diagnostics.filter((d) => d.ruleId === 'MD025').map((d) => d.line));
    for (const heading of article.body.headings) {
      if (heading.depth !== 1 || reported.has(heading.start.line)) continue;
      diagnostics.push({
        ruleId: 'MD025',
        severity: md.severityOf('MD025'),
        message: `Multiple top-level headings in the same document (the front-matter title is the first) [${heading.text}]`,
        line: heading.start.line,
        column: 1,
        endLine: heading.start.line,
        endColumn: 1,
        fixable: false,
        url: markdownlintDocs('md025'),
      });
    }
  }
  const kept = diagnostics
    .filter((diagnostic) => !isSuppressed(diagnostic, directives))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const errorCount = kept.filter((diagnostic) => diagnostic.severity === 'error').length;

  return {
    result: {
      path: input.path,
      metrics: article ? articleMetrics(article) : emptyMetrics(),
      diagnostics: kept,
      errorCount,
      warningCount: kept.length - errorCount,
    },
    summary: summarize(input.path, article, settings.rules, directives),
    fixes,
    article,
  };
}

function summarize(
  path: string,
  article: Article | undefined,
  rules: RuleSettings,
  directives: readonly Directive[],
): ArticleSummary {
  const summary: ArticleSummary = { path, fields: {}, uniqueSeverity: undefined };
  const severity = rules['unique-metadata']?.severity;
  if (!article || severity === undefined || severity === 'off' || !ruleById.has('unique-metadata'))
    return summary;
  const probe = (line: number): Diagnostic => ({
    ruleId: 'unique-metadata',
    severity,
    message: '',
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    fixable: false,
  });
  const { keyLines } = article.frontMatter;
  const values = {
    slug: article.slug,
    title: article.title?.text,
    description: article.description,
    keyphrase: article.keyphrase,
  };
  for (const [key, value] of Object.entries(values) as [keyof typeof values, string | undefined][]) {
    if (value === undefined || value.trim() === '') continue;
    const line = key === 'title' && article.title ? article.title.start.line : (keyLines[key] ?? 1);
    if (isSuppressed(probe(line), directives)) continue;
    summary.fields[key] = { value: value.trim(), line };
  }
  summary.uniqueSeverity = severity;
  return summary;
}
