import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readFileSafeSync } from '../fs/safe-read.js';

const CONFIG_FILE = 'plume.config.json';
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The nearest `plume.config.json` from `cwd` upward, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadConfigOptions {
  /** Where to start looking; default process.cwd(). */
  cwd?: string | undefined;
  /** An explicit config file (`--config`); it must exist. */
  configFile?: string | undefined;
}

/**
 * What a configuration is resolved from: the file's text and where it is, or, with no file, the
 * directory the built-in defaults are relative to. Resolving depends on nothing else (and the
 * linter version), so a `--cache` run keeps the result by these (run/config-memo.ts).
 */
export type ConfigInput =
  | { ok: true; baseDir: string; path?: undefined; text?: undefined }
  | { ok: true; baseDir: string; path: string; text: string }
  | { ok: false; error: string };

/** Finds and reads the configuration file, without validating it. */
export function readConfigInput(options: LoadConfigOptions = {}): ConfigInput {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = options.configFile ? resolve(cwd, options.configFile) : findConfigFile(cwd);
  if (path === undefined) return { ok: true, baseDir: cwd };
  // A config committed as a symlink (from a fork) could point at any file of the runner.
  const read = readFileSafeSync(path, { maxBytes: MAX_CONFIG_BYTES });
  if (!read.ok) {
    return {
      ok: false,
      error: `${path}: ${read.problem === 'not-found' ? 'config file not found' : `${read.message}; it was not read`}`,
    };
  }
  return { ok: true, baseDir: dirname(path), path, text: read.bytes.toString('utf8') };
}
