import { z } from 'zod';
import type { ArticleSummary } from '../lint/engine.js';
import type { Diagnostic } from '../report/types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { defineRule } from './rule.js';

/**
 * Cross-file: no two articles linted together share a slug, title, description or keyphrase.
 * Files may be linted on different threads, so the check runs once over their summaries
 * (see `uniqueMetadataDiagnostics`, called by lintFiles) rather than per file.
 */
export const uniqueMetadata = defineRule({
  meta: {
    id: 'unique-metadata',
    description: 'Articles do not share a slug, title, description or keyphrase',
    defaultSeverity: 'warning',
    options: z.object({}),
    tags: ['seo'],
  },
  check() {},
});

const FIELDS = ['slug', 'title', 'description', 'keyphrase'] as const;

/** Diagnostics for every file whose metadata duplicates another's, keyed by path. */
export function uniqueMetadataDiagnostics(
  summaries: readonly ArticleSummary[],
  url: string,
): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const field of FIELDS) {
    const groups = new Map<string, ArticleSummary[]>();
    for (const summary of summaries) {
      const value = summary.fields[field];
      if (!value || summary.uniqueSeverity === undefined) continue;
      const key = normalizeForMatch(value.value);
      groups.set(key, [...(groups.get(key) ?? []), summary]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const summary of group) {
        const entry = summary.fields[field];
        if (!entry || summary.uniqueSeverity === undefined) continue;
        const others = group.filter((other) => other !== summary).map((other) => other.path);
        const list = out.get(summary.path) ?? [];
        list.push({
          ruleId: 'unique-metadata',
          severity: summary.uniqueSeverity,
          message: `Expected a unique ${field}, found the same in ${others.join(', ')}.`,
          line: entry.line,
          column: 1,
          endLine: entry.line,
          endColumn: 1,
          fixable: false,
          url,
        });
        out.set(summary.path, list);
      }
    }
  }
  return out;
}
