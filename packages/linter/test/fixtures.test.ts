import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/api.js';
import { resolveConfig } from '../src/config/resolve.js';
import { rules } from '../src/rules/index.js';

/**
 * Every rule's fixtures in test/fixtures/<rule-id>/: `pass-*.md` must raise no diagnostic of
 * that rule; `fail-*.md` must raise exactly the ones listed in `fail-*.expected.json`, each with
 * its full span (`[{ "line": 3, "column": 1, "endLine": 3, "endColumn": 9, "message"?: "substring" }]`). An optional `config.json` in the
 * folder (or `<fixture>.config.json`) is the plume config used; paths resolve from the folder.
 * Files named `<fixture>.with-*.md` are linted together with the fixture (cross-file rules).
 */
const root = join(import.meta.dirname, 'fixtures');

interface Expected {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message?: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function configFor(dir: string, file: string) {
  const own = join(dir, file.replace(/\.md$/, '.config.json'));
  const shared = join(dir, 'config.json');
  const raw = existsSync(own) ? readJson(own) : existsSync(shared) ? readJson(shared) : {};
  const resolved = resolveConfig(raw, { baseDir: dir });
  if (!resolved.ok) throw new Error(`${dir}: ${resolved.error}`);
  return resolved.config;
}

const ruleIds = rules.map((rule) => rule.meta.id).filter((id) => existsSync(join(root, id)));

describe.each(ruleIds)('fixtures of %s', (id) => {
  const dir = join(root, id);
  const all = readdirSync(dir);
  const files = all.filter((file) => /^(pass|fail)-[^.]*\.md$/.test(file));
  it.each(files)('%s', async (file) => {
    const stem = file.replace(/\.md$/, '');
    const companions = all.filter((other) => other.startsWith(`${stem}.with-`) && other.endsWith('.md'));
    const report = await lintFiles([file, ...companions], {
      cwd: dir,
      config: configFor(dir, file),
      concurrency: 0,
    });
    const result = report.files.find((item) => item.path === file);
    const found = (result?.diagnostics ?? []).filter((diagnostic) => diagnostic.ruleId === id);
    if (file.startsWith('pass-')) {
      expect(found.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message}`)).toEqual([]);
      return;
    }
    const expectedPath = join(dir, file.replace(/\.md$/, '.expected.json'));
    expect(existsSync(expectedPath), `${expectedPath} lists the expected diagnostics`).toBe(true);
    const expected = readJson(expectedPath) as Expected[];
    expect(
      found.length,
      found.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message}`).join('\n'),
    ).toBe(expected.length);
    expected.forEach((want, index) => {
      const got = found[index];
      const span = (d: Expected | undefined) => [d?.line, d?.column, d?.endLine, d?.endColumn];
      expect(span(want).every(Number.isInteger), `${expectedPath}: entry ${index} pins its full span`).toBe(
        true,
      );
      expect(span(got), got?.message).toEqual(span(want));
      if (want.message !== undefined) expect(got?.message).toContain(want.message);
    });
  });
});
