import { readFileSync, writeFileSync } from 'node:fs';
import type { ResolvedConfig } from '../config/resolve.js';
import type { CrossFileFacts } from '../lint/cross-file.js';
import { type DocumentInput, fileProblemResult, fixDocument, lintDocument } from '../lint/lint-document.js';
import { emptyMetrics } from '../lint/metrics.js';
import { FILE_START, makeDiagnostic } from '../report/diagnostic.js';
import { fileResult } from '../report/make-report.js';
import type { FileResult } from '../report/types.js';
import type { FileProblem } from '../rules/rule.js';
import { decodeBytes } from './decode.js';
import { readNamedSource } from './read-source.js';

export interface FileJob {
  /** Absolute path to read. */
  absolutePath: string;
  /** Path shown in reports. */
  path: string;
}

export interface FileOutcome {
  result: FileResult;
  /** What the file collected for the cross-file rules. */
  crossFile: CrossFileFacts;
  /** Whether --fix rewrote the file. */
  fixed: boolean;
}

const notLinted = (job: FileJob, config: ResolvedConfig, problem: FileProblem): FileOutcome => ({
  result: fileProblemResult({ path: job.path, absolutePath: job.absolutePath, config }, problem),
  crossFile: {},
  fixed: false,
});

const errnoOf = (error: unknown): string => String((error as NodeJS.ErrnoException).code);

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
    return notLinted(job, config, { kind: 'unreadable', reason });
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') return notLinted(job, config, { kind: 'binary', reason: decoded.reason });
  const input: DocumentInput = {
    path: job.path,
    absolutePath: job.absolutePath,
    text: decoded.text,
    config,
    source: readNamedSource(config.baseDir),
    fileProblems: decoded.utf8 ? [] : [{ kind: 'not-utf8' }],
  };
  try {
    return lintDecoded(job, input, decoded.text, fix);
  } catch (error) {
    // A bug in Plume or a dependency on one file must not stop the others.
    const message = error instanceof Error ? error.message : String(error);
    const diagnostic = makeDiagnostic({
      ruleId: 'internal-error',
      severity: 'error',
      message: `Plume failed on this file (a bug, please report it): ${message}`,
      at: FILE_START,
    });
    return { result: fileResult(job.path, emptyMetrics(), [diagnostic]), crossFile: {}, fixed: false };
  }
}

function lintDecoded(job: FileJob, input: DocumentInput, original: string, fix: boolean): FileOutcome {
  if (!fix) {
    const output = lintDocument(input);
    return { result: output.result, crossFile: output.crossFile, fixed: false };
  }
  const { text, output } = fixDocument(input);
  const fixed = text !== original;
  if (fixed) {
    try {
      writeFileSync(job.absolutePath, text);
    } catch (error) {
      return notLinted(job, input.config, { kind: 'unwritable', reason: errnoOf(error) });
    }
  }
  return { result: output.result, crossFile: output.crossFile, fixed };
}
