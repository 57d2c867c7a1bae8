// Rule flags on the corpus: how many files each Plume rule flags under `plume:recommended` and
// `plume:yoast`, next to how many files Yoast rates not green for the same check (DESIGN §4.3),
// and, per rule, the share of files flagged on each source of the corpus (its first-level
// folders) and on each half (files split by a hash of their name): a threshold that holds on one
// source only is over-fitted (issue 12). Run alone after `pnpm --filter @plume/linter build`:
//   pnpm --filter @plume/bench exec node rule-flags.mjs
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDir, corpusFiles, fileKey } from './lib/paths.mjs';
import { linterApiMissing } from './lib/plume-linter.mjs';
import { plumeReport } from './lib/plume-report.mjs';
import { table } from './lib/table.mjs';
import { YOAST_CHECKS, yoastReference } from './yoast-reference.mjs';

/** The style rules DESIGN §4.3 calibrates: ≤ 20 % of the corpus flagged by default, ≥ 90 % agreement with Yoast under `plume:yoast`. */
export const STYLE_RULES = [
  'readability',
  'sentence-length',
  'passive-voice',
  'transition-words',
  'consecutive-sentences',
  'paragraph-length',
];
export const MAX_FLAGGED_PERCENT = 20;
export const MIN_AGREEMENT_PERCENT = 90;
/** Rules that judge the language itself must stay quiet on professionally edited French text. */
export const MUST_FLAG_NONE = ['language-match'];

/** A corpus key's source: its folder under `fr/` (`fr/putaindecode.io/x.md` → `putaindecode.io`). */
export const sourceOf = (key) => key.split('/')[1] ?? key;
/** A stable half of the corpus, independent of the sources. */
export const halfOf = (key) => (createHash('sha256').update(key).digest()[0] % 2 === 0 ? 'half A' : 'half B');

const percent = (part, whole) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function flaggedBy(files) {
  const byRule = new Map();
  for (const [key, file] of files) {
    for (const diagnostic of file.diagnostics) {
      if (!byRule.has(diagnostic.ruleId)) byRule.set(diagnostic.ruleId, new Set());
      byRule.get(diagnostic.ruleId).add(key);
    }
  }
  return byRule;
}

/**
 * Per rule: files flagged under each preset, Yoast's not-green count for its equivalent check and,
 * over the files both analysed, how often Plume's pass/fail (plume:yoast) matches Yoast's green/not.
 */
export function ruleFlags({ recommended, yoast, reference, keys, knownRules }) {
  const flaggedRecommended = flaggedBy(recommended);
  const flaggedYoast = flaggedBy(yoast);
  const checkByRule = new Map(YOAST_CHECKS.map((check) => [check.rule, check]));
  const ids = new Set([
    ...STYLE_RULES,
    ...MUST_FLAG_NONE,
    ...flaggedRecommended.keys(),
    ...flaggedYoast.keys(),
  ]);
  const analysed = keys.filter((key) => recommended.has(key) && yoast.has(key));

  const rows = [...ids].sort().map((rule) => {
    const row = {
      rule,
      recommended: analysed.filter((key) => flaggedRecommended.get(rule)?.has(key)).length,
      yoastPreset: analysed.filter((key) => flaggedYoast.get(rule)?.has(key)).length,
    };
    row.recommendedPercent = percent(row.recommended, analysed.length);
    // Per source and per half: the budget holds on each, not on the whole only.
    row.groups = {};
    for (const [name, members] of groupsOf(analysed)) {
      const flagged = members.filter((key) => flaggedRecommended.get(rule)?.has(key)).length;
      row.groups[name] = { files: members.length, flagged, percent: percent(flagged, members.length) };
    }
    row.worstGroupPercent = Math.max(
      row.recommendedPercent,
      ...Object.values(row.groups).map((g) => g.percent),
    );
    const check = checkByRule.get(rule);
    if (check) {
      const both = analysed.filter((key) => reference.files[key]?.checks?.[check.id]);
      const notGreen = (key) => reference.files[key].checks[check.id].rating !== 'green';
      const agreeing = both.filter((key) => notGreen(key) === Boolean(flaggedYoast.get(rule)?.has(key)));
      row.yoastCheck = check.label;
      row.yoastNotGreen = both.filter(notGreen).length;
      row.agreementPercent = percent(agreeing.length, both.length);
    }
    // A rule the linter does not have yet flags nothing, which must not read as a pass.
    row.missing = knownRules !== undefined && !knownRules.has(rule) && !/^MD\d{3}$/.test(rule);
    if (row.missing) {
      row.pass = false;
    } else if (STYLE_RULES.includes(rule)) {
      row.pass =
        row.worstGroupPercent <= MAX_FLAGGED_PERCENT &&
        (row.agreementPercent ?? 100) >= MIN_AGREEMENT_PERCENT;
    } else if (MUST_FLAG_NONE.includes(rule)) {
      row.pass = row.recommended === 0 && row.yoastPreset === 0;
    }
    return row;
  });
  return { files: analysed.length, rows };
}

/** Files by source, then by half, each group sorted by name. */
function groupsOf(keys) {
  const groups = new Map();
  const add = (name, key) => {
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(key);
  };
  for (const key of [...keys].sort()) add(sourceOf(key), key);
  const sources = [...groups.keys()].sort();
  const ordered = new Map(sources.map((name) => [name, groups.get(name)]));
  for (const half of ['half A', 'half B']) {
    const members = [...keys].sort().filter((key) => halfOf(key) === half);
    if (members.length > 0) ordered.set(half, members);
  }
  // One source is its own halves' whole: list the halves only when there are several sources.
  if (sources.length < 2) for (const name of sources) ordered.delete(name);
  return ordered;
}

/** Per style rule: the share of files `plume:recommended` flags on each source and each half. */
export function groupFlagsTable(flags) {
  const styleRows = flags.rows.filter((r) => STYLE_RULES.includes(r.rule) && r.groups);
  const names = Object.keys(styleRows[0]?.groups ?? {});
  const header = [
    'rule',
    ...names.map((name) => `${name} (${styleRows[0].groups[name].files})`),
    'worst',
    'verdict',
  ];
  const rows = styleRows.map((r) => [
    r.rule,
    ...names.map((name) => `${r.groups[name].flagged} (${r.groups[name].percent} %)`),
    `${r.worstGroupPercent} %`,
    r.worstGroupPercent <= MAX_FLAGGED_PERCENT ? 'PASS' : 'FAIL',
  ]);
  return table(header, rows);
}

export function ruleFlagsTable(flags) {
  const rows = flags.rows.map((r) => [
    r.rule,
    `${r.recommended} (${r.recommendedPercent} %)`,
    r.yoastPreset,
    r.yoastCheck ? `${r.yoastNotGreen} (${r.yoastCheck})` : '',
    r.agreementPercent === undefined ? '' : `${r.agreementPercent} %`,
    STYLE_RULES.includes(r.rule)
      ? `≤ ${MAX_FLAGGED_PERCENT} % flagged, ≥ ${MIN_AGREEMENT_PERCENT} % agree`
      : MUST_FLAG_NONE.includes(r.rule)
        ? 'flags no file'
        : '',
    r.missing ? 'FAIL (no such rule yet)' : r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL',
  ]);
  return table(
    ['rule', 'plume:recommended', 'plume:yoast', 'Yoast not green', 'agreement', 'budget', 'verdict'],
    rows,
  );
}

/** Standalone: lints the corpus under both presets and prints both tables. */
async function main() {
  const missing = linterApiMissing();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const files = corpusFiles();
  if (files.length === 0) {
    console.log(`No corpus at ${corpusDir}: nothing to measure.`);
    return;
  }
  const reference = await yoastReference({ files, log: (line) => console.error(`· ${line}`) });
  const targets = [{ cwd: join(corpusDir, '..'), path: 'fr' }];
  const recommended = await plumeReport(targets, 'plume:recommended');
  const yoast = await plumeReport(targets, 'plume:yoast');
  if (recommended.error || yoast.error) throw new Error(recommended.error ?? yoast.error);
  const { rules } = await import('@plume/linter');
  const flags = ruleFlags({
    recommended: recommended.files,
    yoast: yoast.files,
    reference,
    keys: files.map(fileKey),
    knownRules: new Set(rules.map((rule) => rule.meta.id)),
  });
  console.log(
    `${flags.files} corpus files; agreement = plume:yoast pass/fail equals Yoast green/not green\n`,
  );
  console.log(ruleFlagsTable(flags));
  console.log(
    `\nplume:recommended, share of files flagged per source and per half (budget ≤ ${MAX_FLAGGED_PERCENT} % on each)\n`,
  );
  console.log(groupFlagsTable(flags));
  if (flags.rows.some((row) => row.pass === false)) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
