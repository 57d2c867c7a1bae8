import { KNOWN_LANGUAGES } from '../french/language.js';
import { MARKDOWNLINT_IDS, MARKDOWNLINT_KEYS } from './markdownlint-names.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `__proto__` anywhere: JSON.parse keeps it as a key, but copying the object drops it silently. */
function protoKey(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = protoKey(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === '__proto__') return at;
      const found = protoKey(value[key], at);
      if (found) return found;
    }
  }
  return undefined;
}

const LANGUAGE_TAG = /^([a-z]{2})(?:-[A-Za-z]{2}|-\d{3})?$/;

function checkLang(value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const base = LANGUAGE_TAG.exec(value)?.[1];
  if (base && KNOWN_LANGUAGES.has(base)) return undefined;
  return `${path}: unknown language "${value}" (expected an ISO 639-1 code the language rules know: ${[...KNOWN_LANGUAGES].join(', ')})`;
}

const SEVERITIES = ['error', 'warning', 'warn', 'off'];

function checkRules(rules: unknown, path: string): string | undefined {
  if (!isRecord(rules)) return undefined;
  for (const [id, entry] of Object.entries(rules)) {
    if (/^MD\d+$/i.test(id) && !MARKDOWNLINT_IDS.has(id))
      return `${path}.${id}: unknown markdownlint rule "${id}"`;
    // Plume's own rules get their severity checked (and a suggestion) by the config schema.
    if (!/^MD\d+$/i.test(id)) continue;
    const severity = Array.isArray(entry) ? entry[0] : entry;
    if (!SEVERITIES.includes(severity as string))
      return `${path}.${id}: unknown severity ${JSON.stringify(severity)} (expected "error", "warning", "warn" or "off")`;
  }
  return undefined;
}

function checkMarkdownlint(section: unknown): string | undefined {
  if (!isRecord(section)) return undefined;
  for (const [key, value] of Object.entries(section)) {
    if (key === '$schema' || key === 'extends') continue;
    if (!MARKDOWNLINT_KEYS.has(key.toLowerCase()))
      return `markdownlint.${key}: unknown markdownlint rule, alias or tag "${key}"`;
    const valid = typeof value === 'boolean' || value === 'error' || value === 'warning' || isRecord(value);
    if (!valid)
      return `markdownlint.${key}: expected true, false, "error", "warning" or an options object, got ${JSON.stringify(value)}`;
  }
  return undefined;
}

/**
 * Extended globs (`@(a|b)`, `*(…)`, `+(…)`, `?(…)`, `!(…)`) compile to regular expressions that
 * backtrack polynomially: six `@(*|*)` took 15 s on one 60-character path. A config comes with
 * the pull request, so its globs are refused rather than trusted.
 */
const EXTGLOB = /[@*+?!]\(/;

function checkGlobs(globs: unknown, path: string): string | undefined {
  if (!Array.isArray(globs)) return undefined;
  const index = globs.findIndex((glob) => typeof glob === 'string' && EXTGLOB.test(glob));
  if (index === -1) return undefined;
  return `${path}[${index}]: extended globs such as @(…) or *(…) are not supported (use several plain globs, or {a,b})`;
}

/**
 * Values the schema's shapes let through but that would be ignored silently: a `__proto__`
 * key, a markdownlint rule that does not exist (MD999), a setting such as "maybe", a language
 * no rule knows ("xx-YY"). Returns the first problem, naming its key.
 */
export function checkConfigValues(raw: unknown): string | undefined {
  const proto = protoKey(raw, '');
  if (proto) return `${proto}: "__proto__" is not a valid key`;
  if (!isRecord(raw)) return undefined;
  const overrides = Array.isArray(raw.overrides) ? raw.overrides : [];
  return (
    checkLang(raw.lang, 'lang') ??
    checkGlobs(raw.articles, 'articles') ??
    checkGlobs(raw.seeds, 'seeds') ??
    checkGlobs(raw.ignores, 'ignores') ??
    checkRules(raw.rules, 'rules') ??
    checkMarkdownlint(raw.markdownlint) ??
    overrides
      .map((override, index) =>
        isRecord(override)
          ? (checkLang(override.lang, `overrides[${index}].lang`) ??
            checkGlobs(override.files, `overrides[${index}].files`) ??
            checkRules(override.rules, `overrides[${index}].rules`))
          : undefined,
      )
      .find((problem) => problem !== undefined)
  );
}
