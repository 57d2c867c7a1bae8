import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/api.js';
import { resolveConfig } from '../src/config/resolve.js';
import { project } from './cli/helpers.js';

const article = (source = '') =>
  `---\ntitle: Un titre\ndescription: Une description.\n${source}---\n\n## T\n\nTexte.\n`;

/** Marks every cached result, so a reused one is recognisable. */
function markCache(root: string): void {
  const file = join(root, '.plumecache', 'lint-cache.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const entry of Object.values(data.entries) as {
    outcome: { result: { diagnostics: { message: string }[] } };
  }[]) {
    for (const diagnostic of entry.outcome.result.diagnostics) diagnostic.message = 'FROM CACHE';
  }
  writeFileSync(file, JSON.stringify(data));
}

const fromCache = async (root: string, raw: unknown = {}) => {
  const resolved = resolveConfig(raw, { baseDir: root });
  if (!resolved.ok) throw new Error(resolved.error);
  const report = await lintFiles(['.'], {
    cwd: root,
    config: resolved.config,
    cacheLocation: '.plumecache',
    concurrency: 0,
  });
  return Object.fromEntries(
    report.files.map((file) => [file.path, file.diagnostics.some((d) => d.message === 'FROM CACHE')]),
  );
};

describe('--cache', () => {
  it('reuses results of files whose content, source, config and version are unchanged', async () => {
    const root = project({
      'same.md': article(),
      'edited.md': article(),
      'with-source.md': article('source: seed.txt\n'),
      'bom-crlf-source.md': `\uFEFF${article('"source": seed.txt\n').replace(/\n/g, '\r\n')}`,
      'body-says-source.md': `${article()}\nsource: seed.txt\n`,
      'seed.txt': 'Le texte source.',
    });
    await fromCache(root);
    markCache(root);
    writeFileSync(join(root, 'edited.md'), `${article()}\nUne ligne de plus.\n`);
    writeFileSync(join(root, 'seed.txt'), 'Le texte source, modifié.');
    // A source named in the front matter (however it is written) is part of the key; the
    // same words in the body are not.
    expect(await fromCache(root)).toEqual({
      'bom-crlf-source.md': false,
      'body-says-source.md': true,
      'edited.md': false,
      'same.md': true,
      'with-source.md': false,
    });
    markCache(root);
    expect(await fromCache(root, { rules: { 'word-count': ['error', { min: 10 }] } })).toEqual({
      'bom-crlf-source.md': false,
      'body-says-source.md': false,
      'edited.md': false,
      'same.md': false,
      'with-source.md': false,
    });
  });

  it('gives back the report a fresh lint gives, docs URLs and key order included', async () => {
    const root = project({
      'a.md': `${article()}\n# Un second titre\n\nUn texte "entre guillemets" : voila.\n`,
      'b.md': article('source: seed.txt\n')
        .replace('Un titre', 'Un autre titre')
        .replace('Une description', 'Un résumé'),
      'seed.txt': 'Le texte source.',
    });
    const lint = (cacheLocation?: string) => lintFiles(['.'], { cwd: root, cacheLocation, concurrency: 0 });
    const fresh = await lint();
    expect(fresh.files.flatMap((file) => file.diagnostics.map((d) => d.url))).toContain(
      'https://github.com/DavidAnson/markdownlint/blob/v0.42.1/doc/md025.md',
    );
    await lint('.plumecache');
    markCache(root);
    const cached = await lint('.plumecache');
    // Reused, the project phase's diagnostics with the rest.
    expect(cached.files.every((file) => file.diagnostics.some((d) => d.message === 'FROM CACHE'))).toBe(true);
    const freshFile = new Map(fresh.files.map((file) => [file.path, file]));
    const unmarked = cached.files.map((file) => ({
      ...file,
      diagnostics: file.diagnostics.map((d, i) => ({
        ...d,
        message: freshFile.get(file.path)?.diagnostics[i]?.message,
      })),
    }));
    expect(JSON.stringify(unmarked)).toBe(JSON.stringify(fresh.files));
  });

  it("keeps the project phase's diagnostics until what a file collected for it changes", async () => {
    const root = project({
      'a.md': article(),
      'b.md': article(),
      'c.md': article().replace('Un titre', 'Autre'),
    });
    const sharedTitle = async () => {
      const report = await lintFiles(['.'], { cwd: root, cacheLocation: '.plumecache', concurrency: 0 });
      return report.files
        .filter((file) =>
          file.diagnostics.some((d) => d.ruleId === 'unique-metadata' && /title/u.test(d.message)),
        )
        .map((file) => file.path);
    };
    expect(await sharedTitle()).toEqual(['a.md', 'b.md']);
    // All cached: the project phase's diagnostics come from the cache (a.md's, moved to c.md
    // there, show up on c.md).
    const file = join(root, '.plumecache', 'lint-cache.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.project.diagnostics['c.md'] = data.project.diagnostics['a.md'];
    delete data.project.diagnostics['a.md'];
    writeFileSync(file, JSON.stringify(data));
    expect(await sharedTitle()).toEqual(['b.md', 'c.md']);
    // A damaged project phase is worked out again.
    data.project.diagnostics['c.md'] = [{}];
    writeFileSync(file, JSON.stringify(data));
    expect(await sharedTitle()).toEqual(['a.md', 'b.md']);
    // b.md is linted afresh; a.md, still cached, no longer shares its title.
    writeFileSync(join(root, 'b.md'), article().replace('Un titre', 'Un titre nouveau'));
    expect(await sharedTitle()).toEqual([]);
    writeFileSync(join(root, 'c.md'), article());
    expect(await sharedTitle()).toEqual(['a.md', 'c.md']);
  });
});
