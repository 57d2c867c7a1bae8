import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/article.js';
import { resolveConfig } from '../src/config/resolve.js';
import { lintDocument } from '../src/lint/lint-document.js';

const config = (() => {
  const result = resolveConfig({}, { baseDir: import.meta.dirname });
  if (!result.ok) throw new Error(result.error);
  return result.config;
})();

const build = (text: string): Article => {
  const article = lintDocument({ path: 'x.md', text, config }).article;
  if (!article) throw new Error('no article');
  return article;
};

describe('the Article model', () => {
  it('reads the front matter with the line of each key', () => {
    const article = build('---\ntitle: Un titre\ndescription: Une description\nlang: en\n---\n\nTexte.\n');
    expect(article.title?.text).toBe('Un titre');
    expect(article.title?.start.line).toBe(2);
    expect(article.description).toBe('Une description');
    expect(article.lang).toBe('en');
    expect(article.frontMatter.keyLines).toEqual({ title: 2, description: 3, lang: 4 });
    expect(article.body.start.line).toBe(7);
  });

  it('counts the rendered text only: no code, blockquotes, alt text, URLs, tags or syntax', () => {
    const article = build(
      [
        '# Titre **gras**',
        '',
        'Du *texte* [un lien](http://example.com/a-b-c "titre") ![alt ignoré](i.png) `code` <b>html</b> https://ex.com',
        '',
        '> Une citation ignorée',
        '',
        '```',
        'du code ignoré',
        '```',
        '',
        '- un item',
        '',
        '| a | b |',
        '|---|---|',
        '| c | d |',
        '',
        '<div>bloc <i>html</i></div>',
        '',
      ].join('\n'),
    );
    expect(article.body.words.map((word) => word.text)).toEqual([
      'Titre',
      'gras',
      'Du',
      'texte',
      'un',
      'lien',
      'html',
      'un',
      'item',
      'a',
      'b',
      'c',
      'd',
      'bloc',
      'html',
    ]);
  });

  it('splits words where an element begins or ends inside a word, as Yoast counts them', () => {
    const article = build(
      'Télécharger l’<a href="https://example.com">application</a> ou l’[outil](https://example.com), l’**aide** et 1<sup>er</sup> mai.\n',
    );
    expect(article.body.words.map((word) => word.text)).toEqual([
      'Télécharger',
      'l',
      'application',
      'ou',
      'l',
      'outil',
      'l',
      'aide',
      'et',
      '1',
      'er',
      'mai',
    ]);
    // The text itself is unchanged: only the counting splits.
    expect(article.body.plainText).toContain('l’application ou l’outil');
    expect(article.body.plainText).toContain('l’aide et 1er mai.');
  });

  it('leaves out the text of HTML blockquotes, pre and code, as Yoast does', () => {
    const article = build(
      '<p>Avant la citation.</p>\n<blockquote class="q">\n<p>« Une citation ignorée. »</p>\n</blockquote>\n\n<p>Après <code>ignoré</code> fin.</p>\n',
    );
    expect(article.body.words.map((word) => word.text)).toEqual(['Avant', 'la', 'citation', 'Après', 'fin']);
  });

  it('counts the text of footnote definitions, which the page shows, but not the labels', () => {
    const article = build('---\ntitle: T\n---\n\nUn texte[^1] ici.\n\n[^1]: Une note de bas de page.\n');
    expect(article.body.words.map((word) => word.text)).toEqual([
      'Un',
      'texte',
      'ici',
      'Une',
      'note',
      'de',
      'bas',
      'de',
      'page',
    ]);
  });

  it('maps each word to its line and column in the file, CRLF and BOM included', () => {
    const article = build('\ufeff---\r\ntitle: T\r\n---\r\n\r\nUn **mot** ici.\r\nSuite.\r\n');
    const [un, mot, ici, suite] = article.body.words;
    expect(un?.start).toMatchObject({ line: 5, column: 1 });
    expect(mot?.start).toMatchObject({ line: 5, column: 6 });
    expect(mot?.end).toMatchObject({ line: 5, column: 9 });
    expect(ici?.start).toMatchObject({ line: 5, column: 12 });
    expect(suite?.start).toMatchObject({ line: 6, column: 1 });
  });

  it('splits the body into sections under each H2, with paragraphs and sentences', () => {
    const article = build(
      'Intro courte.\n\n## Un\n\nPremière phrase. Deuxième phrase.\n\n### Sous-titre\n\nTrois.\n\n## Deux\n\nQuatre mots ici maintenant.\n',
    );
    expect(article.body.sections.map((section) => [section.heading?.text, section.words])).toEqual([
      [undefined, 2],
      ['Un', 5],
      ['Deux', 4],
    ]);
    expect(article.body.paragraphs).toHaveLength(4);
    expect(article.body.paragraphs[1]?.sentences.map((sentence) => sentence.text)).toEqual([
      'Première phrase.',
      'Deuxième phrase.',
    ]);
  });

  it('takes the body H1 as the title when the front matter has none', () => {
    const article = build('# Le vrai titre\n\nTexte.\n');
    expect(article.title?.text).toBe('Le vrai titre');
    expect(article.title?.start.line).toBe(1);
  });

  it('finds quotations with their positions', () => {
    const article = build('Il a dit « nous partons » puis “non”.\n');
    expect(article.body.quotes.map((quote) => [quote.text, quote.start.column])).toEqual([
      ['« nous partons »', 10],
      ['“non”', 32],
    ]);
  });

  it('reports broken front matter as data with its line', () => {
    expect(build('---\ntitle: x\n\nTexte.\n').frontMatter.error).toMatchObject({ line: 1 });
    expect(build('---\ntitle: x\n  bad: [\n---\nTexte.\n').frontMatter.error?.line).toBeGreaterThan(1);
    expect(build('---\n- a\n- b\n---\nTexte.\n').frontMatter.error?.message).toContain('mapping');
  });
});
