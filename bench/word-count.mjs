// Word-count agreement: Plume's count must match Yoast SEO's French text length within 1 % on
// real articles and never exceed it by more than that (DESIGN §4.2).
import { table } from './lib/table.mjs';

export const WORD_COUNT_TOLERANCE_PERCENT = 1;

const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Compares `plumeFiles` (Map key → report entry with `metrics.words`) with the Yoast reference.
 * Files missing on either side, or empty for Yoast, are listed rather than compared.
 */
export function wordCountAgreement(plumeFiles, reference) {
  const compared = [];
  const notCompared = [];
  for (const [key, yoast] of Object.entries(reference.files)) {
    const plume = plumeFiles.get(key);
    const plumeWords = plume?.metrics?.words;
    if (yoast.error !== undefined || typeof plumeWords !== 'number' || yoast.words === 0) {
      notCompared.push(key);
      continue;
    }
    const diffPercent = ((plumeWords - yoast.words) / yoast.words) * 100;
    compared.push({ key, plume: plumeWords, yoast: yoast.words, diffPercent: round(diffPercent) });
  }
  const absolute = compared.map((c) => Math.abs(c.diffPercent));
  const outside = compared.filter((c) => Math.abs(c.diffPercent) > WORD_COUNT_TOLERANCE_PERCENT);
  const plumeOver = compared
    .filter((c) => c.diffPercent > WORD_COUNT_TOLERANCE_PERCENT)
    .sort((a, b) => b.diffPercent - a.diffPercent);
  return {
    files: compared.length,
    notCompared,
    maxPercent: round(Math.max(0, ...absolute)),
    meanPercent: round(absolute.reduce((sum, value) => sum + value, 0) / Math.max(1, absolute.length)),
    outsideTolerance: outside.length,
    plumeOverCount: plumeOver.length,
    plumeOverWorst: plumeOver.slice(0, 10),
    worst: [...compared].sort((a, b) => Math.abs(b.diffPercent) - Math.abs(a.diffPercent)).slice(0, 10),
    pass: outside.length === 0,
    perFile: compared,
  };
}

// Corpus file names are whole titles; the table keeps their start and end (latest.json has them whole).
const shorten = (key, max = 80) => (key.length <= max ? key : `${key.slice(0, max - 31)}…${key.slice(-30)}`);

export function wordCountTable(agreement) {
  const summary = table(
    [
      'files',
      'max |diff|',
      'mean |diff|',
      `over ${WORD_COUNT_TOLERANCE_PERCENT} %`,
      'Plume > Yoast +1 %',
      'verdict',
    ],
    [
      [
        agreement.files,
        `${agreement.maxPercent} %`,
        `${agreement.meanPercent} %`,
        agreement.outsideTolerance,
        agreement.plumeOverCount,
        agreement.pass ? 'PASS' : 'FAIL',
      ],
    ],
  );
  const worstRows = (list) =>
    list.map((c) => [shorten(c.key), c.plume, c.yoast, `${c.diffPercent > 0 ? '+' : ''}${c.diffPercent} %`]);
  const parts = [summary];
  if (agreement.plumeOverWorst.length > 0) {
    parts.push('Plume counts more than Yoast by over 1 % (worst 10):');
    parts.push(table(['file', 'Plume', 'Yoast', 'diff'], worstRows(agreement.plumeOverWorst)));
  }
  const under = agreement.worst.filter((c) => c.diffPercent < -WORD_COUNT_TOLERANCE_PERCENT);
  if (under.length > 0) {
    parts.push('Plume counts fewer than Yoast by over 1 % (worst of the 10 largest gaps):');
    parts.push(table(['file', 'Plume', 'Yoast', 'diff'], worstRows(under)));
  }
  if (agreement.notCompared.length > 0) {
    parts.push(
      `Not compared (no count on one side or empty for Yoast): ${agreement.notCompared.length} files`,
    );
  }
  return parts.join('\n');
}
