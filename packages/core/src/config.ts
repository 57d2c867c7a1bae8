import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

export const CONFIG_FILE = 'plume.config.json';

/** Mirrors the linter's schema for the same block (it validates the whole file with `plume lint`). */
const rewriteSchema = z
  .object({
    model: z.string().min(1),
    baseURL: z.string().url(),
    maxRepairs: z.number().int().min(0).max(10),
    concurrency: z.number().int().min(1).max(64),
    targetWords: z.number().int().positive(),
    /** USD per million tokens for the model in use; overrides the built-in table. */
    prices: z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }).strict(),
  })
  .partial()
  .strict();

/** Only the keys the rewriter reads; the linter validates the rest of the same file. */
const configSchema = z
  .object({
    lang: z.string().regex(/^[a-z]{2,3}$/),
    seeds: z.array(z.string().min(1)).min(1),
    rules: z.record(z.string(), z.unknown()),
    rewrite: rewriteSchema,
  })
  .partial();

export type RewriteFileConfig = z.infer<typeof rewriteSchema>;

export interface RewriteConfig {
  /** The config file, or undefined when the built-in defaults apply. */
  path: string | undefined;
  /** Relative paths resolve from here: the config's directory, or the cwd without one. */
  baseDir: string;
  lang: string;
  seeds: string[];
  /** `word-count`'s `min` when the config sets it, so prompts aim at the same bar as the linter. */
  minWords: number | undefined;
  rewrite: RewriteFileConfig;
}

export type ConfigResult = { ok: true; config: RewriteConfig } | { ok: false; message: string };

export const DEFAULT_SEEDS = ['seeds/**/*.{txt,md}'];

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function findUp(from: string): Promise<string | undefined> {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (await isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function wordCountMin(rules: Record<string, unknown> | undefined): number | undefined {
  const entry = rules?.['word-count'];
  const options = Array.isArray(entry) ? entry[1] : undefined;
  const min = (options as { min?: unknown } | undefined)?.min;
  return typeof min === 'number' && Number.isInteger(min) && min > 0 ? min : undefined;
}

/**
 * Finds `plume.config.json` upward from `cwd` (or reads `configPath`, which must exist) and
 * returns the rewriter's part of it. A bad file is an error naming the file and the key.
 */
export async function loadRewriteConfig(options: {
  cwd: string;
  configPath?: string | undefined;
}): Promise<ConfigResult> {
  const path = options.configPath ? resolve(options.cwd, options.configPath) : await findUp(options.cwd);
  if (options.configPath && (!path || !(await isFile(path)))) {
    return { ok: false, message: `${options.configPath}: config file not found` };
  }
  if (!path) {
    return {
      ok: true,
      config: {
        path: undefined,
        baseDir: resolve(options.cwd),
        lang: 'fr',
        seeds: DEFAULT_SEEDS,
        minWords: undefined,
        rewrite: {},
      },
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${path}: not valid JSON (${(error as Error).message})` };
  }
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') || '(root)';
    return { ok: false, message: `${path}: "${key}": ${issue?.message}` };
  }
  return {
    ok: true,
    config: {
      path,
      baseDir: dirname(path),
      lang: parsed.data.lang ?? 'fr',
      seeds: parsed.data.seeds ?? DEFAULT_SEEDS,
      minWords: wordCountMin(parsed.data.rules),
      rewrite: parsed.data.rewrite ?? {},
    },
  };
}
