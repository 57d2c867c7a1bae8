import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { readFileSafeSync } from '../fs/safe-read.js';
import { type ConfigResult, resolveConfig } from './resolve.js';

export const CONFIG_FILE = 'plume.config.json';
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
  const parsed = parseJsonc(text);
  if (!parsed.ok) return { ok: false, error: `${path}: ${parsed.error}` };
  return resolveConfig(parsed.value, { baseDir: dirname(path), configPath: path });
}

/**
 * JSON with comments and trailing commas (JSONC), as markdownlint-cli2, ESLint and VS Code read
 * their configuration files. A syntax error names its line and column.
 */
export function parseJsonc(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, error: 'invalid JSON: the file is empty' };
  const errors: ParseError[] = [];
  const value: unknown = parse(source, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first === undefined) return { ok: true, value };
  const before = source.slice(0, first.offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return { ok: false, error: `invalid JSON at line ${line}, column ${column}: ${describeParseError(first)}` };
}

const describeParseError = (error: ParseError): string =>
  printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
