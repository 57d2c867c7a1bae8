import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { type ConfigInput, type LoadConfigOptions, readConfigInput } from './config-file.js';
import { type ConfigResult, resolveConfig } from './resolve.js';

/**
 * Finds, reads and validates the configuration (DESIGN §4.4). No file found: the built-in
 * defaults, paths relative to `cwd`. Problems come back as `{ ok: false, error }` naming the
 * file and the key.
 */
export function loadConfig(options: LoadConfigOptions = {}): ConfigResult {
  return resolveConfigInput(readConfigInput(options));
}

/** Validates and resolves a configuration file's text (or the defaults, with no file). */
export function resolveConfigInput(input: ConfigInput): ConfigResult {
  if (!input.ok) return input;
  if (input.path === undefined) return resolveConfig({}, { baseDir: input.baseDir });
  const parsed = parseJsonc(input.text);
  if (!parsed.ok) return { ok: false, error: `${input.path}: ${parsed.error}` };
  return resolveConfig(parsed.value, { baseDir: input.baseDir, configPath: input.path });
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
