import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-GKVB7MBV.js";
import {
  KNOWN_LANGUAGES,
  ruleById
} from "./chunk-3AVOLLOX.js";
import {
  external_exports
} from "./chunk-6JW4MI2C.js";
import {
  __commonJS,
  __toESM
} from "./chunk-A4GP3SDO.js";

// ../../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "../../node_modules/.pnpm/fastest-levenshtein@1.0.16/node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

// ../linter/dist/config/resolve.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { isAbsolute, relative, resolve } from "node:path";

// ../linter/dist/presets/recommended.js
var recommended = {
  // Keyphrase rules match French word forms (plural, feminine, elision) as Yoast Premium does,
  // so their density allows Yoast's bound for word forms (3.5 %).
  "keyphrase-density": ["warning", { minDensity: 0.5, maxDensity: 3.5 }]
};

// ../linter/dist/presets/yoast.js
var YOAST_SCOPE = { scope: "all", minSentences: 1, minWords: 0 };
var yoast = {
  // Yoast's former Flesch assessment: green from 60 (« fairly easy »); it scores no single sentence.
  readability: ["warning", { minScore: 60, minSentenceScore: null, ...YOAST_SCOPE }],
  // Green: at most 25 % of sentences over 20 words.
  "sentence-length": ["warning", { maxWords: 20, maxShare: 25, ...YOAST_SCOPE }],
  // Green: at most 10 % passive; Yoast counts être + adjective too, and splits sentences at line breaks.
  "passive-voice": ["warning", { maxShare: 10, detection: "yoast", unit: "line", ...YOAST_SCOPE }],
  // Green: at least 30 % of sentences with a transition word, in texts of 200 words or more.
  "transition-words": ["warning", { minShare: 30, ...YOAST_SCOPE, minWords: 200 }],
  // Red from 3 consecutive sentences beginning with the same word.
  "consecutive-sentences": ["warning", { min: 3 }],
  // Green: no paragraph over 150 words.
  "paragraph-length": ["warning", { max: 150 }],
  // Keyphrase assessments: free Yoast matches the keyphrase's exact words (no French word forms),
  // and its density bounds without word forms are 0.5–3 %.
  "keyphrase-in-title": ["warning", { atBeginning: true, wordForms: false }],
  "keyphrase-in-introduction": ["warning", { sameSentence: true, wordForms: false }],
  "keyphrase-in-description": ["warning", { max: 2, wordForms: false }],
  "keyphrase-in-subheadings": ["warning", { minShare: 30, maxShare: 75, minWords: 300, wordForms: false }],
  "keyphrase-density": ["warning", { minDensity: 0.5, maxDensity: 3, wordForms: false }],
  "keyphrase-in-slug": ["warning", { wordForms: false }],
  "keyphrase-length": ["warning", { min: 1, max: 4 }]
};

// ../linter/dist/config/markdownlint-names.js
var MARKDOWNLINT_RULES = [
  ["MD001", "heading-increment"],
  ["MD003", "heading-style"],
  ["MD004", "ul-style"],
  ["MD005", "list-indent"],
  ["MD007", "ul-indent"],
  ["MD009", "no-trailing-spaces"],
  ["MD010", "no-hard-tabs"],
  ["MD011", "no-reversed-links"],
  ["MD012", "no-multiple-blanks"],
  ["MD013", "line-length"],
  ["MD014", "commands-show-output"],
  ["MD018", "no-missing-space-atx"],
  ["MD019", "no-multiple-space-atx"],
  ["MD020", "no-missing-space-closed-atx"],
  ["MD021", "no-multiple-space-closed-atx"],
  ["MD022", "blanks-around-headings"],
  ["MD023", "heading-start-left"],
  ["MD024", "no-duplicate-heading"],
  ["MD025", "single-title", "single-h1"],
  ["MD026", "no-trailing-punctuation"],
  ["MD027", "no-multiple-space-blockquote"],
  ["MD028", "no-blanks-blockquote"],
  ["MD029", "ol-prefix"],
  ["MD030", "list-marker-space"],
  ["MD031", "blanks-around-fences"],
  ["MD032", "blanks-around-lists"],
  ["MD033", "no-inline-html"],
  ["MD034", "no-bare-urls"],
  ["MD035", "hr-style"],
  ["MD036", "no-emphasis-as-heading"],
  ["MD037", "no-space-in-emphasis"],
  ["MD038", "no-space-in-code"],
  ["MD039", "no-space-in-links"],
  ["MD040", "fenced-code-language"],
  ["MD041", "first-line-heading", "first-line-h1"],
  ["MD042", "no-empty-links"],
  ["MD043", "required-headings"],
  ["MD044", "proper-names"],
  ["MD045", "no-alt-text"],
  ["MD046", "code-block-style"],
  ["MD047", "single-trailing-newline"],
  ["MD048", "code-fence-style"],
  ["MD049", "emphasis-style"],
  ["MD050", "strong-style"],
  ["MD051", "link-fragments"],
  ["MD052", "reference-links-images"],
  ["MD053", "link-image-reference-definitions"],
  ["MD054", "link-image-style"],
  ["MD055", "table-pipe-style"],
  ["MD056", "table-column-count"],
  ["MD058", "blanks-around-tables"],
  ["MD059", "descriptive-link-text"],
  ["MD060", "table-column-style"]
];
var MARKDOWNLINT_TAGS = [
  "accessibility",
  "atx",
  "atx_closed",
  "blank_lines",
  "blockquote",
  "bullet",
  "code",
  "emphasis",
  "hard_tab",
  "headings",
  "hr",
  "html",
  "images",
  "indentation",
  "language",
  "line_length",
  "links",
  "ol",
  "spaces",
  "spelling",
  "table",
  "ul",
  "url",
  "whitespace"
];
var MARKDOWNLINT_IDS = new Set(MARKDOWNLINT_RULES.map(([id]) => id));
var MARKDOWNLINT_KEYS = /* @__PURE__ */ new Set([
  "default",
  ...MARKDOWNLINT_RULES.flat().map((name) => name.toLowerCase()),
  ...MARKDOWNLINT_TAGS
]);

// ../linter/dist/config/check-values.js
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function protoKey(value, path) {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = protoKey(item, `${path}[${index}]`);
      if (found)
        return found;
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      const at = path === "" ? key : `${path}.${key}`;
      if (key === "__proto__")
        return at;
      const found = protoKey(value[key], at);
      if (found)
        return found;
    }
  }
  return void 0;
}
var LANGUAGE_TAG = /^([a-z]{2})(?:-[A-Za-z]{2}|-\d{3})?$/;
function checkLang(value, path) {
  if (typeof value !== "string")
    return void 0;
  const base = LANGUAGE_TAG.exec(value)?.[1];
  if (base && KNOWN_LANGUAGES.has(base))
    return void 0;
  return `${path}: unknown language "${value}" (expected an ISO 639-1 code the language rules know: ${[...KNOWN_LANGUAGES].join(", ")})`;
}
var SEVERITIES = ["error", "warning", "warn", "off"];
function checkRules(rules, path) {
  if (!isRecord(rules))
    return void 0;
  for (const [id, entry] of Object.entries(rules)) {
    if (/^MD\d+$/i.test(id) && !MARKDOWNLINT_IDS.has(id))
      return `${path}.${id}: unknown markdownlint rule "${id}"`;
    if (!/^MD\d+$/i.test(id))
      continue;
    const severity = Array.isArray(entry) ? entry[0] : entry;
    if (!SEVERITIES.includes(severity))
      return `${path}.${id}: unknown severity ${JSON.stringify(severity)} (expected "error", "warning", "warn" or "off")`;
  }
  return void 0;
}
function checkMarkdownlint(section) {
  if (!isRecord(section))
    return void 0;
  for (const [key, value] of Object.entries(section)) {
    if (key === "$schema" || key === "extends")
      continue;
    if (!MARKDOWNLINT_KEYS.has(key.toLowerCase()))
      return `markdownlint.${key}: unknown markdownlint rule, alias or tag "${key}"`;
    const valid = typeof value === "boolean" || value === "error" || value === "warning" || isRecord(value);
    if (!valid)
      return `markdownlint.${key}: expected true, false, "error", "warning" or an options object, got ${JSON.stringify(value)}`;
  }
  return void 0;
}
var EXTGLOB = /[@*+?!]\(/;
function checkGlobs(globs2, path) {
  if (!Array.isArray(globs2))
    return void 0;
  const index = globs2.findIndex((glob) => typeof glob === "string" && EXTGLOB.test(glob));
  if (index === -1)
    return void 0;
  return `${path}[${index}]: extended globs such as @(\u2026) or *(\u2026) are not supported (use several plain globs, or {a,b})`;
}
function checkConfigValues(raw) {
  const proto = protoKey(raw, "");
  if (proto)
    return `${proto}: "__proto__" is not a valid key`;
  if (!isRecord(raw))
    return void 0;
  const overrides = Array.isArray(raw.overrides) ? raw.overrides : [];
  return checkLang(raw.lang, "lang") ?? checkGlobs(raw.articles, "articles") ?? checkGlobs(raw.seeds, "seeds") ?? checkGlobs(raw.ignores, "ignores") ?? checkRules(raw.rules, "rules") ?? checkMarkdownlint(raw.markdownlint) ?? overrides.map((override, index) => isRecord(override) ? checkLang(override.lang, `overrides[${index}].lang`) ?? checkGlobs(override.files, `overrides[${index}].files`) ?? checkRules(override.rules, `overrides[${index}].rules`) : void 0).find((problem) => problem !== void 0);
}

// ../linter/dist/config/suggest.js
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function closestName(input, candidates) {
  if (candidates.length === 0 || input === "")
    return void 0;
  const lower = input.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase)
    return sameCase;
  const best = (0, import_fastest_levenshtein.closest)(lower, candidates.map((candidate) => candidate.toLowerCase()));
  const match = candidates.find((candidate) => candidate.toLowerCase() === best);
  if (match === void 0)
    return void 0;
  const edits = (0, import_fastest_levenshtein.distance)(lower, best);
  const length = Math.max(lower.length, best.length);
  const allowed = length <= 3 ? 1 : Math.max(2, Math.floor(length / 3));
  if (edits <= allowed)
    return match;
  if (lower.length >= 3 && (best.includes(lower) || lower.includes(best)))
    return match;
  return void 0;
}
function didYouMean(input, candidates) {
  const match = closestName(input, candidates);
  return match === void 0 ? "" : ` (did you mean "${match}"?)`;
}
function listOf(values) {
  const quoted = values.map((value) => JSON.stringify(value));
  if (quoted.length <= 1)
    return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

// ../linter/dist/config/issues.js
var shapeKeys = (inst) => {
  const def = inst?._zod?.def;
  return Object.keys(def?.shape ?? {});
};
var configErrorMap = (issue) => {
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = shapeKeys(issue.inst);
      const keys = issue.keys;
      const named = keys.map((key) => `"${key}"${didYouMean(key, known)}`).join(", ");
      const allowed = known.length > 0 ? `; expected ${listOf(known)}` : "";
      return `unknown ${keys.length > 1 ? "keys" : "key"} ${named}${allowed}`;
    }
    case "invalid_value": {
      const got = issue.input;
      const hint = typeof got === "string" ? didYouMean(got, issue.values.map(String)) : "";
      return `expected ${listOf(issue.values)}, got ${JSON.stringify(got)}${hint}`;
    }
    default:
      return void 0;
  }
};
function deepestIssue(issue) {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) {
    return { path: [...issue.path], message: issue.message };
  }
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const typeMismatch = (branch) => branch.every((inner2) => inner2.code === "invalid_type" && inner2.path.length === 0);
  const meant = branches.filter((branch) => !typeMismatch(branch));
  const depth = (branch) => Math.max(...branch.map((inner2) => inner2.path.length));
  const pick = (meant.length > 0 ? meant : branches).reduce((best, branch) => depth(branch) > depth(best) || depth(branch) === depth(best) && branch.length < best.length ? branch : best);
  const first = pick.find((inner2) => inner2.path.length === depth(pick)) ?? pick[0];
  if (first === void 0)
    return { path: [...issue.path], message: issue.message };
  const inner = deepestIssue(first);
  return { path: [...issue.path, ...inner.path], message: inner.message };
}

// ../linter/dist/config/schema.js
var severitySchema = external_exports.enum(["error", "warning", "warn", "off"]).describe('"error" fails the run, "warning" (or "warn") is reported, "off" turns the rule off.');
var ruleEntrySchema = external_exports.union([
  severitySchema,
  external_exports.tuple([severitySchema]),
  external_exports.tuple([severitySchema, external_exports.record(external_exports.string(), external_exports.unknown())])
]);
var PRESET_NAMES = ["plume:recommended", "plume:yoast"];
var presetSchema = external_exports.enum(PRESET_NAMES).describe("plume:recommended: thresholds calibrated on real French articles. plume:yoast: the style and keyphrase rules at Yoast SEO\u2019s thresholds.");
var globs = external_exports.array(external_exports.string().min(1));
var configFileSchema = external_exports.strictObject({
  $schema: external_exports.string().optional().describe("The JSON Schema editors complete this file from."),
  extends: external_exports.union([presetSchema, external_exports.array(presetSchema)]).optional().describe("The preset, or presets in order, the rules start from.").meta({ default: "plume:recommended" }),
  lang: external_exports.string().min(2).optional().describe("The articles\u2019 language when their front matter has no `lang` (ISO 639-1).").meta({ default: "fr" }),
  articles: globs.optional().describe("Globs of the articles `plume lint` lints when given no paths, relative to this file.").meta({ default: ["articles/**/*.md"] }),
  seeds: globs.optional().describe("Globs of the seed texts `plume rewrite` reads when given no paths, relative to this file.").meta({ default: ["seeds/**/*.{txt,md}"] }),
  ignores: globs.optional().describe("Globs never linted (node_modules and .git always are).").meta({ default: [] }),
  rules: external_exports.record(external_exports.string(), ruleEntrySchema).optional().describe('Rule severities and options: "error", "warning", "off", or [severity, { options }].').meta({ default: {} }),
  overrides: external_exports.array(external_exports.strictObject({
    files: globs.min(1).describe("Globs of the files this override applies to, relative to this file."),
    lang: external_exports.string().min(2).optional().describe("The language of these files."),
    rules: external_exports.record(external_exports.string(), ruleEntrySchema).optional().describe("Rules for these files; a bare severity keeps the options set before.")
  })).optional().describe("Settings for some files, applied in order on top of the rest.").meta({ default: [] }),
  markdownlint: external_exports.record(external_exports.string(), external_exports.unknown()).optional().describe('markdownlint\u2019s own configuration, merged on top of the rules that matter for articles; { "default": true } gives markdownlint\u2019s defaults.').meta({ default: {} }),
  words: external_exports.array(external_exports.string()).optional().describe("Words every language rule accepts (names, jargon).").meta({ default: [] }),
  /** The rewriter's settings: `@plume/core` owns and validates them; the linter passes them on. */
  rewrite: external_exports.record(external_exports.string(), external_exports.unknown()).describe("The rewriter's settings (plume rewrite and the Action), validated by @plume/core.").optional()
});

// ../linter/dist/config/resolve.js
var DEFAULT_ARTICLES = ["articles/**/*.md"];
var DEFAULT_SEEDS = ["seeds/**/*.{txt,md}"];
var PRESETS = {
  "plume:recommended": recommended,
  "plume:yoast": yoast
};
var MD_ID = /^MD\d{3}$/;
function formatPath(path) {
  let out = "";
  for (const key of path) {
    if (typeof key === "number")
      out += `[${key}]`;
    else
      out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
var normalizeSeverity = (severity) => severity === "warn" ? "warning" : severity;
function applyEntry(id, entry, previous, where, inOverride) {
  const [severityInput, options] = Array.isArray(entry) ? entry : [entry, void 0];
  const severity = normalizeSeverity(severityInput);
  if (MD_ID.test(id)) {
    if (options !== void 0) {
      return `${formatPath([...where, id, 1])}: markdownlint rule options go in the "markdownlint" key`;
    }
    return { severity, options: void 0 };
  }
  const rule = ruleById.get(id);
  if (!rule)
    return `${formatPath([...where, id])}: unknown rule "${id}"${didYouMean(id, [...ruleById.keys()])}`;
  if (options === void 0 && (previous || inOverride))
    return { severity, options: previous?.options };
  const parsed = rule.meta.options.safeParse(options ?? {}, { error: configErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue)
      return `${formatPath([...where, id, 1])}: invalid options`;
    const { path, message } = deepestIssue(issue);
    return `${formatPath([...where, id, 1, ...path])}: ${message}`;
  }
  return { severity, options: parsed.data };
}
function defaultSettings() {
  const settings = {};
  for (const [id, rule] of ruleById) {
    const meta = rule.meta;
    settings[id] = { severity: meta.defaultSeverity, options: meta.options.parse({}) };
  }
  return settings;
}
function applyEntries(base, entries, where, inOverride = false) {
  const out = { ...base };
  for (const [id, entry] of Object.entries(entries ?? {})) {
    const setting = applyEntry(id, entry, out[id], where, inOverride);
    if (typeof setting === "string")
      return setting;
    out[id] = setting;
  }
  return out;
}
function resolveConfig(raw, { baseDir, configPath }) {
  const fail = (error) => ({
    ok: false,
    error: configPath ? `${configPath}: ${error}` : error
  });
  const problem = checkConfigValues(raw);
  if (problem)
    return fail(problem);
  const parsed = configFileSchema.safeParse(raw ?? {}, { error: configErrorMap });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (!first)
      return fail("invalid configuration");
    const issue = deepestIssue(first);
    const path = formatPath(issue.path);
    return fail(`${path === "" ? "(root)" : path}: ${issue.message}`);
  }
  const file = parsed.data;
  const presetNames = file.extends === void 0 ? ["plume:recommended"] : [file.extends].flat();
  let rules = defaultSettings();
  for (const name of presetNames) {
    const preset = PRESETS[name];
    const applied = applyEntries(rules, preset, [name]);
    if (typeof applied === "string")
      return fail(applied);
    rules = applied;
  }
  const withRules = applyEntries(rules, file.rules, ["rules"]);
  if (typeof withRules === "string")
    return fail(withRules);
  const overrides = [];
  for (const [index, override] of (file.overrides ?? []).entries()) {
    const applied = applyEntries({}, override.rules, ["overrides", index, "rules"], true);
    if (typeof applied === "string")
      return fail(applied);
    overrides.push({ files: override.files, lang: override.lang, rules: applied });
  }
  for (const key of Object.keys(file.markdownlint ?? {})) {
    if (key !== "default" && key !== "$schema" && !/^[A-Za-z][\w-]*$/.test(key)) {
      return fail(`markdownlint.${key}: not a markdownlint rule name`);
    }
  }
  return {
    ok: true,
    config: {
      configPath,
      baseDir,
      extends: presetNames,
      lang: file.lang ?? "fr",
      articles: file.articles ?? [...DEFAULT_ARTICLES],
      seeds: file.seeds ?? [...DEFAULT_SEEDS],
      ignores: file.ignores ?? [],
      rules: withRules,
      overrides,
      markdownlint: file.markdownlint ?? {},
      words: file.words ?? [],
      rewrite: file.rewrite ?? {}
    }
  };
}
function settingsFor(config, relativePath) {
  let rules = config.rules;
  let lang = config.lang;
  const path = relativePath.split("\\").join("/");
  for (const override of config.overrides) {
    if (!import_picomatch.default.isMatch(path, override.files, { dot: true }))
      continue;
    rules = { ...rules };
    for (const [id, setting] of Object.entries(override.rules)) {
      rules[id] = { severity: setting.severity, options: setting.options ?? rules[id]?.options };
    }
    lang = override.lang ?? lang;
  }
  return { rules, lang };
}
function configRelative(config, path) {
  const absolute = isAbsolute(path) ? path : resolve(process.cwd(), path);
  return relative(config.baseDir, absolute).split("\\").join("/");
}

export {
  DEFAULT_ARTICLES,
  DEFAULT_SEEDS,
  PRESETS,
  formatPath,
  resolveConfig,
  settingsFor,
  configRelative
};
