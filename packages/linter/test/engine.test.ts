import { describe, expect, it } from 'vitest';
import { fix, lintText } from '../src/api.js';

const article = (body: string, frontMatter = 'title: Un titre\ndescription: Une description.') =>
  `---\n${frontMatter}\n---\n\n${body}`;
const ids = (text: string, config = {}) =>
  (lintText(text, { config }).files[0]?.diagnostics ?? []).map((diagnostic) => diagnostic.ruleId);

describe('the runner', () => {
  it('stamps rule id, severity, docs url and fixable on every diagnostic', () => {
    const [diagnostic] =
      lintText(article('## Titre\n\nTexte.\n')).files[0]?.diagnostics.filter(
        (item) => item.ruleId === 'word-count',
      ) ?? [];
    expect(diagnostic).toMatchObject({
      ruleId: 'word-count',
      severity: 'error',
      fixable: false,
      line: 6,
      column: 1,
    });
    expect(diagnostic?.url).toMatch(/docs\/rules\/word-count\.md$/);
  });

  it('honours plume-disable, plume-enable, plume-disable-next-line and plume-disable-file', () => {
    const body = '## Titre\n\nTexte.\n';
    expect(ids(article(`<!-- plume-disable-file word-count -->\n\n${body}`))).not.toContain('word-count');
    expect(ids(article(`<!-- plume-disable word-count -->\n\n${body}`))).not.toContain('word-count');
    expect(
      ids(article(`<!-- plume-disable word-count -->\n<!-- plume-enable word-count -->\n\n${body}`)),
    ).toContain('word-count');
    const html = article(
      '## Titre\n\n<!-- plume-disable-next-line MD033 -->\nUn <b>mot</b>.\n\nDeux <b>mots</b>.\n',
    );
    expect(ids(html).filter((id) => id === 'MD033')).toHaveLength(1);
  });

  it('ignores directives inside code blocks', () => {
    expect(ids(article('```\n<!-- plume-disable-file word-count -->\n```\n\n## T\n\nTexte.\n'))).toContain(
      'word-count',
    );
  });

  it('runs only the article markdownlint rules by default, MD025 as an error', () => {
    const report = lintText(article('# Un second titre\n\n## T\n\n  Texte   avec espaces.  \n'));
    const diagnostics = report.files[0]?.diagnostics ?? [];
    expect(diagnostics.find((item) => item.ruleId === 'MD025')?.severity).toBe('error');
    expect(diagnostics.some((item) => item.ruleId === 'MD009')).toBe(false);
  });

  it('counts the front-matter title as the H1 for MD025, and only then', () => {
    const withTitle = lintText(article('# Un titre dans le corps\n\n## T\n')).files[0]?.diagnostics ?? [];
    expect(withTitle.filter((d) => d.ruleId === 'MD025').map((d) => d.line)).toEqual([6]);
    const noTitle =
      lintText('---\ndescription: D.\n---\n\n# Seul titre\n\n## T\n').files[0]?.diagnostics ?? [];
    expect(noTitle.some((d) => d.ruleId === 'MD025')).toBe(false);
    const twoH1 = lintText('---\ndescription: D.\n---\n\n# Un\n\n# Deux\n').files[0]?.diagnostics ?? [];
    expect(twoH1.filter((d) => d.ruleId === 'MD025').map((d) => d.line)).toEqual([7]);
  });

  it('counts the front-matter title as the H1 for MD001: the first heading is an H2', () => {
    const ids001 = (text: string) =>
      (lintText(text).files[0]?.diagnostics ?? []).filter((d) => d.ruleId === 'MD001').map((d) => d.line);
    expect(ids001(article('### Trop profond\n\nTexte.\n'))).toEqual([6]);
    expect(ids001(article('## Bien\n\n### Puis\n\nTexte.\n'))).toEqual([]);
    expect(ids001('---\ndescription: D.\n---\n\n### Sans titre\n')).toEqual([]);
  });

  it('reports markdownlint problems at their file line, after the front matter', () => {
    const diagnostics = lintText(article('## T\n\nUn [lien vide]().\n')).files[0]?.diagnostics ?? [];
    expect(diagnostics.find((d) => d.ruleId === 'MD042')?.line).toBe(8);
  });

  it('turns on markdownlint defaults with {"default": true}, and MD rules off from `rules`', () => {
    const text = article('## T\n\nTexte avec espaces.   \n');
    expect(ids(text, { markdownlint: { default: true } })).toContain('MD009');
    expect(ids(article('## T\n\nUn <b>mot</b>.\n'), { rules: { MD033: 'off' } })).not.toContain('MD033');
  });

  it('reports front-matter problems at the line of their key', () => {
    const [diagnostic] = (
      lintText('---\ntitle: T\ndescription: ""\n---\n\n## T\n').files[0]?.diagnostics ?? []
    ).filter((item) => item.ruleId === 'front-matter');
    expect(diagnostic?.line).toBe(3);
  });

  it('points front-matter diagnostics at their key with CR-only line endings too', () => {
    const text = '---\rtitle: T\rdescription: ""\r---\r\r## T\r';
    const found = (lintText(text).files[0]?.diagnostics ?? []).find((d) => d.ruleId === 'front-matter');
    expect(found).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 16 });
  });

  it('computes the metrics of the JSON report', () => {
    const report = lintText(article('## Première partie\n\nUne phrase simple. Une autre phrase.\n'));
    expect(report.files[0]?.metrics).toMatchObject({
      words: 8,
      h2: 1,
      titleLength: 8,
      descriptionLength: 16,
      sentences: 3,
    });
    expect(report.version).toBe(1);
  });

  it('fixes what markdownlint can fix, through fix()', () => {
    const fixed = fix(article('## T\n\nTexte.   \n'), {
      config: { markdownlint: { default: false, MD009: true } },
    });
    expect(fixed).toContain('Texte.\n');
  });
});

describe('metrics', () => {
  it('gives the same French reading ease as the readability module', async () => {
    const { fleschFr } = await import('../src/french/flesch.js');
    const { lintDocument } = await import('../src/lint/lint-document.js');
    const { resolveConfig } = await import('../src/config/resolve.js');
    const resolved = resolveConfig({}, { baseDir: import.meta.dirname });
    if (!resolved.ok) throw new Error(resolved.error);
    const text = article(
      '## Partie\n\nLe chat dort sur le canapé. Les enfants jouent dehors depuis ce matin.\n',
    );
    const output = lintDocument({ path: 'x.md', text, config: resolved.config });
    expect(output.result.metrics.fleschFr).toBe(fleschFr(output.article?.body.sentences ?? []));
    expect(output.result.metrics.fleschFr).toBeGreaterThan(0);
  });
});
