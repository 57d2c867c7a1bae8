import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ConfigInput } from '../config/config-file.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { readFileSafeSync } from '../fs/safe-read.js';
import { writeFileAtomicSync } from '../fs/write-atomic.js';
import { BUILD_ID } from '../package/build-id.js';
import { VERSION } from '../package/version.js';

const MEMO_FILE = 'config.json';
const MAX_MEMO_BYTES = 4 * 1024 * 1024;

type ReadInput = Extract<ConfigInput, { ok: true }>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStrings = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isRuleSettings = (value: unknown): boolean =>
  isRecord(value) &&
  Object.values(value).every(
    (setting) =>
      isRecord(setting) &&
      (setting.severity === 'error' || setting.severity === 'warning' || setting.severity === 'off'),
  );

/** A configuration as `resolveConfig` makes it; anything else (a memo edited by hand) is resolved again. */
function isResolvedConfig(value: unknown): value is ResolvedConfig {
  return (
    isRecord(value) &&
    (value.configPath === undefined || typeof value.configPath === 'string') &&
    typeof value.baseDir === 'string' &&
    typeof value.lang === 'string' &&
    isStrings(value.extends) &&
    isStrings(value.articles) &&
    isStrings(value.seeds) &&
    isStrings(value.ignores) &&
    isStrings(value.words) &&
    isRuleSettings(value.rules) &&
    Array.isArray(value.overrides) &&
    value.overrides.every(
      (override: unknown) =>
        isRecord(override) &&
        isStrings(override.files) &&
        (override.lang === undefined || typeof override.lang === 'string') &&
        isRuleSettings(override.rules),
    ) &&
    isRecord(value.markdownlint) &&
    isRecord(value.rewrite)
  );
}

/** JSON keeps every value of the configuration: no number it would write as null. */
function survivesJson(config: ResolvedConfig): boolean {
  let survives = true;
  JSON.stringify(config, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) survives = false;
    return value;
  });
  return survives;
}

/**
 * The resolved configuration of a `--cache` run, kept beside the lint cache by what it was
 * resolved from: the config file's path and text (or the defaults' directory) and the linter's
 * version and build. A run whose files are all cached then never loads the validation (zod and the rules'
 * option schemas), which took it as long as everything else it did.
 */
export class ConfigMemo {
  private readonly file: string;

  constructor(location: string) {
    this.file = join(location, MEMO_FILE);
  }

  private static keyOf(input: ReadInput): string {
    return createHash('sha256')
      .update(JSON.stringify([VERSION, BUILD_ID, input.baseDir, input.path ?? null, input.text ?? null]))
      .digest('hex');
  }

  /** The configuration resolved from this input by an earlier run, if it is kept. */
  recall(input: ReadInput): ResolvedConfig | undefined {
    const read = readFileSafeSync(this.file, { maxBytes: MAX_MEMO_BYTES });
    if (!read.ok) return undefined;
    try {
      const kept: unknown = JSON.parse(read.bytes.toString('utf8'));
      if (!isRecord(kept) || kept.key !== ConfigMemo.keyOf(input)) return undefined;
      return isResolvedConfig(kept.config) ? kept.config : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps a configuration resolved now; a memo that cannot be written only costs the next run time. */
  remember(input: ReadInput, config: ResolvedConfig): void {
    // `1e400` in markdownlint's options reads as Infinity, which JSON would give back as null.
    if (!survivesJson(config)) return;
    writeFileAtomicSync(this.file, JSON.stringify({ key: ConfigMemo.keyOf(input), config }), {
      createFolders: true,
    });
  }
}
