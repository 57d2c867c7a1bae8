// The report shapes of DESIGN §4.5 (linter) and §5.3 (rewriter), the only data the Action reads
// from @plume/linter and @plume/core.
// TODO(integration): re-export from @plume/linter and @plume/core once their index exports them.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  url?: string;
}

export interface FileResult {
  path: string;
  metrics: {
    words: number;
    h2: number;
    titleLength: number;
    descriptionLength: number;
    fleschFr: number;
    sentences: number;
    readingMinutes: number;
  };
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

export interface LintReport {
  version: 1;
  files: FileResult[];
  errorCount: number;
  warningCount: number;
}

export type SeedStatus =
  | 'written'
  | 'written-with-errors'
  | 'skipped-unchanged'
  | 'skipped-edited'
  | 'failed';

export interface SeedOutcome {
  seed: string;
  article: string | null;
  status: SeedStatus;
  attempts: number;
  usage: { promptTokens: number; completionTokens: number };
  words: number | null;
  errorCount: number;
  warningCount: number;
  error: string | null;
}

export interface RewriteReport {
  version: 1;
  model: string;
  seeds: SeedOutcome[];
}
