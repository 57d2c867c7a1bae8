import { describe, expect, it } from 'vitest';
import { fix, lintText } from '../../src/api.js';

const article = (body: string, more = '') =>
  `---\ntitle: "Un titre"\ndescription: "Une description."\nlang: fr\n${more}---\n\n## Partie\n\n${body}\n`;
const only = (text: string, ruleId: string, source?: string) =>
  lintText(text, source === undefined ? {} : { source }).files[0]?.diagnostics.filter(
    (d) => d.ruleId === ruleId,
  ) ?? [];

describe('French rules through the linter', () => {
  it('fixes French typography idempotently and leaves nothing to report', () => {
    const text = article(
      'Il a dit : "c\'est fini" ! Pourquoi ? L’eau ; l\'air.\n\n```\na : b\n```\n\nVoir `x : y`.',
    );
    const once = fix(text);
    expect(once).not.toBe(text);
    expect(fix(once)).toBe(once);
    expect(only(once, 'french-typography')).toEqual([]);
    expect(once).toContain('```\na : b\n```');
    expect(once).toContain('`x : y`');
  });

  it('reports a changed quotation as an error, and as a warning when the source is in English', () => {
    const text = article('Le ministre a déclaré : « Nous ne céderons jamais sur ce point ».');
    const french = only(
      text,
      'faithful-quotes',
      'Le ministre a déclaré : « Nous ne reculerons jamais sur ce point ».',
    );
    expect(french.map((d) => d.severity)).toEqual(['error']);
    const english = only(
      text,
      'faithful-quotes',
      'The minister said on Tuesday that the government would never give up on this point, whatever the unions and ' +
        'the opposition parties might say during the long debate that is planned in Parliament next week.',
    );
    expect(english.map((d) => d.severity)).toEqual(['warning']);
  });

  it('runs the faithfulness rules only when there is a source', () => {
    const text = article('Le maire Grégory Doucet promet 2 000 logements : « des logements pour tous ».');
    expect(only(text, 'faithful-numbers')).toEqual([]);
    expect(only(text, 'faithful-names')).toEqual([]);
    expect(only(text, 'faithful-numbers', 'Le maire promet des logements.')).toHaveLength(1);
  });

  it('reports an invented name whole, even when its parts are also common words', () => {
    const source = 'Le président Vladimir Poutine a reçu Li Shangfu à Moscou.';
    const text = article('Le texte fut signé par Emmanuel Macron. Puis Vladimir Poutine a reçu Li Shangfu.');
    expect(only(text, 'faithful-names', source).map((d) => [d.message, d.column, d.endColumn])).toEqual([
      ['Expected the name « Emmanuel Macron » in the source (source), found it nowhere there.', 24, 39],
    ]);
  });

  it('accepts words of the source and of the config word list as correctly spelled', () => {
    const text = article('Le projet reçoit un financemant public.');
    expect(only(text, 'spelling')).toHaveLength(1);
    expect(only(text, 'spelling', 'Le financemant du projet.')).toEqual([]);
    const report = lintText(text, { config: { words: ['financemant'] } });
    expect(report.files[0]?.diagnostics.filter((d) => d.ruleId === 'spelling')).toEqual([]);
  });

  it('accepts English loanwords and the spellings of the 1990 reform, but not a slip of the keys', () => {
    const text = article(
      'Le composant runner gère le scope. Il faut connaitre la règle, qui génèrera un ré-utilisable et un constuire.',
    );
    expect(only(text, 'spelling').map((d) => d.message)).toEqual([expect.stringContaining('« constuire »')]);
  });

  it('scores English articles with retext-readability instead of the French formula', () => {
    const sentence =
      'The incomprehensibly convoluted institutional considerations regarding contemporary governmentality ' +
      'necessitate an epistemologically comprehensive reevaluation of methodological presuppositions.';
    const text = article(sentence).replace('lang: fr', 'lang: en');
    const found = only(text, 'readability');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.message).not.toContain('Kandel');
  });
});
