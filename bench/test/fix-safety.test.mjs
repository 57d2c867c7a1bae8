import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSafety, nonProseRegions } from '../fix-safety.mjs';
import { corpusFiles } from '../lib/paths.mjs';
import { linterApiMissing } from '../lib/plume-linter.mjs';

const fixture = join(import.meta.dirname, 'fixtures', 'fix-safety.md');
const count = (text, char) => text.split(char).length - 1;

describe('non-prose regions (the oracle)', () => {
  it('sees a change inside a script, a style, a code span, a URL or the front matter', () => {
    const text = readFileSync(fixture, 'utf8');
    const before = nonProseRegions(text);
    for (const [from, to] of [
      ['attr("y")', 'attr(« y »)'],
      ['padding: 0.2em;', 'padding\u00a0: 0.2em;'],
      ['`code "en ligne" ; ici`', '`code « en ligne » ; ici`'],
      ['?a=1', '\u00a0?a=1'],
      ["n'est pas", 'n’est pas'],
      ['"Hello" world: what?', '« Hello » world: what?'],
      ['{: target="_blank"}', '{: target=« _blank »}'],
    ]) {
      expect(text.includes(from), from).toBe(true);
      expect(nonProseRegions(text.replace(from, to)), from).not.toEqual(before);
    }
    // A fix in prose changes no region.
    expect(nonProseRegions(text.replace('texte ;', 'texte\u202f;'))).toEqual(before);
  });
});

describe.skipIf(linterApiMissing() !== undefined)('--fix touches prose only', () => {
  it('fixes the prose of a document full of traps and leaves every other region byte for byte', async () => {
    const { fix } = await import('@plume/linter');
    const text = readFileSync(fixture, 'utf8');
    const fixed = fix(text);
    expect(fixed).not.toBe(text);
    expect(fixed).toContain('L’équipe a écrit ce texte\u202f; elle l’a relu.');
    expect(fixed).toContain('«\u00a0nous verrons bien\u00a0»');
    expect(fixed).toContain('"Move fast and break things"');
    expect(fixed).toContain('réglé :)');
    expect(fixed).toContain('sans rire :-/');
    expect(fixed).toContain('Ce paragraphe est exclu : "rien" n\'y change !');
    expect(nonProseRegions(fixed)).toEqual(nonProseRegions(text));
    expect(count(fixed, '’')).toBeGreaterThanOrEqual(count(text, '’'));
  });

  // The whole corpus is `node fix-safety.mjs` (a minute on a busy machine); the test keeps to one
  // file in ten, spread over both sources, to stay fast.
  it.skipIf(corpusFiles().length === 0)(
    'over the corpus: no non-prose region changes, no ’ is lost',
    async () => {
      const { fix, rules } = await import('@plume/linter');
      // Only the fixable rules run: the others cannot change a byte, and the test stays fast.
      const config = {
        rules: Object.fromEntries(
          rules.filter((rule) => !rule.meta.fixable).map((rule) => [rule.meta.id, 'off']),
        ),
      };
      const sample = corpusFiles().filter((_file, index) => index % 10 === 0);
      const result = await fixSafety(sample, { fix: (text, options) => fix(text, { ...options, config }) });
      expect(result.changed).toBeGreaterThan(0);
      expect(result.examples).toEqual([]);
      expect(result.nonProseChanged).toBe(0);
      expect(result.apostrophesLost).toBe(0);
    },
  );
});
