import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PlumeConfigError } from '../config/config-error.js';
import { shouldColor } from '../format/color.js';
import { FORMATS, isFormat, loadFormatter } from '../format/formats.js';
import { VERSION } from '../package/version.js';
import { filterDiagnostics, makeReport, withDiagnostics } from '../report/make-report.js';
import type { LintReport } from '../report/types.js';
import type { FileProblem } from '../rules/rule.js';
import { DEFAULT_CACHE_LOCATION } from '../run/cache.js';
import { decodeBytes } from '../run/decode.js';
import { parseShard } from '../run/find-files.js';
import { lintFiles } from '../run/lint-files.js';
import { loadCliConfig } from './load-config.js';
import { argsErrorMessage } from './options-error.js';
import { turbofanForFiles } from './v8-tiering.js';

/** Where the CLI reads and writes; injectable so `plume lint` (core) and tests can run it in-process. */
export interface CliIo {
  /** --stdin --fix writes bytes when it gives back input it could not decode. */
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  env?: Record<string, string | undefined>;
  /** The whole of standard input (for --stdin); bytes, so that invalid UTF-8 is seen as such. */
  readStdin?: () => Promise<string | Uint8Array>;
  /** How the user called it, for help and messages: `plume-lint` (default) or `plume lint`. */
  command?: string;
}

/** The help of the lint command, under the name it was called by. */
export const lintUsage = (
  command = 'plume-lint',
): string => `Usage: ${command} [options] [paths|globs|dirs...]

Lints Markdown articles: SEO, structure, French style, markdownlint, faithfulness to the source.
Without paths, lints the config's "articles".

Options:
  -f, --format <name>        ${FORMATS.join(' | ')} (default: stylish)
  -o, --output-file <file>   write the report to a file instead of stdout
  -c, --config <file>        use this config file instead of the nearest plume.config.json
      --print-config <file>  print the rules and settings that apply to a file, then exit
      --stdin                lint standard input (with --fix: print the fixed text)
      --stdin-filename <f>   the path to report for standard input (matched against overrides)
      --fix                  fix what can be fixed, in place
      --max-warnings <n>     exit 1 when there are more than n warnings
      --quiet                report errors only
      --cache                skip unchanged files (content, source, config, linter version)
      --cache-location <dir> where the cache lives (default: ${DEFAULT_CACHE_LOCATION}/)
      --shard <i>/<n>        lint the i-th of n slices of the sorted files (CI matrices)
      --color, --no-color    colours or none, whatever the terminal (default: colours on a
                             terminal; FORCE_COLOR and NO_COLOR are honoured)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration error
(bad option, bad config, a path or glob that matches no file).
`;

export const USAGE = lintUsage();

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  fix: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  shard: { type: 'string' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const errorsOnly = (report: LintReport): LintReport =>
  makeReport(report.files.map((file) => filterDiagnostics(file, (d) => d.severity === 'error')));

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * `plume-lint` and `plume lint`: returns the exit code (DESIGN §4.5) instead of exiting, and
 * never throws for bad input: usage and configuration errors are messages and exit code 2.
 */
export async function runLintCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = io.command ?? 'plume-lint';
  const usageError = (message: string): number => {
    io.stderr.write(`${command}: ${message}\nRun ${command} --help for usage.\n`);
    return 2;
  };
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; allowNegative: true }>
  >;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    return usageError(argsErrorMessage(error, [...Object.keys(OPTIONS), 'no-color']));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(lintUsage(command));
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = values.format ?? 'stylish';
  if (!isFormat(format)) return usageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      return usageError(`--max-warnings expects a whole number ≥ 0, got "${values['max-warnings']}"`);
    }
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard)
    return usageError(`--shard expects i/n with 1 ≤ i ≤ n, got "${values.shard}"`);
  if (values.stdin && positionals.length > 0) return usageError('--stdin takes no paths');
  if (values['stdin-filename'] !== undefined && !values.stdin)
    return usageError('--stdin-filename needs --stdin');

  // A lint of files with --cache may take the configuration an earlier run resolved.
  const cacheLocation = values.cache
    ? resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_LOCATION)
    : undefined;
  const lintsFiles = !values.stdin && values['print-config'] === undefined;
  const loaded = await loadCliConfig(
    { cwd: io.cwd, configFile: values.config },
    lintsFiles ? cacheLocation : undefined,
  );
  if (!loaded.ok) {
    io.stderr.write(`${command}: configuration error: ${loaded.error}\n`);
    return 2;
  }
  const config = loaded.config;

  if (values['print-config'] !== undefined) {
    const { configRelative, settingsFor } = await import('../config/resolve.js');
    const file = resolve(io.cwd, values['print-config']);
    const settings = settingsFor(config, configRelative(config, file));
    const printed = {
      configFile: config.configPath ?? null,
      extends: config.extends,
      lang: settings.lang,
      rules: settings.rules,
      markdownlint: config.markdownlint,
      words: config.words,
    };
    io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  }

  const color = shouldColor({
    flag: values.color,
    env: io.env ?? {},
    toTerminal: io.stdout.isTTY === true && values['output-file'] === undefined,
  });
  let report: LintReport;
  try {
    if (values.stdin) {
      const [{ fix: fixText, lintText }, { configRelative, settingsFor }, { fileProblemDiagnostics }] =
        await Promise.all([
          import('../run/lint-text.js'),
          import('../config/resolve.js'),
          import('../lint/file-problems.js'),
        ]);
      const input = await (io.readStdin ?? readProcessStdin)();
      const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
      const decoded = decodeBytes(bytes);
      const text = decoded.kind === 'text' ? decoded.text : '';
      const path = values['stdin-filename'] ?? '<stdin>';
      const problems: FileProblem[] =
        decoded.kind === 'binary'
          ? [{ kind: 'binary', reason: decoded.reason }]
          : decoded.utf8
            ? []
            : [{ kind: decoded.utf16 ? 'utf16' : 'not-utf8' }];
      if (values.fix && decoded.kind === 'text' && decoded.utf8) {
        const fixed = fixText(text, { path, config, cwd: io.cwd });
        io.stdout.write(fixed);
        report = lintText(fixed, { path, config, cwd: io.cwd });
      } else {
        // Input that is not UTF-8 goes back byte for byte: an editor replacing its buffer with
        // the output must not get replacement characters.
        if (values.fix) {
          io.stdout.write(bytes);
          if (decoded.kind === 'text') problems.push({ kind: 'not-fixed-encoding' });
        }
        report = lintText(text, { path, config, cwd: io.cwd });
      }
      const rules = settingsFor(config, configRelative(config, resolve(io.cwd, path))).rules;
      const told = fileProblemDiagnostics(problems, rules);
      if (told.length > 0) report = makeReport(report.files.map((file) => withDiagnostics(file, told)));
    } else {
      const result = await lintFiles(positionals, {
        cwd: io.cwd,
        config,
        fix: values.fix ?? false,
        requireMatches: true,
        ...(cacheLocation === undefined ? {} : { cacheLocation }),
        ...(shard ? { shard } : {}),
        beforeLint: turbofanForFiles,
      });
      if (result.unmatchedPatterns.length > 0) {
        io.stderr.write(`${command}: no file matched ${result.unmatchedPatterns.join(', ')}\n`);
        io.stderr.write('(a directory is searched for **/*.{md,markdown}; ignores in the config apply)\n');
        return 2;
      }
      if (result.matchedFiles === 0) {
        io.stderr.write(
          `${command}: no file matched the config's articles (${config.articles.join(', ')})\n`,
        );
        return 2;
      }
      report = makeReport(result.files);
    }
  } catch (error) {
    if (error instanceof PlumeConfigError) {
      io.stderr.write(`${command}: configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const shown = values.quiet ? errorsOnly(report) : report;
  const output = (await loadFormatter(format))(shown, { color, sarif: { cwd: io.cwd } });
  const outputFile = values['output-file'];
  if (outputFile !== undefined) {
    const target = resolve(io.cwd, outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    } catch (error) {
      io.stderr.write(`${command}: cannot write ${outputFile}: ${(error as NodeJS.ErrnoException).code}\n`);
      return 2;
    }
  } else if (values.stdin && values.fix) {
    io.stderr.write(output);
  } else {
    io.stdout.write(output);
  }
  if (report.errorCount > 0) return 1;
  if (maxWarnings !== undefined && report.warningCount > maxWarnings) {
    io.stderr.write(`${command}: ${report.warningCount} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
