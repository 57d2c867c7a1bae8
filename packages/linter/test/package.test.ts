import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/package/version.js';
import { docsUrl, REPOSITORY_URL, rules } from '../src/rules/index.js';

const packageDir = join(import.meta.dirname, '..');
const repositoryRoot = join(packageDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
  repository: { url: string; directory: string };
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
};

describe('the published package', () => {
  it('reports the version of its package.json (pnpm version-packages keeps them equal)', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('links rule docs to this repository at the release tag, where the page exists', () => {
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    for (const rule of rules) {
      const url = docsUrl(rule.meta.id);
      const prefix = `${REPOSITORY_URL}/blob/v${pkg.version}/`;
      expect(url.startsWith(prefix), url).toBe(true);
      expect(existsSync(join(repositoryRoot, url.slice(prefix.length))), url).toBe(true);
      expect(url.slice(prefix.length)).toBe(`${pkg.repository.directory}/docs/rules/${rule.meta.id}.md`);
    }
  });

  it('ships its executable, licence, docs and schema', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'docs', 'schema']));
    for (const bin of Object.values(pkg.bin)) expect(existsSync(join(packageDir, bin)), bin).toBe(true);
    expect(readFileSync(join(packageDir, 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(pkg.engines.node).toBe('>=22');
  });
});
