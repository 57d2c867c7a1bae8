import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';

// markdownlint does not export its rule list; its README's rule table has every name and alias.
const require = createRequire(import.meta.url);
const readme = readFileSync(join(require.resolve('markdownlint'), '..', '..', 'README.md'), 'utf8');

function markdownlintNames(): { names: Set<string>; tags: Set<string> } {
  const names = new Set<string>();
  for (const match of readme.matchAll(/^\s*-\s+\*\*\[(MD\d{3})\]\([^)]*\)\*\*\s+\*([^*]+)\*/gm)) {
    names.add((match[1] as string).toLowerCase());
    for (const alias of (match[2] as string).split('/')) names.add(alias.trim().toLowerCase());
  }
  const tags = new Set<string>();
  const section = readme.slice(readme.indexOf('## Tags'), readme.indexOf('## Configuration'));
  for (const match of section.matchAll(/^-\s+\*\*`([\w-]+)`\*\*/gm))
    tags.add((match[1] as string).toLowerCase());
  return { names, tags };
}

/**
 * markdownlint's tag `spelling` (MD044) predates Plume's `spelling` rule, which DESIGN §4.3 names.
 * Tags only group rules inside markdownlint's own config key, where Plume ids never go.
 */
const KNOWN_TAG_OVERLAP = new Set(['spelling']);

describe('Plume rule ids', () => {
  const { names, tags } = markdownlintNames();

  it('reads markdownlint rule names and tags', () => {
    expect(names.has('single-h1')).toBe(true);
    expect(names.has('md025')).toBe(true);
    expect(tags.has('language')).toBe(true);
  });

  it('never take a markdownlint rule name or alias', () => {
    for (const rule of rules) expect(names.has(rule.meta.id), rule.meta.id).toBe(false);
  });

  it('never take a markdownlint tag (apart from the documented overlap)', () => {
    for (const rule of rules) {
      if (KNOWN_TAG_OVERLAP.has(rule.meta.id)) continue;
      expect(tags.has(rule.meta.id), rule.meta.id).toBe(false);
    }
  });
});
