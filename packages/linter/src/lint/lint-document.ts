import type { Article } from '../article/article.js';
import { configRelative, type ResolvedConfig, settingsFor } from '../config/resolve.js';
import { fileResult } from '../report/make-report.js';
import type { FileResult } from '../report/types.js';
import type { FileProblem, Fix, SourceText } from '../rules/rule.js';
import { stripBom } from '../text/bom.js';
import { type EngineOutput, lintWithEngine } from './engine.js';
import { fileProblemDiagnostics } from './file-problems.js';
import { emptyMetrics } from './metrics.js';

/** Finds the source text of an article (the runner reads the file its `source:` names). */
export type SourceLoader = (article: Article) => SourceText | undefined;

export interface DocumentInput {
  /** Path shown in reports, and matched against `overrides` (relative to the config's directory). */
  path: string;
  /** Absolute path for matching `overrides`; default: `path` resolved from the current directory. */
  absolutePath?: string | undefined;
  text: string;
  config: ResolvedConfig;
  /** The source text, or how to find it; none by default. */
  source?: SourceText | string | SourceLoader | undefined;
  fileProblems?: readonly FileProblem[];
  /** Time (Date.now()) after which the rules not yet run on the file are skipped. */
  deadline?: number | undefined;
}

const MAX_FIX_PASSES = 10;

function sourceLoader(source: DocumentInput['source']): SourceLoader | undefined {
  if (typeof source === 'function') return source;
  if (typeof source === 'string') return () => ({ path: '(source)', text: source, lang: undefined });
  if (source) return () => source;
  return undefined;
}

const settingsOf = (input: Pick<DocumentInput, 'config' | 'path' | 'absolutePath'>) =>
  settingsFor(input.config, configRelative(input.config, input.absolutePath ?? input.path));

export function lintDocument(input: DocumentInput): EngineOutput {
  return lintWithEngine({
    path: input.path,
    text: stripBom(input.text),
    settings: settingsOf(input),
    config: input.config,
    source: sourceLoader(input.source),
    fileProblems: input.fileProblems ?? [],
    deadline: input.deadline,
  });
}

/** The result of a file that was not linted (unreadable, binary): what its problem is worth. */
export function fileProblemResult(
  input: Pick<DocumentInput, 'config' | 'path' | 'absolutePath'>,
  problem: FileProblem,
): FileResult {
  const diagnostics = fileProblemDiagnostics([problem], settingsOf(input).rules);
  return fileResult(input.path, emptyMetrics(), diagnostics);
}

/** Applies non-overlapping fixes (first come first served, in file order). */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const fix of sorted) {
    if (fix.start < cursor) continue;
    out += text.slice(cursor, fix.start) + fix.text;
    cursor = fix.end;
  }
  return out + text.slice(cursor);
}

/** Lints, fixes what is fixable, and lints again, up to 10 passes; the last lint describes the result. */
export function fixDocument(input: DocumentInput): { text: string; output: EngineOutput } {
  let text = stripBom(input.text);
  let output = lintDocument({ ...input, text });
  for (let pass = 0; pass < MAX_FIX_PASSES && output.fixes.length > 0; pass++) {
    const next = applyFixes(text, output.fixes);
    if (next === text) break;
    text = next;
    output = lintDocument({ ...input, text });
  }
  return { text, output };
}
