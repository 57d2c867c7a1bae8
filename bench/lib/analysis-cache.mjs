// Yoast's analyses are slow (seconds a file); both Yoast benchmarks keep theirs in
// bench/results/, keyed by content hash, and drop them when the analysing code (`generator`) changes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsDir } from './paths.mjs';

/** The records of `bench/results/<name>` made by `generator`; {} when there are none or others. */
export function loadAnalyses(name, generator) {
  try {
    const cache = JSON.parse(readFileSync(join(resultsDir, name), 'utf8'));
    return cache.generator === generator ? cache.records : {};
  } catch {
    return {};
  }
}

export function saveAnalyses(name, generator, records) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, name), `${JSON.stringify({ generator, records })}\n`);
}
