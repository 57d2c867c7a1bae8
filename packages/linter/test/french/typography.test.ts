import { describe, expect, it } from 'vitest';
import { protectedRanges } from '../../src/french/prose.js';
import {
  applyIssues,
  NBSP,
  NNBSP,
  type TypographyOptions,
  typographyIssues,
} from '../../src/french/typography.js';

const options: TypographyOptions = { apostrophe: 'consistent', guillemets: true };
const fix = (text: string, from = 0, opts = options) => applyIssues(text, typographyIssues(text, from, opts));
const fix2 = (text: string, nonProse: { start: number; end: number }[]) =>
  applyIssues(text, typographyIssues(text, 0, options, nonProse));

describe('French typography', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
    expect(fix('Vraiment ? Oui ! Voici : un ; deux.')).toBe(
      `Vraiment${NNBSP}? Oui${NNBSP}! Voici${NBSP}: un${NNBSP}; deux.`,
    );
  });

  it('inserts the space when the mark is glued to the word but leaves times and URLs alone', () => {
    expect(fix('Bonjour! Il est 14:30, voir https://exemple.fr/a?b=c.')).toBe(
      `Bonjour${NNBSP}! Il est 14:30, voir https://exemple.fr/a?b=c.`,
    );
  });

  it('accepts either no-break space', () => {
    expect(
      typographyIssues(`Oui${NBSP}! Non${NNBSP}: «${NBSP}a${NNBSP}» et «${NNBSP}b${NBSP}»`, 0, options),
    ).toEqual([]);
  });

  it('puts no-break spaces inside guillemets', () => {
    expect(fix('Il a dit « bonjour » puis «merci».')).toBe(
      `Il a dit «${NBSP}bonjour${NBSP}» puis «${NBSP}merci${NBSP}».`,
    );
  });

  it('turns straight double quotes into guillemets', () => {
    expect(fix('Il a dit "bonjour" et " merci ".')).toBe(
      `Il a dit «${NBSP}bonjour${NBSP}» et «${NBSP}merci${NBSP}».`,
    );
  });

  it('leaves an odd number of straight quotes alone rather than guess', () => {
    expect(fix('Un pouce fait 2,54 cm, soit 1".')).toBe('Un pouce fait 2,54 cm, soit 1".');
  });

  it('fixes apostrophes toward ’ only, and accepts a consistent straight apostrophe', () => {
    expect(fix("L’eau, l’air et l'herbe.")).toBe('L’eau, l’air et l’herbe.');
    // The straight apostrophe is in the majority: still toward ’, never the reverse.
    expect(fix("L'eau, l'air et l’herbe.")).toBe('L’eau, l’air et l’herbe.');
    expect(typographyIssues("L'eau, l'air et l'herbe.", 0, options)).toEqual([]);
    expect(fix("L'eau, l’air.", 0, { ...options, apostrophe: 'typographic' })).toBe('L’eau, l’air.');
    expect(typographyIssues("L'eau, l’air.", 0, { ...options, apostrophe: 'straight' })).toEqual([]);
  });

  it('leaves emoticons alone', () => {
    for (const smiley of [':)', ':-)', ':-/', ';)', ':D', ':(', ':p']) {
      expect(typographyIssues(`C’est réglé ${smiley} et ensuite ${smiley}`, 0, options)).toEqual([]);
    }
  });

  it('leaves quotations in English as written, and still fixes French ones', () => {
    const english = 'Leur devise, "Move fast and break things", a fait long feu.';
    expect(typographyIssues(english, 0, options)).toEqual([]);
    expect(typographyIssues('Il a dit “What are you doing?” en riant.', 0, options)).toEqual([]);
    expect(fix('Elle a dit "nous verrons bien" hier.')).toBe(
      `Elle a dit «${NBSP}nous verrons bien${NBSP}» hier.`,
    );
  });

  it('leaves the ranges the Markdown parse marks as not prose', () => {
    const text = 'Texte ; <script>y = a.attr("y") ; </script> fin !';
    const start = text.indexOf('<script>');
    const end = text.indexOf('</script>') + '</script>'.length;
    expect(fix2(text, [{ start, end }])).toBe(
      `Texte${NNBSP}; <script>y = a.attr("y") ; </script> fin${NNBSP}!`,
    );
  });

  it('never touches front matter, code, URLs, HTML, link destinations or table rows', () => {
    const text = [
      '---',
      'title: "Titre : test"',
      '---',
      '',
      'Texte `a : b` et <span title="x ? y">ok</span> [lien](https://x.fr/?q=1 "t : t").',
      '',
      '```js',
      'const s = "a : b";',
      '```',
      '',
      '    code indenté : oui ?',
      '',
      '| a | b |',
      '| :-- | --: |',
      '',
      '<!-- note : rien -->',
      '',
    ].join('\n');
    const from = text.indexOf('Texte');
    expect(fix(text, from)).toBe(text);
  });

  it('is idempotent: fixing a fixed text changes nothing', () => {
    const text =
      'Il a dit : "c\'est fini" ! Pourquoi ? « Parce que »… L’eau ; l\'air !\n\nSuite: « oui»; non ?';
    const once = fix(text);
    expect(fix(once)).toBe(once);
    expect(typographyIssues(once, 0, options)).toEqual([]);
  });

  it('protects whole fenced blocks, even with blank lines inside', () => {
    const text = 'Avant :\n\n```\na : b\n\nc ? d\n```\n\nAprès !';
    const ranges = protectedRanges(text);
    const code = text.indexOf('```');
    expect(ranges).toEqual([{ start: code, end: text.indexOf('Après') - 1 }]);
  });
});
