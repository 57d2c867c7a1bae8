import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { z } from 'zod';
import { recommended } from '../presets/recommended.js';
import { yoast } from '../presets/yoast.js';
import type { Severity } from '../report/types.js';
import { ruleById } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { checkConfigValues } from './check-values.js';
import { configErrorMap, deepestIssue } from './issues.js';
import {
  type ConfigFile,
  configFileSchema,
  type PresetName,
  type RuleEntries,
  type RuleEntry,
} from './schema.js';
import { didYouMean } from './suggest.js';

/** Where articles and seeds are when the config does not say: the CLIs and the Action share these. */
export const DEFAULT_ARTICLES: readonly string[] = ['articles/**/*.md'];
export const DEFAULT_SEEDS: readonly string[] = ['seeds/**/*.{txt,md}'];

export interface RuleSetting {
  severity: Severity | 'off';
  /** Parsed by the rule's schema, defaults applied. `undefined` for markdownlint rules. */
  options: unknown;
}

export type RuleSettings = Record<string, RuleSetting>;

/** A validated configuration; plain data, so it can cross to worker threads. */
export interface ResolvedConfig {
  /** The file it came from; undefined for the built-in defaults. */
  configPath: string | undefined;
  /** Relative paths (globs, `source`) resolve from here. */
  baseDir: string;
  extends: string[];
  lang: string;
  articles: string[];
  seeds: string[];
  ignores: string[];
  rules: RuleSettings;
  overrides: { files: string[]; lang: string | undefined; rules: RuleSettings }[];
  markdownlint: Record<string, unknown>;
  words: string[];
  /** `plume.config.json`'s `rewrite` section as written: `@plume/core` validates it. */
  rewrite: Record<string, unknown>;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; error: string };

export const PRESETS: Record<PresetName, RuleEntries> = {
  'plume:recommended': recommended,
  'plume:yoast': yoast,
};

const MD_ID = /^MD\d{3}$/;

/** `rules.word-count[1].min`: the path of a config issue, as users write it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const normalizeSeverity = (severity: string): Severity | 'off' =>
  severity === 'warn' ? 'warning' : (severity as Severity | 'off');

/** Applies one rule entry on top of the current setting; returns an error message or the new setting. */
function applyEntry(
  id: string,
  entry: RuleEntry,
  previous: RuleSetting | undefined,
  where: readonly PropertyKey[],
  inOverride: boolean,
): RuleSetting | string {
  const [severityInput, options] = Array.isArray(entry) ? entry : [entry, undefined];
  const severity = normalizeSeverity(severityInput);
  if (MD_ID.test(id)) {
    if (options !== undefined) {
      return `${formatPath([...where, id, 1])}: markdownlint rule options go in the "markdownlint" key`;
    }
    return { severity, options: undefined };
  }
  const rule = ruleById.get(id);
  if (!rule)
    return `${formatPath([...where, id])}: unknown rule "${id}"${didYouMean(id, [...ruleById.keys()])}`;
  if (options === undefined && (previous || inOverride)) return { severity, options: previous?.options };
  const parsed = (rule.meta.options as z.ZodType).safeParse(options ?? {}, { error: configErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return `${formatPath([...where, id, 1])}: invalid options`;
    const { path, message } = deepestIssue(issue);
    return `${formatPath([...where, id, 1, ...path])}: ${message}`;
  }
  return { severity, options: parsed.data };
}

function defaultSettings(): RuleSettings {
  const settings: RuleSettings = {};
  for (const [id, rule] of ruleById) {
    const meta: Rule['meta'] = rule.meta;
    settings[id] = { severity: meta.defaultSeverity, options: (meta.options as z.ZodType).parse({}) };
  }
  return settings;
}

function applyEntries(
  base: RuleSettings,
  entries: RuleEntries | undefined,
  where: readonly PropertyKey[],
  inOverride = false,
): RuleSettings | string {
  const out = { ...base };
  for (const [id, entry] of Object.entries(entries ?? {})) {
    const setting = applyEntry(id, entry, out[id], where, inOverride);
    if (typeof setting === 'string') return setting;
    out[id] = setting;
  }
  return out;
}

/**
 * Validates a configuration object (from `plume.config.json` or the API). Every problem is a
 * message naming the key, e.g. `rules.word-count[1].min: Too small: expected number to be >0`.
 */
export function resolveConfig(
  raw: unknown,
  { baseDir, configPath }: { baseDir: string; configPath?: string | undefined },
): ConfigResult {
  const fail = (error: string): ConfigResult => ({
    ok: false,
    error: configPath ? `${configPath}: ${error}` : error,
  });
  const problem = checkConfigValues(raw);
  if (problem) return fail(problem);
  const parsed = configFileSchema.safeParse(raw ?? {}, { error: configErrorMap });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (!first) return fail('invalid configuration');
    const issue = deepestIssue(first);
    const path = formatPath(issue.path);
    return fail(`${path === '' ? '(root)' : path}: ${issue.message}`);
  }
  const file: ConfigFile = parsed.data;
  const presetNames: PresetName[] =
    file.extends === undefined ? ['plume:recommended'] : [file.extends].flat();
  let rules = defaultSettings();
  for (const name of presetNames) {
    const preset = PRESETS[name];
    const applied = applyEntries(rules, preset, [name]);
    if (typeof applied === 'string') return fail(applied);
    rules = applied;
  }
  const withRules = applyEntries(rules, file.rules, ['rules']);
  if (typeof withRules === 'string') return fail(withRules);
  const overrides: ResolvedConfig['overrides'] = [];
  for (const [index, override] of (file.overrides ?? []).entries()) {
    // Options given in an override are validated now; severities without options keep the base options.
    const applied = applyEntries({}, override.rules, ['overrides', index, 'rules'], true);
    if (typeof applied === 'string') return fail(applied);
    overrides.push({ files: override.files, lang: override.lang, rules: applied });
  }
  for (const key of Object.keys(file.markdownlint ?? {})) {
    if (key !== 'default' && key !== '$schema' && !/^[A-Za-z][\w-]*$/.test(key)) {
      return fail(`markdownlint.${key}: not a markdownlint rule name`);
    }
  }
  return {
    ok: true,
    config: {
      configPath,
      baseDir,
      extends: presetNames,
      lang: file.lang ?? 'fr',
      articles: file.articles ?? [...DEFAULT_ARTICLES],
      seeds: file.seeds ?? [...DEFAULT_SEEDS],
      ignores: file.ignores ?? [],
      rules: withRules,
      overrides,
      markdownlint: file.markdownlint ?? {},
      words: file.words ?? [],
      rewrite: file.rewrite ?? {},
    },
  };
}

/** The rule settings and language for one file (path relative to the config's directory). */
export function settingsFor(
  config: ResolvedConfig,
  relativePath: string,
): { rules: RuleSettings; lang: string } {
  let rules = config.rules;
  let lang = config.lang;
  const path = relativePath.split('\\').join('/');
  for (const override of config.overrides) {
    if (!picomatch.isMatch(path, override.files, { dot: true })) continue;
    rules = { ...rules };
    for (const [id, setting] of Object.entries(override.rules)) {
      // An override's bare severity keeps the options set before it.
      rules[id] = { severity: setting.severity, options: setting.options ?? rules[id]?.options };
    }
    lang = override.lang ?? lang;
  }
  return { rules, lang };
}

/** The path used to match `overrides`: relative to the config's directory. */
export function configRelative(config: ResolvedConfig, path: string): string {
  const absolute = isAbsolute(path) ? path : resolve(process.cwd(), path);
  return relative(config.baseDir, absolute).split('\\').join('/');
}
