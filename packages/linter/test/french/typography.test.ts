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

  it('makes apostrophes consistent with the style the text uses most', () => {
    expect(fix("L’eau, l’air et l'herbe.")).toBe('L’eau, l’air et l’herbe.');
    expect(fix("L'eau, l'air et l’herbe.")).toBe("L'eau, l'air et l'herbe.");
    expect(fix("L'eau, l’air.", 0, { ...options, apostrophe: 'typographic' })).toBe('L’eau, l’air.');
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
