import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../article/article.js';
import { configRelative, type ResolvedConfig, settingsFor } from '../config/resolve.js';
import type { Diagnostic } from '../report/types.js';
import { docsUrl } from '../rules/index.js';
import type { Fix, Project, SourceText } from '../rules/rule.js';
import { fileDiagnostic, stripBom } from '../run/decode.js';
import { type EngineOutput, lintWithEngine } from './engine.js';

export interface DocumentInput {
  /** Path shown in reports, and matched against `overrides` (relative to the config's directory). */
  path: string;
  /** Absolute path for matching `overrides`; default: `path` resolved from the current directory. */
  absolutePath?: string | undefined;
  text: string;
  config: ResolvedConfig;
  /** The source text; when omitted, the front matter's `source` is read from the config's directory. */
  source?: SourceText | string | undefined;
  preDiagnostics?: Diagnostic[];
  project?: Project;
}

const MAX_FIX_PASSES = 10;

function sourceLoader(input: DocumentInput): (article: Article) => SourceText | undefined {
  return (article) => {
    if (typeof input.source === 'string') return { path: '(source)', text: input.source, lang: undefined };
    if (input.source) return input.source;
    const named = article.frontMatter.data?.source;
    if (typeof named !== 'string' || named.trim() === '') return undefined;
    const path = resolve(input.config.baseDir, named);
    try {
      return { path, text: stripBom(readFileSync(path, 'utf8')), lang: undefined };
    } catch {
      return undefined;
    }
  };
}

export function lintDocument(input: DocumentInput): EngineOutput {
  return lintWithEngine({
    path: input.path,
    text: stripBom(input.text),
    settings: settingsFor(input.config, configRelative(input.config, input.absolutePath ?? input.path)),
    config: input.config,
    source: sourceLoader(input),
    preDiagnostics: input.preDiagnostics ?? [],
    ...(input.project ? { project: input.project } : {}),
  });
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

export const encodingDiagnostic = (config: ResolvedConfig, message: string): Diagnostic | undefined => {
  const severity = config.rules['file-encoding']?.severity ?? 'error';
  return severity === 'off'
    ? undefined
    : fileDiagnostic('file-encoding', severity, message, docsUrl('file-encoding'));
};
