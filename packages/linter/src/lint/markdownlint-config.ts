import type { RuleSettings } from '../config/resolve.js';
import type { Severity } from '../report/types.js';

/**
 * The markdownlint rules that matter for articles (DESIGN §4.3); every other MD rule stays off
 * until the config's `markdownlint` key turns it on (`{"default": true}`: markdownlint's defaults).
 */
export const DEFAULT_MARKDOWNLINT: Record<string, unknown> = {
  default: false,
  MD001: true,
  MD011: true,
  MD024: { siblings_only: true },
  MD025: true,
  MD033: true,
  MD039: true,
  MD042: true,
  MD045: true,
  MD051: true,
  MD052: true,
};

const ERROR_BY_DEFAULT = new Set(['MD025']);
const MD_ID = /^MD\d{3}$/;

export interface MarkdownlintSetup {
  config: Record<string, unknown>;
  severityOf(ruleName: string): Severity;
}

/** markdownlint's configuration for one file: the defaults, the `markdownlint` key, then `rules` severities. */
export function markdownlintSetup(user: Record<string, unknown>, rules: RuleSettings): MarkdownlintSetup {
  const config: Record<string, unknown> =
    'default' in user ? { ...user } : { ...DEFAULT_MARKDOWNLINT, ...user };
  const severities = new Map<string, Severity>();
  for (const [id, setting] of Object.entries(rules)) {
    if (!MD_ID.test(id)) continue;
    if (setting.severity === 'off') {
      config[id] = false;
      continue;
    }
    if (!config[id]) config[id] = true;
    severities.set(id, setting.severity);
  }
  return {
    config,
    severityOf: (name) => severities.get(name) ?? (ERROR_BY_DEFAULT.has(name) ? 'error' : 'warning'),
  };
}
