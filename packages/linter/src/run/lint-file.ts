import { readFileSync, writeFileSync } from 'node:fs';
import { turbofanForFile } from '../cli/v8-tiering.js';
import type { ResolvedConfig } from '../config/resolve.js';
import type { ArticleSummary } from '../lint/engine.js';
import { type DocumentInput, encodingDiagnostic, fixDocument, lintDocument } from '../lint/lint-document.js';
import { emptyMetrics } from '../lint/metrics.js';
import type { Diagnostic, FileResult } from '../report/types.js';
import { decodeBytes } from './decode.js';

export interface FileJob {
  /** Absolute path to read. */
  absolutePath: string;
  /** Path shown in reports. */
  path: string;
}

export interface FileOutcome {
  result: FileResult;
  summary: ArticleSummary;
  /** Whether --fix rewrote the file. */
  fixed: boolean;
}

const single = (path: string, diagnostic: Diagnostic | undefined): FileOutcome => {
  const diagnostics = diagnostic ? [diagnostic] : [];
  const errorCount = diagnostics.filter((item) => item.severity === 'error').length;
  return {
    result: {
      path,
      metrics: emptyMetrics(),
      diagnostics,
      errorCount,
      warningCount: diagnostics.length - errorCount,
    },
    summary: { path, fields: {}, uniqueSeverity: undefined },
    fixed: false,
  };
};

/**
 * Reads, decodes and lints one file (fixing it in place with `fix`). Every expected problem,
 * including an unreadable or binary file, is a diagnostic; this never throws for bad input.
 */
export function lintFile(job: FileJob, config: ResolvedConfig, fix: boolean): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(job.absolutePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return single(job.path, encodingDiagnostic(config, `The file could not be read (${reason}).`));
  }
  turbofanForFile(bytes.length);
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    return single(
      job.path,
      encodingDiagnostic(config, `Not a text file: ${decoded.reason}; it was not linted.`),
    );
  }
  const warning = decoded.warning ? encodingDiagnostic(config, decoded.warning) : undefined;
  const preDiagnostics = warning ? [{ ...warning, severity: 'warning' as const }] : [];
  const input: DocumentInput = {
    path: job.path,
    absolutePath: job.absolutePath,
    text: decoded.text,
    config,
    preDiagnostics,
  };
  try {
    return lintDecoded(job, input, decoded.text, fix);
  } catch (error) {
    // A bug in Plume or a dependency on one file must not stop the others.
    const message = error instanceof Error ? error.message : String(error);
    return single(job.path, {
      ruleId: 'internal-error',
      severity: 'error',
      message: `Plume failed on this file (a bug, please report it): ${message}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      fixable: false,
    });
  }
}

function lintDecoded(job: FileJob, input: DocumentInput, original: string, fix: boolean): FileOutcome {
  if (!fix) {
    const output = lintDocument(input);
    return { result: output.result, summary: output.summary, fixed: false };
  }
  const { text, output } = fixDocument(input);
  const fixed = text !== original;
  if (fixed) {
    try {
      writeFileSync(job.absolutePath, text);
    } catch (error) {
      return single(
        job.path,
        encodingDiagnostic(
          input.config,
          `Fixes could not be written (${(error as NodeJS.ErrnoException).code}).`,
        ),
      );
    }
  }
  return { result: output.result, summary: output.summary, fixed };
}
