import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { type ArticleSpec, resolveSpec, type SpecDefaults } from '../prompt/spec.js';
import { PROMPT_VERSION } from '../prompt/version.js';
import { readSeed } from '../seed/read-seed.js';
import { isSeedError, type Seed } from '../seed/types.js';
import { decideCache, type ExistingArticle, readExistingArticle } from './cache.js';
import { displayPath, type SeedFile } from './find-seeds.js';
import type { SeedResult } from './types.js';

export interface PrepareOptions {
  baseDir: string;
  outDir: string;
  /**
   * Articles are written inside this folder only, through real folders (no symlink below it).
   * Default: `baseDir` when `outDir` is inside it, else `outDir` itself.
   */
  writeRoot?: string | undefined;
  model: string;
  force: boolean;
  defaultsFor: (articlePath: string) => SpecDefaults;
}

/** A seed that needs a model: read, its article spec resolved, its cache checked. */
export interface PreparedSeed {
  file: SeedFile;
  seed: Seed;
  spec: ArticleSpec;
  articleAbs: string;
  /** The folder the article must be written inside (see PrepareOptions.writeRoot). */
  writeRoot: string;
  /** The article file as this run found it: a write must still find it so to replace it. */
  existing: Exclude<ExistingArticle, { kind: 'unreadable' }>;
  /** The result so far (warnings included), to complete once the drafts are in. */
  result: SeedResult;
}

export const blankResult = (seed: string, article: string): SeedResult => ({
  seed,
  article,
  status: 'failed',
  attempts: 0,
  usage: { promptTokens: 0, completionTokens: 0 },
  words: null,
  errorCount: 0,
  warningCount: 0,
  error: null,
  diagnostics: [],
  warnings: [],
});

export function writeRootOf(options: Pick<PrepareOptions, 'baseDir' | 'outDir' | 'writeRoot'>): string {
  if (options.writeRoot !== undefined) return resolve(options.writeRoot);
  const rel = relative(options.baseDir, options.outDir);
  return rel.startsWith('..') || isAbsolute(rel) ? resolve(options.outDir) : resolve(options.baseDir);
}

export function articlePathFor(seedPath: string, outDir: string): string {
  return join(outDir, `${basename(seedPath, extname(seedPath))}.md`);
}

/**
 * Everything before the first request, shared by the synchronous and the batch paths: a seed
 * that cannot be read, writes another seed's article, is unchanged or was edited by hand ends
 * here with its result; any other is ready for the model.
 */
export async function prepareSeed(
  file: SeedFile,
  options: PrepareOptions,
  claimed: Map<string, string>,
): Promise<{ done: SeedResult } | { ready: PreparedSeed }> {
  const articleAbs = resolve(options.outDir, articlePathFor(file.absolutePath, '.'));
  const articleDisplay = displayPath(options.baseDir, articleAbs);
  const result = blankResult(file.displayPath, articleDisplay);
  const owner = claimed.get(articleAbs);
  if (owner !== undefined) {
    return {
      done: {
        ...result,
        error: `${file.displayPath}: writes the same article as ${owner} (${articleDisplay}); rename one of them`,
      },
    };
  }
  claimed.set(articleAbs, file.displayPath);

  const seed = await readSeed(file.absolutePath, file.displayPath, file.root);
  if (isSeedError(seed)) return { done: { ...result, error: seed.message } };
  result.warnings = seed.warnings;
  const spec = resolveSpec(seed, options.defaultsFor(articleDisplay));

  const writeRoot = writeRootOf(options);
  const existing = await readExistingArticle(articleAbs, writeRoot);
  // A symlink, a FIFO or a folder where the article goes cannot be replaced, --force or not.
  if (existing.kind === 'unreadable')
    return { done: { ...result, error: `${articleDisplay}: ${existing.reason}` } };
  if (!options.force) {
    const cache = decideCache(existing, {
      sourceSha256: seed.sha256,
      promptVersion: PROMPT_VERSION,
      model: options.model,
    });
    if (cache.action === 'skip-unchanged') return { done: { ...result, status: 'skipped-unchanged' } };
    if (cache.action === 'skip-edited')
      return { done: { ...result, status: 'skipped-edited', error: `${articleDisplay}: ${cache.reason}` } };
  }
  return { ready: { file, seed, spec, articleAbs, writeRoot, existing, result } };
}
