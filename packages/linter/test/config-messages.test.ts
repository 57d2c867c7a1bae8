import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config/json-schema.js';
import { loadConfig } from '../src/config/load.js';
import { resolveConfig } from '../src/config/resolve.js';
import { rules } from '../src/rules/index.js';

const resolve = (raw: unknown) => resolveConfig(raw, { baseDir: '/project' });
const errorOf = (raw: unknown): string => {
  const result = resolve(raw);
  if (result.ok) throw new Error('expected a configuration error');
  return result.error;
};

function configFile(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'plume-jsonc-'));
  writeFileSync(join(root, 'plume.config.json'), text);
  return root;
}

describe('plume.config.json is JSONC', () => {
  it('accepts comments and trailing commas, as markdownlint-cli2 and ESLint do', () => {
    const root = configFile(`{
  // The team's own minimum.
  "rules": {
    /* shorter briefs */ "word-count": ["error", { "min": 300, }],
  },
}
`);
    const loaded = loadConfig({ cwd: root });
    expect(loaded.ok && loaded.config.rules['word-count']?.options).toEqual({ min: 300 });
  });

  it('names the line and column of a syntax error', () => {
    const root = configFile('{\n  "lang": "fr"\n  "words": []\n}\n');
    const loaded = loadConfig({ cwd: root });
    expect(!loaded.ok && loaded.error).toBe(
      `${join(root, 'plume.config.json')}: invalid JSON at line 3, column 3: comma expected`,
    );
  });

  it('refuses an empty file', () => {
    const loaded = loadConfig({ cwd: configFile('  \n') });
    expect(!loaded.ok && loaded.error).toContain('invalid JSON: the file is empty');
  });
});

describe('strict configuration messages', () => {
  it('rejects a misspelt rule option, naming it and the options the rule has', () => {
    expect(errorOf({ rules: { 'word-count': ['error', { minimum: 500 }] } })).toBe(
      'rules.word-count[1]: unknown key "minimum" (did you mean "min"?); expected "min"',
    );
    expect(errorOf({ rules: { readability: ['error', { minscore: 40 }] } })).toBe(
      'rules.readability[1]: unknown key "minscore" (did you mean "minScore"?); expected "minScore", "minSentenceScore", "minSentenceWords", "age", "scope", "minSentences" or "minWords"',
    );
    expect(errorOf({ rules: { 'word-count': ['error', { words: 500 }] } })).toBe(
      'rules.word-count[1]: unknown key "words"; expected "min"',
    );
    expect(errorOf({ rules: { 'meta-description': ['error', { max: 150, mx: 1 }] } })).toContain(
      'unknown key "mx" (did you mean "max"?); expected "min" or "max"',
    );
  });

  it('lists the severities when one is wrong', () => {
    expect(errorOf({ rules: { 'word-count': 'fatal' } })).toBe(
      'rules.word-count: expected "error", "warning", "warn" or "off", got "fatal"',
    );
    expect(errorOf({ rules: { 'word-count': ['eror', { min: 1 }] } })).toBe(
      'rules.word-count[0]: expected "error", "warning", "warn" or "off", got "eror" (did you mean "error"?)',
    );
  });

  it('lists the values of an option that is an enumeration', () => {
    expect(errorOf({ rules: { 'french-typography': ['warning', { apostrophe: 'curly' }] } })).toBe(
      'rules.french-typography[1].apostrophe: expected "consistent", "typographic" or "straight", got "curly"',
    );
  });

  it('suggests the closest key, rule and preset', () => {
    expect(errorOf({ rule: {} })).toMatch(
      /^\(root\): unknown key "rule" \(did you mean "rules"\?\); expected /,
    );
    expect(errorOf({ rules: { 'word-cont': 'error' } })).toBe(
      'rules.word-cont: unknown rule "word-cont" (did you mean "word-count"?)',
    );
    expect(errorOf({ overrides: [{ files: ['a/**'], rule: {} }] })).toContain(
      'overrides[0]: unknown key "rule" (did you mean "rules"?)',
    );
    expect(errorOf({ extends: 'plume:recomended' })).toBe(
      'extends: expected "plume:recommended" or "plume:yoast", got "plume:recomended" (did you mean "plume:recommended"?)',
    );
    expect(errorOf({ extends: ['plume:recommended', 'yoast'] })).toContain('extends[1]: expected');
  });

  it('names a rule id without a suggestion when none is close', () => {
    expect(errorOf({ rules: { 'no-such-rule': 'error' } })).toBe(
      'rules.no-such-rule: unknown rule "no-such-rule"',
    );
  });
});

describe('the JSON Schema', () => {
  const schema = configJsonSchema() as {
    properties: Record<
      string,
      { description?: string; default?: unknown; properties?: Record<string, unknown> }
    >;
  };

  it('describes every key and gives its default', () => {
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, key).toBeTruthy();
      if (key !== '$schema' && key !== 'rewrite') expect(property, key).toHaveProperty('default');
    }
  });

  it('describes every rule with its default severity and every option with its default', () => {
    const ruleProperties = schema.properties.rules?.properties as Record<string, Record<string, unknown>>;
    for (const rule of rules) {
      const entry = ruleProperties[rule.meta.id];
      expect(entry?.description, rule.meta.id).toContain(rule.meta.description);
      expect(entry?.default, rule.meta.id).toBe(rule.meta.defaultSeverity);
      const branches = (entry?.anyOf ?? []) as { items?: unknown[] }[];
      const options = branches.at(-1)?.items?.[1] as {
        properties?: Record<string, { description?: string }>;
      };
      expect(options, rule.meta.id).toHaveProperty('additionalProperties', false);
      for (const [name, option] of Object.entries(options.properties ?? {})) {
        expect(option.description, `${rule.meta.id}.${name}`).toBeTruthy();
        expect(option, `${rule.meta.id}.${name}`).toHaveProperty('default');
      }
    }
  });

  it('accepts the configurations the linter accepts and rejects what it rejects', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const repoConfig = readFileSync(join(import.meta.dirname, '..', '..', '..', 'plume.config.json'), 'utf8');
    const good = [
      JSON.parse(repoConfig),
      {
        extends: ['plume:recommended', 'plume:yoast'],
        rules: { 'word-count': ['warn', { min: 300 }], MD033: 'off' },
      },
      { overrides: [{ files: ['breves/**'], rules: { 'word-count': ['error', { min: 300 }] } }] },
    ];
    for (const config of good) {
      expect(resolve(config).ok).toBe(true);
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    }
    const bad = [
      { rules: { 'word-count': ['error', { minimum: 500 }] } },
      { rules: { 'word-count': 'fatal' } },
      { extends: 'plume:strict' },
      { rule: {} },
    ];
    for (const config of bad) {
      expect(resolve(config).ok).toBe(false);
      expect(validate(config)).toBe(false);
    }
  });
});
