import { OPTIONS_END, OPTIONS_START, optionsTable } from './options-table.js';
import type { Rule } from './rule.js';

/**
 * A rule's docs page with its options table generated again; undefined when the page has no
 * generated block (its markers are missing).
 */
export function withOptionsTable(page: string, rule: Rule): string | undefined {
  const start = page.indexOf(OPTIONS_START);
  const end = page.indexOf(OPTIONS_END, start);
  if (start === -1 || end === -1) return undefined;
  return `${page.slice(0, start + OPTIONS_START.length)}\n\n${optionsTable(rule)}\n\n${page.slice(end)}`;
}
