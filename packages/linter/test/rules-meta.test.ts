import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';

const pkg = join(import.meta.dirname, '..');
const ids = rules.map((rule) => rule.meta.id);

describe('every rule in the registry', () => {
  it.each(ids)('%s has a docs page, a passing fixture and a failing fixture', (id) => {
    expect(existsSync(join(pkg, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    const dir = join(pkg, 'test/fixtures', id);
    const files = existsSync(dir) ? readdirSync(dir) : [];
    expect(
      files.some((file) => /^pass-.*\.md$/.test(file)),
      `test/fixtures/${id}/pass-*.md`,
    ).toBe(true);
    expect(
      files.some((file) => /^fail-.*\.md$/.test(file)),
      `test/fixtures/${id}/fail-*.md`,
    ).toBe(true);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))(
    '%s checks something: an article, a file, or what every article collected',
    (_id, rule) => {
      const phases = [rule.check, rule.checkFile, rule.collect && rule.checkProject].filter(Boolean);
      expect(phases.length).toBeGreaterThan(0);
      expect(Boolean(rule.collect), 'collect and checkProject come together').toBe(
        Boolean(rule.checkProject),
      );
    },
  );

  it('has kebab-case ids, each used once', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
