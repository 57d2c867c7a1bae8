import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(benchDir, '..');
export const resultsDir = join(benchDir, 'results');
// DESIGN §7: the calibration corpus lives beside the repository, not in it (it is others' text).
export const corpusRoot = resolve(process.env.PLUME_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus'));
export const corpusDir = join(corpusRoot, 'fr');

function markdownFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name))
    .sort();
}

/** The French corpus articles, or [] when the corpus is absent. */
export function corpusFiles() {
  return markdownFilesUnder(corpusDir);
}

/** The repository's hand-written reference articles (examples/*.md). */
export function exampleFiles() {
  return markdownFilesUnder(join(repoRoot, 'examples'));
}

/**
 * A stable key for a benchmarked file: relative to the corpus root for corpus files
 * (`fr/putaindecode.io/x.md`), relative to the repository otherwise (`examples/x.md`).
 */
export function fileKey(file) {
  const fromCorpus = relative(corpusRoot, file);
  return fromCorpus.startsWith('..') ? relative(repoRoot, file) : fromCorpus;
}
