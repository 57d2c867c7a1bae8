import type { z } from 'zod';
import type { Article, Position } from '../article/article.js';
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

/** Files linted together, for cross-file rules (`unique-metadata`). */
export interface Project {
  articles: readonly Article[];
}

export interface RuleContext<Options> {
  article: Article;
  options: Options;
  /** The source text named by `source`, when there is one and it could be read. */
  source: SourceText | undefined;
  project: Project;
  /** The config's `words`: project vocabulary every language rule accepts (spelling, names). */
  words?: readonly string[];
  report(report: Report): void;
}

export interface SourceText {
  path: string;
  text: string;
  /** ISO 639-1 code of the source's language as identified, e.g. 'fr', 'en'. */
  lang: string | undefined;
}

export interface Rule<Options extends z.ZodType = z.ZodType> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<z.output<Options>>): void;
}

export const defineRule = <Options extends z.ZodType>(rule: Rule<Options>): Rule<Options> => rule;
