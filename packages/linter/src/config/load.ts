import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readFileSafeSync } from '../fs/safe-read.js';
import { type ConfigResult, resolveConfig } from './resolve.js';

export const CONFIG_FILE = 'plume.config.json';
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Where JSON.parse stopped, without its quote of the text: the file may not be a config at
 * all, and its first characters must not reach a public log.
 */
function jsonErrorPlace(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const place = /line (\d+) column (\d+)/.exec(message);
  return place ? ` at line ${place[1]}, column ${place[2]}` : '';
}

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
 * Finds, reads and validates the configuration (DESIGN §4.4). No file found: the built-in
 * defaults, paths relative to `cwd`. Problems come back as `{ ok: false, error }` naming the
 * file and the key.
 */
export function loadConfig(options: LoadConfigOptions = {}): ConfigResult {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = options.configFile ? resolve(cwd, options.configFile) : findConfigFile(cwd);
  if (path === undefined) return resolveConfig({}, { baseDir: cwd });
  // A config committed as a symlink (from a fork) could point at any file of the runner.
  const read = readFileSafeSync(path, { maxBytes: MAX_CONFIG_BYTES });
  if (!read.ok) {
    return {
      ok: false,
      error: `${path}: ${read.problem === 'not-found' ? 'config file not found' : `${read.message}; it was not read`}`,
    };
  }
  const text = read.bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `${path}: invalid JSON${jsonErrorPlace(error)}` };
  }
  return resolveConfig(raw, { baseDir: dirname(path), configPath: path });
}
