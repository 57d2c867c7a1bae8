import type { LintError, Rule as MarkdownlintRule, MicromarkToken } from 'markdownlint';
import { lint as markdownlint } from 'markdownlint/sync';
import type { Article } from '../article/article.js';
import { type BuiltArticle, buildArticle, lineStartsOf } from '../article/article-builder.js';
import { parseFrontMatter } from '../article/front-matter.js';
import type { ResolvedConfig, RuleSettings } from '../config/resolve.js';
import { makeDiagnostic } from '../report/diagnostic.js';
import { fileResult } from '../report/make-report.js';
import type { Diagnostic, FileResult } from '../report/types.js';
import { rules as registry } from '../rules/index.js';
import type { FileProblem, Fix, Report, Rule, SourceText } from '../rules/rule.js';
import type { CrossFileFacts } from './cross-file.js';
import { collectDirectives, type Directive, isSuppressed } from './directives.js';
import { fileProblemDiagnostics } from './file-problems.js';
import { markdownlintSetup } from './markdownlint-config.js';
import { articleMetrics, emptyMetrics } from './metrics.js';
import { ruleDiagnostic } from './rule-diagnostic.js';

export interface EngineInput {
  /** Path shown in reports. */
  path: string;
  text: string;
  /** Rule settings and language for this file (see settingsFor). */
  settings: { rules: RuleSettings; lang: string };
  config: ResolvedConfig;
  /** The source named by `source:`, already read; undefined when absent or unreadable. */
  source: ((article: Article) => SourceText | undefined) | undefined;
  /** Problems the runner found with a file it still lints (not UTF-8); reported like the rest. */
  fileProblems?: readonly FileProblem[];
}

export interface EngineOutput {
  result: FileResult;
  /** What the file collected for the cross-file rules (plain data: it crosses threads). */
  crossFile: CrossFileFacts;
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
  const crossFile: CrossFileFacts = {};
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
      for (const rule of enabled) {
        const setting = settings.rules[rule.meta.id];
        try {
          rule.check?.({
            article: built,
            options: setting?.options,
            source,
            words: config.words,
            report: (report) => reports.push({ rule, report }),
          });
          if (rule.collect && setting && setting.severity !== 'off') {
            const facts = rule.collect({
              article: built,
              options: setting.options,
              isReported: (at) => !isSuppressed({ ruleId: rule.meta.id, line: at.line }, directives),
            });
            crossFile[rule.meta.id] = { severity: setting.severity, facts };
          }
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
  const diagnostics: Diagnostic[] = fileProblemDiagnostics(input.fileProblems ?? [], settings.rules);
  const fixes: Fix[] = [];
  const bodyStart = article?.body.start ?? { line: 1, column: 1, offset: 0 };

  for (const { rule, report } of reports) {
    const configured = settings.rules[rule.meta.id]?.severity;
    if (configured === undefined || configured === 'off') continue;
    diagnostics.push(ruleDiagnostic(rule, configured, report, bodyStart));
    if (report.fix) fixes.push(report.fix);
  }
  for (const { rule, message } of crashes) {
    diagnostics.push(
      ruleDiagnostic(
        rule,
        'error',
        { message: `The rule failed on this file (a bug in Plume, please report it): ${message}` },
        bodyStart,
      ),
    );
  }
  for (const error of results[input.path] ?? []) {
    const name = error.ruleNames[0] ?? 'MD000';
    if (name === ENGINE_RULE) continue;
    const column = error.errorRange?.[0] ?? 1;
    const line = error.lineNumber + bodyLineOffset;
    const fix = markdownlintFix(error, bodyLineOffset, text, lineStarts, eol);
    diagnostics.push(
      makeDiagnostic({
        ruleId: name,
        severity: md.severityOf(name),
        message: markdownlintMessage(error),
        at: { line, column },
        end: { line, column: column + (error.errorRange?.[1] ?? 0) },
        fixable: fix !== undefined,
        url: error.ruleInformation || undefined,
      }),
    );
    if (fix) fixes.push(fix);
  }

  const firstHeading = article?.body.headings[0];
  if (hasTitle && firstHeading && firstHeading.depth > 2 && mdConfig.MD001) {
    // With the title as H1, the body's first heading must be an H2 (markdownlint's MD001 does the same).
    diagnostics.push(
      makeDiagnostic({
        ruleId: 'MD001',
        severity: md.severityOf('MD001'),
        message: `Heading levels should only increment by one level at a time: Expected: h2; Actual: h${firstHeading.depth}`,
        at: { line: firstHeading.start.line, column: 1 },
        url: markdownlintDocs('md001'),
      }),
    );
  }
  if (hasTitle && article && mdConfig.MD025) {
    // The front-matter title is the page's H1 (DESIGN §4.3), so every body H1 is one too many.
    const reported = new Set(diagnostics.filter((d) => d.ruleId === 'MD025').map((d) => d.line));
    for (const heading of article.body.headings) {
      if (heading.depth !== 1 || reported.has(heading.start.line)) continue;
      diagnostics.push(
        makeDiagnostic({
          ruleId: 'MD025',
          severity: md.severityOf('MD025'),
          message: `Multiple top-level headings in the same document (the front-matter title is the first) [${heading.text}]`,
          at: { line: heading.start.line, column: 1 },
          url: markdownlintDocs('md025'),
        }),
      );
    }
  }
  const kept = diagnostics.filter((diagnostic) => !isSuppressed(diagnostic, directives));
  return {
    result: fileResult(input.path, article ? articleMetrics(article) : emptyMetrics(), kept),
    crossFile,
    fixes,
    article,
  };
}
