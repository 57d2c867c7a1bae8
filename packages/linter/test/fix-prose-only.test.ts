import { describe, expect, it } from 'vitest';
import { fix } from '../src/api.js';
import { keepProseFixes } from '../src/markdown/prose-regions.js';

const FRONT_MATTER = `---
title: "Un test : du code partout"
description: "Écrit à la main : chaque région qui n'est pas de la prose reste intacte quand Plume corrige la typographie du texte."
---
`;

const fixed = (body: string) => fix(`${FRONT_MATTER}\n${body}`).slice(FRONT_MATTER.length + 1);

describe('--fix changes prose only', () => {
  it('leaves scripts, styles and preformatted text alone, and fixes the prose around them', () => {
    const body = [
      'Le texte ; la suite !',
      '',
      '<script>',
      'var y = text.attr("y") ; if (a) { b() ; }',
      '</script>',
      '',
      '<style>',
      '.note { padding: 0.2em; margin: 0 ; }',
      '</style>',
      '',
      '<pre>',
      'Bonjour : "monde" !',
      '</pre>',
      '',
    ].join('\n');
    const out = fixed(body);
    expect(out).toContain('Le texte\u202f; la suite\u202f!');
    expect(out).toContain('var y = text.attr("y") ; if (a) { b() ; }');
    expect(out).toContain('.note { padding: 0.2em; margin: 0 ; }');
    expect(out).toContain('Bonjour : "monde" !');
  });

  it('leaves inline code elements and text marked as another language alone', () => {
    const out = fixed(
      'Tapez <kbd>Ctrl ; ?</kbd>, <code>a = "b" ; c</code> et <span lang="en">"Why?" she said: "no!"</span> ; fin !\n',
    );
    expect(out).toBe(
      'Tapez <kbd>Ctrl ; ?</kbd>, <code>a = "b" ; c</code> et <span lang="en">"Why?" she said: "no!"</span>\u202f; fin\u202f!\n',
    );
  });

  it('does not fix what an inline directive silences', () => {
    const body =
      '<!-- plume-disable french-typography -->\nExclu : "rien" ne change !\n<!-- plume-enable french-typography -->\n\nInclus : oui !\n';
    const out = fixed(body);
    expect(out).toContain('Exclu : "rien" ne change !');
    expect(out).toContain('Inclus\u00a0: oui\u202f!');
  });

  it('never turns ’ into a straight apostrophe, even where straight ones are the majority', () => {
    const out = fixed("L'équipe, l'école et l'État : l’avis de l’élu.\n");
    expect(out).toBe('L’équipe, l’école et l’État\u00a0: l’avis de l’élu.\n');
  });

  it('drops a fix that would touch a non-prose range and says the diagnostic is not fixable', () => {
    const ranges = [{ start: 10, end: 20 }];
    const inside = { fixable: true };
    const edge = { fixable: true };
    const outside = { fixable: true };
    const fixOf = new Map([
      [inside, { start: 12, end: 13, text: 'x' }],
      [edge, { start: 10, end: 10, text: 'x' }],
      [outside, { start: 20, end: 21, text: 'x' }],
    ]);
    expect(keepProseFixes([inside, edge, outside], fixOf, ranges)).toEqual([
      fixOf.get(edge),
      fixOf.get(outside),
    ]);
    expect([inside.fixable, edge.fixable, outside.fixable]).toEqual([false, true, true]);
  });
});

describe('--fix and static-site generators', () => {
  it('leaves Jekyll and Hugo code blocks, template tags and attribute lists alone', () => {
    const body = [
      '{% highlight js %}',
      'var a = "b" ; alert(a) !',
      '{% endhighlight %}',
      '',
      '{{< highlight go >}}',
      'fmt.Println("x") ; // ok ?',
      '{{< /highlight >}}',
      '',
      'Un [lien](https://exemple.fr){: target="_blank"} et {{ page.title }} ; fin !',
      '',
    ].join('\n');
    const out = fixed(body);
    expect(out).toContain('var a = "b" ; alert(a) !');
    expect(out).toContain('fmt.Println("x") ; // ok ?');
    expect(out).toContain('{: target="_blank"} et {{ page.title }}\u202f; fin\u202f!');
  });
});
