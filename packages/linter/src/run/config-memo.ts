import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ConfigInput } from '../config/config-file.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { readFileSafeSync } from '../fs/safe-read.js';
import { writeFileAtomicSync } from '../fs/write-atomic.js';
import { VERSION } from '../package/version.js';

const MEMO_FILE = 'config.json';
const MAX_MEMO_BYTES = 4 * 1024 * 1024;

type ReadInput = Extract<ConfigInput, { ok: true }>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The resolved configuration of a `--cache` run, kept beside the lint cache by what it was
 * resolved from: the config file's path and text (or the defaults' directory) and the linter
 * version. A run whose files are all cached then never loads the validation (zod and the rules'
 * option schemas), which took it as long as everything else it did.
 */
export class ConfigMemo {
  private readonly file: string;

  constructor(location: string) {
    this.file = join(location, MEMO_FILE);
  }

  private static keyOf(input: ReadInput): string {
    return createHash('sha256')
      .update(JSON.stringify([VERSION, input.baseDir, input.path ?? null, input.text ?? null]))
      .digest('hex');
  }

  /** The configuration resolved from this input by an earlier run, if it is kept. */
  recall(input: ReadInput): ResolvedConfig | undefined {
    const read = readFileSafeSync(this.file, { maxBytes: MAX_MEMO_BYTES });
    if (!read.ok) return undefined;
    try {
      const kept: unknown = JSON.parse(read.bytes.toString('utf8'));
      if (!isRecord(kept) || kept.key !== ConfigMemo.keyOf(input)) return undefined;
      const config = kept.config;
      // Edited by hand or damaged: resolved again.
      if (!isRecord(config) || typeof config.baseDir !== 'string' || !Array.isArray(config.articles)) {
        return undefined;
      }
      return config as unknown as ResolvedConfig;
    } catch {
      return undefined;
    }
  }

  /** Keeps a configuration resolved now; a memo that cannot be written only costs the next run time. */
  remember(input: ReadInput, config: ResolvedConfig): void {
    writeFileAtomicSync(this.file, JSON.stringify({ key: ConfigMemo.keyOf(input), config }), {
      createFolders: true,
    });
  }
}
