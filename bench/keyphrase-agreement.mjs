// Keyphrase agreement: every corpus article is given a focus keyphrase from its title (its first
// content word, or its first two for every other file), then Yoast SEO's keyphrase assessments
// (yoastseo, fr_FR) and Plume's keyphrase rules judge it. Agreement per assessment = Plume under
// `plume:yoast` passes exactly where Yoast shows green. Run alone with `node keyphrase-agreement.mjs`.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadAnalyses, saveAnalyses } from './lib/analysis-cache.mjs';
import { corpusFiles, fileKey } from './lib/paths.mjs';
import { table } from './lib/table.mjs';
import { mapInWorkers } from './lib/worker-pool.mjs';
import { frontMatterOf, KEYPHRASE_CHECKS, titleKeyphrase } from './lib/yoast-seo.mjs';

const require = createRequire(import.meta.url);
const GENERATOR = `yoastseo@${require('yoastseo/package.json').version} fr_FR SEOAssessor with title width, keyphrase agreement 2`;
export const MIN_KEYPHRASE_AGREEMENT_PERCENT = 90;
const CACHE = 'yoast-seo-cache.json';

/** The article with `keyphrase:` set in its front matter (added, or replacing its own). */
export function withKeyphrase(markdown, keyphrase) {
  const line = `keyphrase: ${JSON.stringify(keyphrase)}`;
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)((?:---|\.\.\.)[ \t]*(?:\r?\n|$))/.exec(markdown);
  if (!match) return `---\n${line}\n---\n\n${markdown}`;
  const body = match[2].replace(/^keyphrase:.*\r?\n/m, '');
  return `${match[1]}${body}${line}\n${match[3]}${markdown.slice(match[0].length)}`;
}

/** The corpus files with a title, each with the keyphrase the method gives it. */
export function keyphraseCases(files = corpusFiles()) {
  const cases = [];
  for (const path of files) {
    const markdown = readFileSync(path, 'utf8');
    const { title } = frontMatterOf(markdown);
    if (typeof title !== 'string') continue;
    const keyphrase = titleKeyphrase(title, cases.length % 2 === 0 ? 1 : 2);
    if (keyphrase) cases.push({ path, key: fileKey(path), markdown, keyphrase });
  }
  return cases;
}

async function yoastVerdicts(cases, log) {
  const cache = loadAnalyses(CACHE, GENERATOR);
  const hashes = cases.map((c) =>
    createHash('sha256').update(c.markdown).update('\0').update(c.keyphrase).digest('hex'),
  );
  const stale = cases.map((c, i) => ({ c, i })).filter(({ i }) => cache[hashes[i]] === undefined);
  if (stale.length > 0) {
    log(`Yoast SEO: analysing ${stale.length} of ${cases.length} articles…`);
    const fresh = await mapInWorkers(
      new URL('./lib/yoast-seo.mjs', import.meta.url),
      'assessSeoFile',
      stale.map(({ c }) => ({ path: c.path, keyphrase: c.keyphrase })),
    );
    stale.forEach(({ i }, n) => {
      if (fresh[n].error === undefined) cache[hashes[i]] = fresh[n];
    });
    saveAnalyses(CACHE, GENERATOR, cache);
  }
  return hashes.map((hash) => cache[hash]);
}

/** Plume's reports under `preset` for the articles with their keyphrases, keyed like the cases. */
async function plumeVerdicts(cases, preset) {
  const { lintFiles } = await import('@plume/linter');
  const scratch = mkdtempSync(join(tmpdir(), 'plume-keyphrase-'));
  try {
    for (const c of cases) {
      const file = join(scratch, 'articles', c.key);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, withKeyphrase(c.markdown, c.keyphrase));
    }
    // A config file of its own keeps the repository's config out of the measurement.
    const configFile = join(scratch, 'plume.config.json');
    writeFileSync(configFile, JSON.stringify({ extends: preset }));
    const report = await lintFiles(['articles'], { cwd: scratch, configFile });
    return new Map(
      report.files.map((file) => [file.path.replace(/^articles[\\/]/, '').replaceAll('\\', '/'), file]),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const percent = (part, whole) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * Per keyphrase assessment: Yoast's green count, files Plume flags under each preset, and the
 * agreement of `plume:yoast` (flagged = not green).
 */
export async function keyphraseAgreement({ files = corpusFiles(), log = () => {} } = {}) {
  const cases = keyphraseCases(files);
  if (cases.length === 0) return { skipped: 'no corpus article with a title' };
  const yoast = await yoastVerdicts(cases, log);
  log('linting the articles with their keyphrases (plume:yoast, plume:recommended)…');
  const plumeYoast = await plumeVerdicts(cases, 'plume:yoast');
  const plumeRecommended = await plumeVerdicts(cases, 'plume:recommended');
  const flagged = (reports, c, rule) =>
    (reports.get(c.key)?.diagnostics ?? []).some((d) => d.ruleId === rule);
  const rows = KEYPHRASE_CHECKS.map((check) => {
    const judged = cases.filter((c, i) => yoast[i]?.checks?.[check.id] && plumeYoast.has(c.key));
    const green = (c) => yoast[cases.indexOf(c)].checks[check.id].rating === 'green';
    const agreeing = judged.filter((c) => green(c) !== flagged(plumeYoast, c, check.rule));
    return {
      ...check,
      files: judged.length,
      yoastGreen: judged.filter(green).length,
      flaggedYoast: judged.filter((c) => flagged(plumeYoast, c, check.rule)).length,
      flaggedRecommended: judged.filter((c) => flagged(plumeRecommended, c, check.rule)).length,
      agreementPercent: percent(agreeing.length, judged.length),
      disagreements: judged.filter((c) => !agreeing.includes(c)).map((c) => `${c.key} « ${c.keyphrase} »`),
    };
  });
  return { articles: cases.length, rows };
}

export function keyphraseAgreementTable(result) {
  return table(
    [
      'Yoast assessment',
      'Plume rule',
      'files',
      'Yoast green',
      'plume:yoast flags',
      'plume:recommended flags',
      'agreement',
      'verdict',
    ],
    result.rows.map((r) => [
      r.id,
      r.rule,
      r.files,
      r.yoastGreen,
      r.flaggedYoast,
      r.flaggedRecommended,
      `${r.agreementPercent} %`,
      r.agreementPercent >= MIN_KEYPHRASE_AGREEMENT_PERCENT ? 'PASS' : 'FAIL',
    ]),
  );
}

if (import.meta.main) {
  const result = await keyphraseAgreement({ log: (line) => console.error(`· ${line}`) });
  if (result.skipped) {
    console.log(`skipped: ${result.skipped}`);
  } else {
    console.log(`${result.articles} corpus articles, keyphrase = the title's first content word or two`);
    console.log(keyphraseAgreementTable(result));
    if (process.env.SHOW_DISAGREEMENTS) {
      for (const r of result.rows)
        for (const d of r.disagreements.slice(0, 15)) console.log(`${r.rule}: ${d}`);
    }
  }
}
