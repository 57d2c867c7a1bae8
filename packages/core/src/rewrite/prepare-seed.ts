import { basename, extname, join, resolve } from 'node:path';
import { type ArticleSpec, resolveSpec, type SpecDefaults } from '../prompt/spec.js';
import { PROMPT_VERSION } from '../prompt/version.js';
import { readSeed } from '../seed/read-seed.js';
import { isSeedError, type Seed } from '../seed/types.js';
import { decideCache } from './cache.js';
import { displayPath, type SeedFile } from './find-seeds.js';
import type { SeedResult } from './types.js';

export interface PrepareOptions {
  baseDir: string;
  outDir: string;
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

  const seed = await readSeed(file.absolutePath, file.displayPath);
  if (isSeedError(seed)) return { done: { ...result, error: seed.message } };
  result.warnings = seed.warnings;
  const spec = resolveSpec(seed, options.defaultsFor(articleDisplay));

  if (!options.force) {
    const cache = await decideCache(articleAbs, {
      sourceSha256: seed.sha256,
      promptVersion: PROMPT_VERSION,
      model: options.model,
    });
    if (cache.action === 'skip-unchanged') return { done: { ...result, status: 'skipped-unchanged' } };
    if (cache.action === 'skip-edited')
      return { done: { ...result, status: 'skipped-edited', error: `${articleDisplay}: ${cache.reason}` } };
  }
  return { ready: { file, seed, spec, articleAbs, result } };
}
