import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ConfigResult, resolveConfig } from './resolve.js';

export const CONFIG_FILE = 'plume.config.json';

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
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: `${path}: ${code === 'ENOENT' ? 'config file not found' : `cannot read (${code})`}`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `${path}: invalid JSON: ${(error as Error).message}` };
  }
  return resolveConfig(raw, { baseDir: dirname(path), configPath: path });
}
