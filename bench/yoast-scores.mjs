// Yoast's two scores, side by side, for the articles Plume stands behind: each example article
// (examples/) and each article the rewrite benchmark writes. Yoast rates a score above 70 "good".
// Run alone with `node yoast-scores.mjs` (examples only).
import { readFileSync } from 'node:fs';
import { exampleFiles, fileKey } from './lib/paths.mjs';
import { table } from './lib/table.mjs';
import { assessSeo } from './lib/yoast-seo.mjs';

export const MIN_YOAST_SCORE = 70;

/** `{ label, markdown }` in; Yoast's SEO and readability scores (0–100) for each out. */
export async function yoastScores(articles) {
  const rows = [];
  for (const { label, markdown } of articles) {
    const result = await assessSeo(markdown);
    const notGreen = Object.entries(result.checks)
      .filter(([, check]) => check.rating !== 'green')
      .map(([id]) => id);
    rows.push({
      label,
      keyphrase: result.keyphrase,
      seoScore: result.seoScore,
      readabilityScore: result.readabilityScore,
      notGreen,
      pass: result.seoScore > MIN_YOAST_SCORE && result.readabilityScore > MIN_YOAST_SCORE,
    });
  }
  return rows;
}

export const exampleArticles = () =>
  exampleFiles().map((path) => ({ label: fileKey(path), markdown: readFileSync(path, 'utf8') }));

export function yoastScoresTable(rows) {
  return table(
    ['article', 'keyphrase', 'Yoast SEO', 'Yoast readability', 'SEO checks not green', 'verdict'],
    rows.map((r) => [
      r.label,
      r.keyphrase ? `« ${r.keyphrase} »` : '(none)',
      r.seoScore,
      r.readabilityScore,
      r.notGreen.join(', '),
      r.pass ? 'PASS' : 'FAIL',
    ]),
  );
}

if (import.meta.main) console.log(yoastScoresTable(await yoastScores(exampleArticles())));
