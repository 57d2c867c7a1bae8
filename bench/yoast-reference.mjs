// The Yoast reference: Yoast SEO's French word count and readability verdicts for every corpus
// and example article, which Plume's counters and style rules are calibrated and checked against.
// Run alone with `node yoast-reference.mjs`; results are cached by file hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadAnalyses, saveAnalyses } from './lib/analysis-cache.mjs';
import { corpusFiles, exampleFiles, fileKey, resultsDir } from './lib/paths.mjs';
import { table } from './lib/table.mjs';
import { mapInWorkers } from './lib/worker-pool.mjs';

const require = createRequire(import.meta.url);
const GENERATOR = `yoastseo@${require('yoastseo/package.json').version} fr_FR, marked@${require('marked/package.json').version}, schema 2`;
export const referenceFile = join(resultsDir, 'yoast-reference.json');

/** Yoast's readability checks, in the order its interface lists them, with Plume's matching rule. */
export const YOAST_CHECKS = [
  {
    id: 'textSentenceLength',
    label: 'sentence length',
    rule: 'sentence-length',
    figure: 'percent',
    unit: '% sentences > 20 words',
  },
  {
    id: 'passiveVoice',
    label: 'passive voice',
    rule: 'passive-voice',
    figure: 'percent',
    unit: '% passive sentences',
  },
  {
    id: 'textTransitionWords',
    label: 'transition words',
    rule: 'transition-words',
    figure: 'percent',
    unit: '% with a transition',
  },
  {
    id: 'sentenceBeginnings',
    label: 'consecutive sentences',
    rule: 'consecutive-sentences',
    figure: 'longestRun',
    unit: 'longest same-start run',
  },
  {
    id: 'textParagraphTooLong',
    label: 'paragraph length',
    rule: 'paragraph-length',
    figure: 'longestWords',
    unit: 'longest paragraph, words',
  },
  {
    id: 'subheadingsTooLong',
    label: 'subheading distribution',
    rule: 'subheading-distribution',
    figure: 'longestWords',
    unit: 'longest section, words',
  },
  {
    id: 'fleschReadingEase',
    label: 'Flesch reading ease',
    rule: 'readability',
    figure: 'flesch',
    unit: 'Flesch score',
  },
];

// Keyed by content hash rather than path, so a run on fewer files (no corpus, one example)
// does not throw away the analyses of the others.
const CACHE = 'yoast-cache.json';

/**
 * Yoast's verdicts for `files` (default: the corpus and examples/), keyed by `fileKey`. Only
 * contents never analysed before are analysed (on worker threads). Writes
 * `results/yoast-reference.json` for exactly these files.
 */
export async function yoastReference({ files = [...corpusFiles(), ...exampleFiles()], log = () => {} } = {}) {
  const cache = loadAnalyses(CACHE, GENERATOR);
  const entries = files.map((path) => {
    const key = fileKey(path);
    let hash;
    try {
      hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch (error) {
      return { key, path, record: { error: `cannot read ${path}: ${error.message}` } };
    }
    return { key, path, hash, record: cache[hash] && { hash, ...cache[hash] } };
  });

  const stale = entries.filter((entry) => entry.record === undefined);
  if (stale.length > 0) {
    log(
      `Yoast: analysing ${stale.length} of ${entries.length} files (${entries.length - stale.length} cached)…`,
    );
    const assessFile = new URL('./lib/yoast-assess.mjs', import.meta.url);
    const fresh = await mapInWorkers(
      assessFile,
      'assessFile',
      stale.map((entry) => entry.path),
    );
    stale.forEach((entry, i) => {
      const result = fresh[i];
      if (result.error === undefined) {
        cache[entry.hash] = result;
        entry.record = { hash: entry.hash, ...result };
      } else {
        entry.record = { error: `${entry.path}: ${result.error}` };
      }
    });
  }

  const reference = {
    generator: GENERATOR,
    files: Object.fromEntries(entries.map((e) => [e.key, e.record])),
  };
  saveAnalyses(CACHE, GENERATOR, cache);
  writeFileSync(referenceFile, `${JSON.stringify(reference, null, 2)}\n`);
  return reference;
}

/** How many files each Yoast check rates green, orange, red (and grey: no verdict). */
/** The value below which `share` of the sorted values lie (nearest rank). */
function quantile(sorted, share) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

/**
 * Per Yoast check: how many files it rates green, orange, red (grey: no verdict), and the spread of
 * the figure behind the colour, from which a threshold flagging a given share of files can be read
 * (the 80th percentile of "% sentences > 20 words" flags about 20 % of files).
 */
export function ratingCounts(reference) {
  const records = Object.values(reference.files).filter((record) => record.error === undefined);
  return YOAST_CHECKS.map((check) => {
    const counts = { green: 0, orange: 0, red: 0, grey: 0 };
    for (const record of records) counts[record.checks[check.id]?.rating ?? 'grey'] += 1;
    const values = records
      .map((record) => record.checks[check.id]?.[check.figure])
      .filter((value) => typeof value === 'number')
      .sort((a, b) => a - b);
    return {
      ...check,
      ...counts,
      notGreenPercent: Math.round((1000 * (records.length - counts.green)) / records.length) / 10,
      p20: quantile(values, 0.2),
      median: quantile(values, 0.5),
      p80: quantile(values, 0.8),
    };
  });
}

export function summaryTable(reference) {
  const rows = ratingCounts(reference).map((c) => [
    c.label,
    c.rule,
    c.green,
    c.orange,
    c.red,
    c.grey,
    `${c.notGreenPercent} %`,
    c.unit,
    c.p20 ?? '',
    c.median ?? '',
    c.p80 ?? '',
  ]);
  return table(
    [
      'Yoast check',
      'Plume rule',
      'green',
      'orange',
      'red',
      'none',
      'not green',
      'figure',
      'p20',
      'median',
      'p80',
    ],
    rows,
  );
}

if (import.meta.main) {
  const reference = await yoastReference({ log: console.log });
  const errors = Object.entries(reference.files).filter(([, record]) => record.error !== undefined);
  console.log(
    `Yoast reference (${reference.generator}) for ${Object.keys(reference.files).length} files → ${referenceFile}`,
  );
  console.log(summaryTable(reference));
  for (const [, record] of errors) console.log(`  error: ${record.error}`);
}
