import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKDOWNLINT_RULES, MARKDOWNLINT_TAGS } from '../src/config/markdownlint-names.js';
import { resolveConfig } from '../src/config/resolve.js';

const resolve = (raw: string) =>
  resolveConfig(JSON.parse(raw), { baseDir: '/p', configPath: 'plume.config.json' });
const errorOf = (raw: string) => {
  const result = resolve(raw);
  return result.ok ? 'accepted' : result.error;
};

describe('config values that used to be accepted silently', () => {
  it('refuses a __proto__ key wherever it is', () => {
    expect(errorOf('{"rules": {"__proto__": "error"}}')).toBe(
      'plume.config.json: rules.__proto__: "__proto__" is not a valid key',
    );
    expect(errorOf('{"overrides": [{"files": ["a"], "rules": {"__proto__": {}}}]}')).toMatch(
      /overrides\[0\]\.rules\.__proto__/,
    );
  });

  it('refuses a markdownlint rule that does not exist', () => {
    expect(errorOf('{"rules": {"MD999": "error"}}')).toBe(
      'plume.config.json: rules.MD999: unknown markdownlint rule "MD999"',
    );
    expect(errorOf('{"markdownlint": {"MD999": true}}')).toBe(
      'plume.config.json: markdownlint.MD999: unknown markdownlint rule, alias or tag "MD999"',
    );
    expect(
      errorOf(
        '{"rules": {"MD033": "warning"}, "markdownlint": {"no-inline-html": false, "headings": true, "default": true}}',
      ),
    ).toBe('accepted');
  });

  it('refuses "maybe" as a severity or a markdownlint setting, naming the key', () => {
    expect(errorOf('{"rules": {"word-count": "maybe"}}')).toBe(
      'plume.config.json: rules.word-count: expected "error", "warning", "warn" or "off", got "maybe"',
    );
    expect(errorOf('{"rules": {"word-count": ["maybe", {"min": 3}]}}')).toMatch(
      /rules.word-count\[0\]: expected "error", "warning", "warn" or "off", got "maybe"/,
    );
    expect(errorOf('{"markdownlint": {"MD001": "maybe"}}')).toBe(
      'plume.config.json: markdownlint.MD001: expected true, false, "error", "warning" or an options object, got "maybe"',
    );
  });

  it('refuses a language no rule knows, and accepts a region', () => {
    expect(errorOf('{"lang": "xx-YY"}')).toMatch(
      /^plume\.config\.json: lang: unknown language "xx-YY" \(expected an ISO 639-1 code/,
    );
    expect(errorOf('{"overrides": [{"files": ["a"], "lang": "xx-YY"}]}')).toMatch(
      /overrides\[0\]\.lang: unknown language/,
    );
    expect(errorOf('{"lang": "fr-CA"}')).toBe('accepted');
    expect(errorOf('{"lang": "en"}')).toBe('accepted');
  });
});

describe('globs in the config', () => {
  it('refuses an extended glob, whose regular expression can take seconds per file', () => {
    const slow = '**/@(*|*)@(*|*)@(*|*)@(*|*)@(*|*)@(*|*)b';
    expect(errorOf(JSON.stringify({ ignores: ['drafts/**', slow] }))).toBe(
      'plume.config.json: ignores[1]: extended globs such as @(…) or *(…) are not supported (use several plain globs, or {a,b})',
    );
    expect(errorOf(JSON.stringify({ overrides: [{ files: ['+(a|b)/*.md'], rules: {} }] }))).toMatch(
      /overrides\[0\]\.files\[0\]: extended globs/,
    );
    expect(
      errorOf(JSON.stringify({ articles: ['articles/**/*.{md,markdown}'], ignores: ['**/_*.md'] })),
    ).toBe('accepted');
  });
});

describe('markdownlint names', () => {
  it('match the rules and tags of the installed markdownlint', () => {
    const require = createRequire(import.meta.url);
    const readme = readFileSync(join(require.resolve('markdownlint'), '..', '..', 'README.md'), 'utf8');
    const rules = [...readme.matchAll(/^\s*-\s+\*\*\[(MD\d{3})\]\([^)]*\)\*\*\s+\*([^*]+)\*/gm)].map((m) => [
      m[1],
      ...(m[2] as string).split('/').map((alias) => alias.trim()),
    ]);
    const section = readme.slice(readme.indexOf('## Tags'), readme.indexOf('## Configuration'));
    const tags = [...section.matchAll(/^-\s+\*\*`([\w-]+)`\*\*/gm)].map((m) => m[1]);
    expect(MARKDOWNLINT_RULES).toEqual(rules);
    expect(MARKDOWNLINT_TAGS).toEqual(tags);
  });
});
