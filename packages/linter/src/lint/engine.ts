import type { LintError, Rule as MarkdownlintRule, MicromarkToken } from 'markdownlint';
import { lint as markdownlint } from 'markdownlint/sync';
import type { Article } from '../article/article.js';
import { type BuiltArticle, buildArticle, lineStartsOf } from '../article/article-builder.js';
import { parseFrontMatter } from '../article/front-matter.js';
import type { ResolvedConfig, RuleSettings } from '../config/resolve.js';
import { keepProseFixes } from '../markdown/prose-regions.js';
import { makeDiagnostic } from '../report/diagnostic.js';
import { fileResult } from '../report/make-report.js';
import type { Diagnostic, FileResult } from '../report/types.js';
import { rules as registry } from '../rules/index.js';
import type { FileProblem, Fix, Report, Rule, SourceText } from '../rules/rule.js';
import { seoSummary } from '../rules/seo-summary.js';
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
  /** Time (Date.now()) after which the rules not yet run are skipped: the file's time budget. */
  deadline?: number | undefined;
}

export interface EngineOutput {
  result: FileResult;
  /** What the file collected for the cross-file rules (plain data: it crosses threads). */
  crossFile: CrossFileFacts;
  fixes: Fix[];
  article: Article | undefined;
}

const ENGINE_RULE = 'plume-engine';
/**
 * The YAML front matter, as markdownlint's own default pattern finds it less its TOML and JSON
 * forms (Plume reads YAML only, and parseFrontMatter's fences are the same `---` lines).
 * markdownlint then reads the title as the page's H1 (MD025, MD001, MD041's front_matter_title)
 * and reports lines of the whole file.
 */
const YAML_FRONT_MATTER = /^---[^\S\r\n\u2028\u2029]*$[\s\S]+?^---[^\S\r\n\u2028\u2029]*(?:\r\n|\r|\n|$)/m;

/** markdownlint's fix for one of its errors, as a file-offset replacement. */
function markdownlintFix(
  error: LintError,
  text: string,
  lineStarts: readonly number[],
  eol: string,
): Fix | undefined {
  const info = error.fixInfo;
  if (!info) return undefined;
  const line = info.lineNumber ?? error.lineNumber;
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
  const crashes: { rule: Rule; message: string }[] = [];
  const crossFile: CrossFileFacts = {};
  let article: BuiltArticle | undefined;
  let directives: Directive[] = [];
  const skipped: string[] = [];

  const engineRule: MarkdownlintRule = {
    names: [ENGINE_RULE],
    description: 'Plume rules',
    tags: ['plume'],
    parser: 'micromark',
    function(params) {
      const tokens = (params.parsers.micromark?.tokens ?? []) as readonly MicromarkToken[];
      // Tokens count lines from the end of the front matter markdownlint cut off.
      const bodyLineOffset = params.frontMatterLines.length;
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
        if (input.deadline !== undefined && Date.now() > input.deadline) {
          if (rule.check || rule.collect) skipped.push(rule.meta.id);
          continue;
        }
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
    strings: { [input.path]: text },
    frontMatter: YAML_FRONT_MATTER,
    config: { ...md.config, [ENGINE_RULE]: true },
    customRules: [engineRule],
    handleRuleFailures: false,
  });

  const lineStarts = lineStartsOf(text);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const problems: FileProblem[] = [...(input.fileProblems ?? [])];
  if (skipped.length > 0) problems.push({ kind: 'too-slow', skipped });
  const diagnostics: Diagnostic[] = fileProblemDiagnostics(problems, settings.rules);
  const fixOf = new Map<Diagnostic, Fix>();
  const bodyStart = article?.body.start ?? { line: 1, column: 1, offset: 0 };

  for (const { rule, report } of reports) {
    const configured = settings.rules[rule.meta.id]?.severity;
    if (configured === undefined || configured === 'off') continue;
    const diagnostic = ruleDiagnostic(rule, configured, report, bodyStart);
    diagnostics.push(diagnostic);
    if (report.fix) fixOf.set(diagnostic, report.fix);
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
    const line = error.lineNumber;
    const fix = markdownlintFix(error, text, lineStarts, eol);
    const diagnostic = makeDiagnostic({
      ruleId: name,
      severity: md.severityOf(name),
      message: markdownlintMessage(error),
      at: { line, column },
      end: { line, column: column + (error.errorRange?.[1] ?? 0) },
      fixable: fix !== undefined,
      url: error.ruleInformation || undefined,
    });
    diagnostics.push(diagnostic);
    if (fix) fixOf.set(diagnostic, fix);
  }

  const kept = diagnostics.filter((diagnostic) => !isSuppressed(diagnostic, directives));
  // Silenced diagnostics are not fixed, and no fix touches what is not prose.
  const fixes = keepProseFixes(kept, fixOf, article?.nonProse ?? []);
  return {
    result: {
      ...fileResult(input.path, article ? articleMetrics(article) : emptyMetrics(), kept),
      seo: seoSummary(article?.keyphrase, kept),
    },
    crossFile,
    fixes,
    article,
  };
}
