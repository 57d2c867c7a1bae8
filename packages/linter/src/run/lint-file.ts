import type { ResolvedConfig } from '../config/resolve.js';
import { readFileSafeSync } from '../fs/safe-read.js';
import { writeFileAtomicSync } from '../fs/write-atomic.js';
import type { CrossFileFacts } from '../lint/cross-file.js';
import { type DocumentInput, fileProblemResult, fixDocument, lintDocument } from '../lint/lint-document.js';
import { emptyMetrics } from '../lint/metrics.js';
import { maxNestingDepth, nestingTotal } from '../markdown/nesting-depth.js';
import { FILE_START, makeDiagnostic } from '../report/diagnostic.js';
import { fileResult } from '../report/make-report.js';
import type { FileResult } from '../report/types.js';
import type { FileProblem } from '../rules/rule.js';
import { decodeBytes } from './decode.js';
import { FILE_BUDGET } from './file-budget.js';
import { readNamedSource } from './read-source.js';

export interface FileJob {
  /** Absolute path to read. */
  absolutePath: string;
  /** Path shown in reports. */
  path: string;
  /**
   * The folder the file was found in (the current directory for the files below it): no folder
   * between it and the file may be a symlink. Unset: only the file itself is checked.
   */
  root?: string | undefined;
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

function overBudget(text: string): string | undefined {
  const depth = maxNestingDepth(text, FILE_BUDGET.maxNesting);
  if (depth > FILE_BUDGET.maxNesting)
    return `Blockquotes or lists nest ${depth} levels deep (the limit is ${FILE_BUDGET.maxNesting})`;
  if (nestingTotal(text, FILE_BUDGET.maxNestingTotal) > FILE_BUDGET.maxNestingTotal)
    return `More than ${FILE_BUDGET.maxNestingTotal} blockquote and list levels in all (the limit)`;
  return undefined;
}

/**
 * Reads, decodes and lints one file (fixing it in place with `fix`). Every expected problem,
 * including an unreadable or binary file, is a diagnostic; this never throws for bad input.
 */
export function lintFile(job: FileJob, config: ResolvedConfig, fix: boolean): FileOutcome {
  // Regular files only, size-capped, opened without blocking: a FIFO, /dev/zero or a file
  // reached through a symlinked folder is refused before a byte is read.
  const read = readFileSafeSync(job.absolutePath, { root: job.root, maxBytes: FILE_BUDGET.maxBytes });
  if (!read.ok) {
    return notLinted(
      job,
      config,
      read.problem === 'not-found' || read.problem === 'unreadable'
        ? { kind: 'unreadable', reason: read.problem === 'not-found' ? 'ENOENT' : read.message }
        : { kind: 'refused', reason: read.message },
    );
  }
  const bytes = read.bytes;
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') return notLinted(job, config, { kind: 'binary', reason: decoded.reason });
  const tooComplex = overBudget(decoded.text);
  if (tooComplex) return notLinted(job, config, { kind: 'too-complex', reason: tooComplex });
  const input: DocumentInput = {
    path: job.path,
    absolutePath: job.absolutePath,
    text: decoded.text,
    config,
    source: readNamedSource(config.baseDir),
    fileProblems: decoded.utf8 ? [] : [{ kind: decoded.utf16 ? 'utf16' : 'not-utf8' }],
    deadline: Date.now() + FILE_BUDGET.maxMilliseconds,
  };
  try {
    return lintDecoded(job, input, { bytes, text: decoded.text, utf8: decoded.utf8 }, fix);
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

/** The file linted as it is, with one more problem told (why it was not fixed). */
function lintUnfixed(input: DocumentInput, problem: FileProblem): FileOutcome {
  const output = lintDocument({ ...input, fileProblems: [...(input.fileProblems ?? []), problem] });
  return { result: output.result, crossFile: output.crossFile, fixed: false };
}

function lintDecoded(
  job: FileJob,
  input: DocumentInput,
  original: { bytes: Uint8Array; text: string; utf8: boolean },
  fix: boolean,
): FileOutcome {
  if (!fix) {
    const output = lintDocument(input);
    return { result: output.result, crossFile: output.crossFile, fixed: false };
  }
  // Writing the fixes back as UTF-8 would turn every accented letter of a mis-decoded file into
  // mojibake: it is linted and left as it is.
  if (!original.utf8) return lintUnfixed(input, { kind: 'not-fixed-encoding' });
  const { text, output } = fixDocument(input);
  if (text === original.text) return { result: output.result, crossFile: output.crossFile, fixed: false };
  // Whole or nothing (a full disk never truncates it), and never over an edit saved meanwhile.
  const written = writeFileAtomicSync(job.absolutePath, text, { root: job.root, expected: original.bytes });
  if (written.ok) return { result: output.result, crossFile: output.crossFile, fixed: true };
  // The diagnostics of the file as it still is, and why the fixes are not in it.
  return lintUnfixed(input, { kind: 'unwritable', reason: written.message });
}
