import { loadConfig, type ResolvedConfig, settingsFor } from '@plume/linter';
import { parseRewriteConfig, type RewriteConfig } from './rewrite-config.js';

export type ConfigResult =
  | { ok: true; config: ResolvedConfig; rewrite: RewriteConfig }
  | { ok: false; message: string };

/**
 * The project configuration: found and read by the linter so that `plume lint` and
 * `plume rewrite` read one file one way (upward search, `--config` must exist, errors name
 * the file and the key); its `rewrite` section validated here, by the rewriter that owns it.
 */
export function loadProjectConfig(options: { cwd: string; configPath?: string | undefined }): ConfigResult {
  const loaded = loadConfig({ cwd: options.cwd, configFile: options.configPath });
  if (!loaded.ok) return { ok: false, message: loaded.error };
  const rewrite = parseRewriteConfig(loaded.config.rewrite, loaded.config.configPath);
  return rewrite.ok
    ? { ok: true, config: loaded.config, rewrite: rewrite.rewrite }
    : { ok: false, message: rewrite.message };
}

/** A rule's options for one article (overrides applied, as the linter applies them); undefined when the rule is off. */
function ruleOptionsFor(
  config: ResolvedConfig,
  articlePath: string,
  ruleId: string,
): Record<string, unknown> | undefined {
  const setting = settingsFor(config, articlePath).rules[ruleId];
  if (!setting || setting.severity === 'off') return undefined;
  return (setting.options ?? {}) as Record<string, unknown>;
}

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/**
 * The `word-count` minimum the linter will apply to this article (overrides included), so the
 * prompt aims at the bar the draft is checked against.
 */
export function minWordsFor(config: ResolvedConfig, articlePath: string): number | undefined {
  return positive(ruleOptionsFor(config, articlePath, 'word-count')?.min);
}

export interface Thresholds {
  minWords?: number | undefined;
  description?: { min: number; max: number } | undefined;
  titleMaxChars?: number | undefined;
  sectionMaxWords?: number | undefined;
  paragraphMaxWords?: number | undefined;
}

/** Every threshold the prompt states, read from the rules the draft will be linted with. */
export function thresholdsFor(config: ResolvedConfig, articlePath: string): Thresholds {
  const description = ruleOptionsFor(config, articlePath, 'meta-description');
  const min = typeof description?.min === 'number' ? description.min : undefined;
  const max = positive(description?.max);
  return {
    minWords: minWordsFor(config, articlePath),
    description: min !== undefined && max !== undefined ? { min, max } : undefined,
    titleMaxChars: positive(ruleOptionsFor(config, articlePath, 'title-length')?.maxCharacters),
    sectionMaxWords: positive(ruleOptionsFor(config, articlePath, 'subheading-distribution')?.max),
    paragraphMaxWords: positive(ruleOptionsFor(config, articlePath, 'paragraph-length')?.max),
  };
}
