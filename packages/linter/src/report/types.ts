/** The one diagnostic shape every rule, formatter, repair prompt and annotation reads. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** `word-count`, `MD025`, `faithful-quotes` */
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  endLine: number;
  /** 1-based, exclusive */
  endColumn: number;
  fixable: boolean;
  /** The rule's docs page. */
  url?: string;
}

export interface FileMetrics {
  words: number;
  h2: number;
  titleLength: number;
  descriptionLength: number;
  fleschFr: number;
  sentences: number;
  readingMinutes: number;
}

/** The article's SEO verdict (`seo` in the JSON report). */
export interface SeoSummary {
  /** The front matter's focus keyphrase; null when none is set. */
  keyphrase: string | null;
  verdict: 'good' | 'needs-work' | 'poor' | 'no-keyphrase';
  /** Ids of the SEO rules (keyphrase rules included) the article fails. */
  problems: string[];
}

export interface FileResult {
  path: string;
  metrics: FileMetrics;
  /** Absent only from reports cached before it existed. */
  seo?: SeoSummary;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

/** The `--format json` document (DESIGN §4.5). */
export interface LintReport {
  version: 1;
  files: FileResult[];
  errorCount: number;
  warningCount: number;
}
