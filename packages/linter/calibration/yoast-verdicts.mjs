// Yoast SEO's French readability verdicts for every corpus article, computed with the `yoastseo`
// package of the benchmark (GPL: used here to measure, never imported by src/). Writes
// calibration/yoast-verdicts.json (figures and colours only, no corpus text):
//   node packages/linter/calibration/yoast-verdicts.mjs
// Uses bench/lib/yoast-assess.mjs so that calibration and benchmark read Yoast the same way.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const corpusRoot = resolve(process.env.PLUME_CORPUS ?? join(repo, '..', 'shared', 'corpus'));
const corpus = join(corpusRoot, 'fr');
const out = join(here, 'yoast-verdicts.json');
const assessPath = join(repo, 'bench', 'lib', 'yoast-assess.mjs');

if (!existsSync(corpus) || !existsSync(assessPath)) {
  console.log(`Needs the corpus (${corpus}) and the benchmark's yoastseo (${assessPath}).`);
  process.exit(0);
}
const { assessArticle } = await import(assessPath);
const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
const verdicts = {};
let fresh = 0;
for (const name of readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((n) => n.endsWith('.md'))
  .sort()) {
  const path = join(corpus, name);
  const text = readFileSync(path, 'utf8');
  const key = relative(corpusRoot, path);
  const hash = createHash('sha256').update(text).digest('hex');
  if (previous[key]?.hash === hash) {
    verdicts[key] = previous[key];
    continue;
  }
  const { checks } = assessArticle(text);
  const slim = Object.fromEntries(
    Object.entries(checks).map(([id, { feedback: _f, ...rest }]) => [id, rest]),
  );
  verdicts[key] = { hash, checks: slim };
  fresh += 1;
}
writeFileSync(out, `${JSON.stringify(verdicts, null, 1)}\n`);
console.log(
  `Yoast verdicts for ${Object.keys(verdicts).length} files (${fresh} computed) → calibration/yoast-verdicts.json`,
);
