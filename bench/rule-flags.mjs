// Rule flags on the corpus: how many files each Plume rule flags under `plume:recommended` and
// `plume:yoast`, next to how many files Yoast rates not green for the same check (DESIGN §4.3).
import { table } from './lib/table.mjs';
import { YOAST_CHECKS } from './yoast-reference.mjs';

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
        row.recommendedPercent <= MAX_FLAGGED_PERCENT &&
        (row.agreementPercent ?? 100) >= MIN_AGREEMENT_PERCENT;
    } else if (MUST_FLAG_NONE.includes(rule)) {
      row.pass = row.recommended === 0 && row.yoastPreset === 0;
    }
    return row;
  });
  return { files: analysed.length, rows };
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
