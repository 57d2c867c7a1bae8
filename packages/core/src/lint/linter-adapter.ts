import { fix, lintText, type ResolvedConfig } from '@plume/linter';
import type { DraftFixer, DraftLinter } from './types.js';

/**
 * Lints drafts with `@plume/linter` exactly as `plume lint` will lint the written file (same
 * config, same path for overrides), with the seed text as the faithfulness source.
 */
export function createLinterAdapter(config: ResolvedConfig): DraftLinter {
  return async (text, context) => {
    const report = await lintText(text, {
      path: context.path,
      config,
      source: { path: context.sourcePath, text: context.sourceText, lang: undefined },
    });
    const file = report.files[0];
    if (!file) throw new Error('@plume/linter returned no file result for a draft');
    return {
      words: file.metrics.words,
      diagnostics: file.diagnostics,
      errorCount: file.errorCount,
      warningCount: file.warningCount,
    };
  };
}

/**
 * What code can fix, code fixes: no-break spaces and apostrophes are the linter's job, not a
 * repair request's. Only the body is fixed, before it is hashed into `body_sha256`.
 */
export function createDraftFixer(config: ResolvedConfig): DraftFixer {
  return (body) => fix(body, { config });
}
