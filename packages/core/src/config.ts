import { loadConfig, type ResolvedConfig } from '@plume/linter';
import picomatch from 'picomatch';

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; message: string };

/**
 * The project configuration, loaded and validated by the linter so that `plume lint` and
 * `plume rewrite` read one file one way (upward search, `--config` must exist, errors name
 * the file and the key).
 */
export function loadProjectConfig(options: { cwd: string; configPath?: string | undefined }): ConfigResult {
  const loaded = loadConfig({ cwd: options.cwd, configFile: options.configPath });
  return loaded.ok ? { ok: true, config: loaded.config } : { ok: false, message: loaded.error };
}

const minOf = (setting: { severity: string; options: unknown } | undefined): number | undefined => {
  if (!setting || setting.severity === 'off') return undefined;
  const min = (setting.options as { min?: unknown } | undefined)?.min;
  return typeof min === 'number' && min > 0 ? min : undefined;
};

/**
 * The `word-count` minimum the linter will apply to this article (overrides included), so the
 * prompt aims at the bar the draft is checked against.
 */
export function minWordsFor(config: ResolvedConfig, articlePath: string): number | undefined {
  let min = minOf(config.rules['word-count']);
  for (const override of config.overrides) {
    if (!picomatch.isMatch(articlePath, override.files, { dot: true })) continue;
    const setting = override.rules['word-count'];
    if (setting) min = setting.severity === 'off' ? undefined : (minOf(setting) ?? min);
  }
  return min;
}
