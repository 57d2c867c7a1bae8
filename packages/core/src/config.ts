import { loadConfig, type ResolvedConfig, settingsFor } from '@plume/linter';
import { DEFAULT_KEYPHRASE_TARGETS, type KeyphraseTargets } from './prompt/keyphrase.js';
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
  keyphrase?: KeyphraseTargets | undefined;
}

const numberOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The keyphrase rules' bars for this article (their defaults where a rule is off). */
function keyphraseTargetsFor(config: ResolvedConfig, articlePath: string): KeyphraseTargets {
  const d = DEFAULT_KEYPHRASE_TARGETS;
  const density = ruleOptionsFor(config, articlePath, 'keyphrase-density');
  const subheadings = ruleOptionsFor(config, articlePath, 'keyphrase-in-subheadings');
  return {
    minDensity: numberOr(density?.minDensity, d.minDensity),
    maxDensity: numberOr(density?.maxDensity, d.maxDensity),
    subheadingMinShare: numberOr(subheadings?.minShare, d.subheadingMinShare),
    subheadingMaxShare: numberOr(subheadings?.maxShare, d.subheadingMaxShare),
    descriptionMax: numberOr(
      ruleOptionsFor(config, articlePath, 'keyphrase-in-description')?.max,
      d.descriptionMax,
    ),
    maxContentWords: numberOr(
      ruleOptionsFor(config, articlePath, 'keyphrase-length')?.max,
      d.maxContentWords,
    ),
  };
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
    keyphrase: keyphraseTargetsFor(config, articlePath),
  };
}
