import type { z } from 'zod';
import type { Article, Position } from '../article/article.js';
import type { SourceText } from '../article/source-text.js';

export type { SourceText };

import type { Severity } from '../report/types.js';

/** A fix replaces the text between two offsets of the file (end exclusive). */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** What a rule reports; the runner stamps ruleId, severity, url and fixable. */
export interface Report {
  message: string;
  /** Where the problem starts; defaults to the first line of the body. */
  at?: Position;
  /** Where it ends (exclusive); defaults to `at`. */
  end?: Position;
  fix?: Fix;
  /**
   * Caps the configured severity for this report, e.g. `faithful-quotes` reports a warning,
   * not an error, when the source is in another language and quotes were translated.
   */
  severity?: Severity;
}

export interface RuleMeta<Options extends z.ZodType> {
  /** kebab-case, stable; also the file name, the docs page and the fixture folder. */
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  /** Validated (and defaulted) at config load. */
  options: Options;
  /** e.g. 'seo', 'style', 'typography', 'faithfulness', 'language' */
  tags: string[];
  fixable?: boolean;
}

export interface RuleContext<Options> {
  article: Article;
  options: Options;
  /** The source text named by `source`, when there is one and it could be read. */
  source: SourceText | undefined;
  /** The config's `words`: project vocabulary every language rule accepts (spelling, names). */
  words?: readonly string[];
  report(report: Report): void;
}

/**
 * A problem with the file itself, found by the runner before (or instead of) a parse: it could
 * not be read or written, it is binary, or its bytes are not UTF-8.
 */
export type FileProblem =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'binary'; reason: string }
  | { kind: 'not-utf8' }
  /** UTF-16 with a byte-order mark, decoded as such. */
  | { kind: 'utf16' }
  /** A symlink, a FIFO or a device, a file too large: refused before it is read. */
  | { kind: 'refused'; reason: string }
  /** Over the per-file budget (nesting): refused before markdownlint parses it. */
  | { kind: 'too-complex'; reason: string }
  /** The file's time budget ran out: these rules were not run on it. */
  | { kind: 'too-slow'; skipped: readonly string[] }
  /** --fix left a file that is not UTF-8 as it is rather than write it back garbled. */
  | { kind: 'not-fixed-encoding' }
  | { kind: 'unwritable'; reason: string };

export interface FileContext<Options> {
  problem: FileProblem;
  options: Options;
  /** Reports land on the first line of the file. */
  report(report: Pick<Report, 'message' | 'severity'>): void;
}

export interface CollectContext<Options> {
  article: Article;
  options: Options;
  /** Whether a report at this position would be shown, i.e. no inline directive disables it. */
  isReported(at: Position): boolean;
}

/** What one file collected for a cross-file rule. */
export interface Collected<Facts> {
  path: string;
  facts: Facts;
}

export interface ProjectContext<Facts> {
  /** Every file linted together where the rule is on, in the run's order. */
  files: readonly Collected<Facts>[];
  report(path: string, report: Report): void;
}

/**
 * A rule checks an article (`check`), a file the runner could not read as text (`checkFile`),
 * or every article linted together (`collect` in each file's pass, then `checkProject` once:
 * files may be linted on different threads, so the facts must be plain data).
 */
export interface Rule<Options extends z.ZodType = z.ZodType, Facts = unknown> {
  meta: RuleMeta<Options>;
  check?(context: RuleContext<z.output<Options>>): void;
  checkFile?(context: FileContext<z.output<Options>>): void;
  collect?(context: CollectContext<z.output<Options>>): Facts;
  checkProject?(context: ProjectContext<Facts>): void;
}

export const defineRule = <Options extends z.ZodType, Facts = unknown>(
  rule: Rule<Options, Facts>,
): Rule<Options, Facts> => rule;
