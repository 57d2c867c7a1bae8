import { fix, lintText, type ResolvedConfig } from '@plume/linter';
import type { DraftFixer, DraftLinter } from './types.js';

/**
 * Lints drafts with `@plume/linter` exactly as `plume lint` will lint the written file (same
 * config, same path for overrides), with the seed text as the faithfulness source.
 */
export function createLinterAdapter(config: ResolvedConfig): DraftLinter {
  const byMinimum = new Map<number, ResolvedConfig>();
  const configFor = (minWords: number | undefined) => {
    if (minWords === undefined) return config;
    let adjusted = byMinimum.get(minWords);
    if (!adjusted) {
      adjusted = withMinWords(config, minWords);
      byMinimum.set(minWords, adjusted);
    }
    return adjusted;
  };
  return async (text, context) => {
    const report = await lintText(text, {
      path: context.path,
      config: configFor(context.minWords),
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
 * The config with `word-count` set to a seed's own minimum ("create at least 1500 words"): the
 * seed asked for it, so it is the bar, whatever the project's default or its overrides say.
 */
export function withMinWords(config: ResolvedConfig, min: number): ResolvedConfig {
  const current = config.rules['word-count'];
  const severity = current && current.severity !== 'off' ? current.severity : 'error';
  const options = { ...(current?.options as Record<string, unknown> | undefined), min };
  return {
    ...config,
    rules: { ...config.rules, 'word-count': { severity, options } },
    overrides: config.overrides.map((override) => {
      const { 'word-count': _, ...rules } = override.rules;
      return { ...override, rules };
    }),
  };
}

/**
 * What code can fix, code fixes: no-break spaces and apostrophes are the linter's job, not a
 * repair request's. Only the body is fixed, before it is hashed into `body_sha256`.
 */
export function createDraftFixer(config: ResolvedConfig): DraftFixer {
  return (body) => fix(body, { config });
}
