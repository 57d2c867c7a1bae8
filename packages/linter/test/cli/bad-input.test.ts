import { describe, expect, it } from 'vitest';
import type { LintReport } from '../../src/report/types.js';
import { cli, goodArticle, project } from './helpers.js';

const fm = '---\ntitle: Un titre\ndescription: Une description.\n---\n\n';

describe('plume-lint on bad input', () => {
  it('reports every broken file clearly and still lints the good ones, in one run', async () => {
    // 40 levels: the parse grows with the square of the depth; bench/lint-stress.mjs lints 400.
    const nested = Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- niveau ${depth}`).join(
      '\n',
    );
    const root = project({
      'plume.config.json': JSON.stringify({ rules: { spelling: 'off', 'language-match': 'off' } }),
      'good.md': goodArticle(),
      'invalid-yaml.md': '---\ntitle: "pas fermé\ndescription: x\n---\n\nTexte.\n',
      'unclosed.md': '---\ntitle: x\ndescription: y\n\n## T\n\nTexte.\n',
      'not-a-mapping.md': '---\n- a\n- b\n---\n\nTexte.\n',
      'empty.md': '',
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'crlf.md': goodArticle('Un titre CRLF').replace(/\n/g, '\r\n'),
      'bom.md': `\ufeff${goodArticle('Un titre BOM')}`,
      'latin1.md': new Uint8Array(Buffer.from(`${fm}## Été\n\nÉlections à Lyon.\n`, 'latin1')),
      'nested.md': `${fm}## Listes\n\n${nested}\n`,
      'punctuation.md': `${fm}## Ponctuation\n\n${'!'.repeat(100_000)}\n\n${'.'.repeat(100_000)}\n\n${'« '.repeat(50_000)}\n\n${'<!-- plume-disable '.repeat(500)}\n`,
      'missing-source.md': `---\ntitle: Un titre\ndescription: Une description.\nsource: seeds/absent.txt\n---\n\n## T\n\nTexte.\n`,
    });
    // A 5 MB article is linted by bench/lint-stress.mjs: it took a minute of this test.
    const run = await cli(['.', '-f', 'json'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as LintReport;
    const byPath = new Map(report.files.map((file) => [file.path, file]));
    expect(report.files).toHaveLength(12);
    const messages = (path: string) =>
      byPath.get(path)?.diagnostics.map((d) => `${d.ruleId}@${d.line}: ${d.message}`) ?? [];
    const has = (path: string, ruleId: string, line: number, text: string) =>
      expect(
        messages(path).some((m) => m.startsWith(`${ruleId}@${line}:`) && m.includes(text)),
        messages(path).join('\n'),
      ).toBe(true);

    has('invalid-yaml.md', 'front-matter', 2, 'not valid YAML');
    has('unclosed.md', 'front-matter', 1, 'not closed');
    has('not-a-mapping.md', 'front-matter', 2, 'mapping');
    has('empty.md', 'front-matter', 1, 'found none');
    has('binary.md', 'file-encoding', 1, 'Not a text file');
    has('latin1.md', 'file-encoding', 1, 'Windows-1252');
    has('missing-source.md', 'faithful-source', 4, 'seeds/absent.txt');
    expect(byPath.get('latin1.md')?.metrics.words).toBe(4);
    for (const path of ['good.md', 'crlf.md', 'bom.md']) {
      expect(byPath.get(path)?.errorCount, messages(path).join('\n')).toBe(0);
    }
    const counts = (path: string) => {
      const metrics = byPath.get(path)?.metrics;
      return [metrics?.words, metrics?.h2, metrics?.sentences, metrics?.descriptionLength];
    };
    expect(counts('crlf.md')).toEqual(counts('good.md'));
    expect(counts('bom.md')).toEqual(counts('good.md'));
  });
});
