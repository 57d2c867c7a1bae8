import type { Diagnostic, SeoSummary } from '../report/types.js';
import { ruleById } from './index.js';

const isSeoRule = (ruleId: string): boolean => ruleById.get(ruleId)?.meta.tags.includes('seo') ?? false;

/**
 * An article's SEO verdict, as the text report and the PR comment show it: its focus keyphrase
 * and the SEO rules it fails. `no-keyphrase` when none is set (Yoast then rates the SEO red);
 * `poor` with an SEO error, `needs-work` with SEO warnings only (keyphrase placement included),
 * `good` with none.
 */
export function seoSummary(keyphrase: string | undefined, diagnostics: readonly Diagnostic[]): SeoSummary {
  const failing = diagnostics.filter((d) => isSeoRule(d.ruleId));
  const problems = [...new Set(failing.map((d) => d.ruleId))];
  const phrase = keyphrase?.trim() || null;
  const verdict =
    phrase === null
      ? 'no-keyphrase'
      : failing.some((d) => d.severity === 'error')
        ? 'poor'
        : problems.length > 0
          ? 'needs-work'
          : 'good';
  return { keyphrase: phrase, verdict, problems };
}
